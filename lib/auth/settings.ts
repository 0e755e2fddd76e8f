// Settings of access, read from the environment once per process.

/** Reading is open to anyone unless ACCORDS_PUBLIC_READ is "false" (or "0", "no", "off"). */
export function publicRead(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.ACCORDS_PUBLIC_READ?.trim().toLowerCase();
  return !value || !["false", "0", "no", "off"].includes(value);
}

/** The session cookie's name, as better-auth writes it over HTTP and over HTTPS. */
export const sessionCookiePrefix = "accords";
export const sessionCookieNames = [`${sessionCookiePrefix}.session_token`, `__Secure-${sessionCookiePrefix}.session_token`];

// Password rules, shared by every form that sets one and by better-auth itself.
export const passwordLength = { min: 10, max: 128 } as const;
