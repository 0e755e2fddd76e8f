// better-auth does the password hashing (scrypt), the sessions and the session cookie. It is only ever called
// from the server (lib/auth/actions.ts and lib/auth/session.ts): its HTTP routes are not mounted, so the
// server actions, each checking the caller first, are the only way in.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/db/url";
import { requestIsHttps } from "@/lib/security/headers";
import { withHashedSessionTokens } from "./hashed-session-tokens";
import { getAuthSecret } from "./secret";
import { passwordLength, sessionCookiePrefix } from "./settings";

const sessionDays = 7;

async function createAuth(secure: boolean) {
  return betterAuth({
    appName: "Accords",
    secret: await getAuthSecret(),
    baseURL: process.env.ACCORDS_URL || undefined,
    // The database keeps a hash of each session token, never the token itself (see hashed-session-tokens.ts).
    database: withHashedSessionTokens(prismaAdapter(db, { provider: databaseProvider() })),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by the first-run page, by admins and by `npm run user:create`, never by sign-up.
      disableSignUp: true,
      minPasswordLength: passwordLength.min,
      maxPasswordLength: passwordLength.max,
    },
    user: { additionalFields: { role: { type: "string", input: false, required: false } } },
    session: { expiresIn: 60 * 60 * 24 * sessionDays, updateAge: 60 * 60 * 24 },
    // Sign-in attempts are limited by lib/auth/throttle.ts, per account and per address, in the database.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: { cookiePrefix: sessionCookiePrefix, useSecureCookies: secure },
    plugins: [nextCookies()],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

// One instance for plain HTTP and one for HTTPS: over HTTPS the cookie is Secure (and named __Secure-…).
const instances = new Map<boolean, Promise<Auth>>();

/** The instance for this request: over HTTPS the session cookie is Secure. */
export function getAuth(headers: Headers): Promise<Auth> {
  const secure = requestIsHttps(null, headers);
  let instance = instances.get(secure);
  if (!instance) {
    instance = createAuth(secure);
    instance.catch(() => instances.delete(secure));
    instances.set(secure, instance);
  }
  return instance;
}
