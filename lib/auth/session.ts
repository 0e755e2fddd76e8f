// Who is calling, and the checks every page, route handler and server action makes before anything else.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getAuth } from "./auth";
import { hasRole, isRole, Role, type SignedInUser } from "./roles";
import { publicRead } from "./settings";
import { signInHref } from "./paths";

/** The signed-in user of this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<SignedInUser | null> => {
  // The cookies as they stand now: after a server action replaced the session (a password change), the page
  // rendered in the same response must see the new one, not the Cookie header the request came with.
  const requestHeaders = new Headers(await headers());
  requestHeaders.set("cookie", (await cookies()).toString());
  const auth = await getAuth(requestHeaders);
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role } = session.user as typeof session.user & { role?: unknown };
  return { id, name, email, role: isRole(role) ? role : Role.VIEWER };
});

/** The page being served, as the proxy recorded it, so that sign-in can bring the reader back. */
async function currentPath(): Promise<string> {
  const requestHeaders = await headers();
  const recorded = requestHeaders.get("x-accords-path");
  if (recorded) return recorded;
  const referer = requestHeaders.get("referer");
  try {
    if (referer) {
      const url = new URL(referer);
      return url.pathname + url.search;
    }
  } catch {}
  return "/";
}

/**
 * For pages: lets the request through when reading is public or the caller is signed in (any role);
 * otherwise sends them to sign in and back.
 */
export async function requireReader(): Promise<SignedInUser | null> {
  const user = await getCurrentUser();
  if (user || publicRead()) return user;
  redirect(signInHref(await currentPath()));
}

/** For route handlers: null when the request may read, else the answer to send (401). */
export async function readerRefusal(): Promise<Response | null> {
  if (publicRead() || (await getCurrentUser())) return null;
  return Response.json({ error: "Sign in to read this.", code: "unauthenticated" }, { status: 401 });
}

/**
 * For pages and server actions that change or manage data: the signed-in user holding at least `role`.
 * Nobody signed in: off to sign in (and back). Signed in without the role: 403.
 */
export async function requireRole(role: Role): Promise<SignedInUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(await currentPath()));
  if (!hasRole(user, role)) forbidden();
  return user;
}
