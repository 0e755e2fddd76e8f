// The database keeps a hash of each session token, and the cookie the raw token: signing in, finding the session,
// refreshing it, signing out and changing one's password all go through better-auth, on a migrated throw-away
// database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { makeSignature } from "better-auth/crypto";
import { createTestDatabase } from "@/tests/helpers/test-database";

const database = await createTestDatabase();
vi.mock("server-only", () => ({}));
vi.mock("@/lib/db", () => ({
  get db() {
    return database.prisma();
  },
}));

const { getAuth } = await import("@/lib/auth/auth");
const { getAuthSecret } = await import("@/lib/auth/secret");
const { hashSessionToken, withHashedSessionTokens } = await import("@/lib/auth/hashed-session-tokens");
const { createUser } = await import("@/lib/users/create-user");

const password = "correct horse battery";
const cookieName = "accords.session_token";
const day = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
});
afterAll(() => database.remove());

async function newUser(email: string) {
  return createUser(database.prisma(), { name: email, email, role: "VIEWER", password });
}

/** The Cookie header of a session token, signed with the app's secret as better-auth signs its cookie. */
async function sessionCookie(token: string): Promise<Headers> {
  const signature = await makeSignature(token, await getAuthSecret());
  return new Headers({ cookie: `${cookieName}=${encodeURIComponent(`${token}.${signature}`)}` });
}

/** The session cookie set by an answer, as a browser would send it back, and the raw token in it. */
function sessionCookieSetBy(headers: Headers) {
  const [pair = ""] =
    headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith(`${cookieName}=`))
      ?.split(";") ?? [];
  const [token = ""] = decodeURIComponent(pair.slice(cookieName.length + 1)).split(".");
  return { token, cookie: new Headers({ cookie: pair }) };
}

async function signIn(email: string) {
  const requestHeaders = new Headers();
  const auth = await getAuth(requestHeaders);
  const { headers, response } = await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders, returnHeaders: true });
  const { token, cookie } = sessionCookieSetBy(headers);
  expect(token).toBe(response.token);
  return { auth, token, cookie };
}

function sessionsOf(userId: string) {
  return database.prisma().session.findMany({ where: { userId } });
}

function sessionOf(userId: string) {
  return database.prisma().session.findFirstOrThrow({ where: { userId } });
}

describe("session tokens in the database", () => {
  it("are stored as the SHA-256 hash of the token the cookie carries", async () => {
    const user = await newUser("hash@example.org");
    const { token } = await signIn(user.email);
    const session = await sessionOf(user.id);
    expect(session.token).not.toBe(token);
    expect(session.token).toBe(hashSessionToken(token));
    expect(await database.prisma().session.count({ where: { token } })).toBe(0);
  });

  it("the cookie's token finds the session; the stored hash, even in a cookie signed with the app's secret, does not", async () => {
    const user = await newUser("lookup@example.org");
    const { auth, token, cookie } = await signIn(user.email);
    expect((await auth.api.getSession({ headers: cookie }))?.user.email).toBe(user.email);
    // The same signing, applied to the raw token, is what the app itself sends: it authenticates.
    expect((await auth.api.getSession({ headers: await sessionCookie(token) }))?.user.email).toBe(user.email);
    const stored = await sessionOf(user.id);
    expect(await auth.api.getSession({ headers: await sessionCookie(stored.token) })).toBeNull();
  });

  it("signing out deletes the session", async () => {
    const user = await newUser("sign-out@example.org");
    const { auth, cookie } = await signIn(user.email);
    await auth.api.signOut({ headers: cookie });
    expect(await sessionsOf(user.id)).toEqual([]);
    expect(await auth.api.getSession({ headers: cookie })).toBeNull();
  });

  it("a session older than a day is extended, keeps its hashed token, and its cookie keeps the raw token", async () => {
    const user = await newUser("refresh@example.org");
    const { auth, token, cookie } = await signIn(user.email);
    const before = await sessionOf(user.id);
    await database.prisma().session.update({ where: { id: before.id }, data: { expiresAt: new Date(Date.now() + 5 * day) } });
    const { headers, response } = await auth.api.getSession({ headers: cookie, returnHeaders: true });
    expect(response?.user.email).toBe(user.email);
    expect(sessionCookieSetBy(headers).token).toBe(token);
    const after = await sessionOf(user.id);
    expect(after.token).toBe(hashSessionToken(token));
    expect(after.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.9 * day);
  });

  it("a password change that revokes other sessions ends them all and starts one new hashed session", async () => {
    const user = await newUser("change@example.org");
    const first = await signIn(user.email);
    const second = await signIn(user.email);
    const { headers, response } = await first.auth.api.changePassword({
      body: { currentPassword: password, newPassword: "another horse battery", revokeOtherSessions: true },
      headers: first.cookie,
      returnHeaders: true,
    });
    const { token, cookie } = sessionCookieSetBy(headers);
    expect(token).toBe(response.token);
    expect((await sessionsOf(user.id)).map((session) => session.token)).toEqual([hashSessionToken(token)]);
    expect(await first.auth.api.getSession({ headers: first.cookie })).toBeNull();
    expect(await first.auth.api.getSession({ headers: second.cookie })).toBeNull();
    expect((await first.auth.api.getSession({ headers: cookie }))?.user.email).toBe(user.email);
  });

  it("a session deleted by user, as the admin's password reset does, no longer authenticates", async () => {
    const user = await newUser("reset@example.org");
    const { auth, cookie } = await signIn(user.email);
    await database.prisma().session.deleteMany({ where: { userId: user.id } });
    expect(await auth.api.getSession({ headers: cookie })).toBeNull();
  });
});

describe("the hashing adapter", () => {
  const adapter = (transaction = false) =>
    withHashedSessionTokens(prismaAdapter(database.prisma(), { provider: database.engine, transaction }))({});

  // Without real transactions the adapter hands itself to the callback; with them, a new adapter on the transaction.
  it.each([false, true])(
    "finds several sessions by their tokens and gives each back with its raw token, in a transaction (real: %s)",
    async (real) => {
      const user = await newUser(`many-${real}@example.org`);
      const tokens = [(await signIn(user.email)).token, (await signIn(user.email)).token];
      const sessions = adapter(real);
      const found = await sessions.transaction((trx) =>
        trx.findMany<{ token: string }>({ model: "session", where: [{ field: "token", operator: "in", value: tokens }] }),
      );
      expect(found.map((session) => session.token).sort()).toEqual([...tokens].sort());
    },
  );

  it("gives back the stored hash of a session read without its token", async () => {
    const user = await newUser("listed@example.org");
    const { token } = await signIn(user.email);
    const listed = await adapter().findMany<{ token: string }>({ model: "session", where: [{ field: "userId", value: user.id }] });
    expect(listed.map((session) => session.token)).toEqual([hashSessionToken(token)]);
  });

  it("refuses to match tokens by pattern, which a hash cannot answer", async () => {
    await expect(
      adapter().findMany({ model: "session", where: [{ field: "token", operator: "starts_with", value: "a" }] }),
    ).rejects.toThrow(/stored hashed/);
  });
});
