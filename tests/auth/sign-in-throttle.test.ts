// The sign-in limit on a migrated throw-away database: an attempt is counted and reserved before its password is
// checked, in one step, so concurrent attempts (in one process or in several sharing the database) cannot all pass.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const database = await createTestDatabase();
vi.mock("server-only", () => ({}));
vi.mock("@/lib/db", () => ({
  get db() {
    return database.prisma();
  },
}));

const throttle = await import("@/lib/auth/throttle");
const { maxFailuresPerAccount, maxFailuresPerAddress, reserveSignInAttempt } = throttle;

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
});
afterAll(() => database.remove());

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);
const admitted = (attempts: Awaited<ReturnType<typeof reserveSignInAttempt>>[]) =>
  attempts.filter((attempt) => "reservation" in attempt).length;

async function reserveOrThrow(email: string, address: string, now?: Date) {
  const attempt = await reserveSignInAttempt(email, address, now);
  if (!("reservation" in attempt)) throw new Error(`${email} from ${address} was throttled: ${JSON.stringify(attempt)}`);
  return attempt.reservation;
}

describe("the sign-in limit", () => {
  it("stops an account after 5 attempts in 15 minutes, whatever address they come from", async () => {
    for (let attempt = 0; attempt < maxFailuresPerAccount - 1; attempt++) await reserveOrThrow("bob@example.org", `10.0.0.${attempt}`);
    await reserveOrThrow("BOB@example.org ", "10.0.0.99");
    expect(await reserveSignInAttempt("bob@example.org", "10.9.9.9")).toEqual({ throttled: { scope: "account", retryAfterMinutes: 15 } });
  });

  it("refuses the sixth attempt before any password is checked, the right one too, until the window has passed", async () => {
    const start = new Date();
    for (let attempt = 0; attempt < maxFailuresPerAccount; attempt++) await reserveOrThrow("erin@example.org", `10.1.0.${attempt}`, start);
    expect(await reserveSignInAttempt("erin@example.org", "10.1.0.50", minutesFromNow(10))).toEqual({
      throttled: { scope: "account", retryAfterMinutes: 5 },
    });
    await reserveOrThrow("erin@example.org", "10.1.0.50", new Date(start.getTime() + 15 * 60_000 + 1000));
  });

  it("stops an address after 20 attempts, across accounts", async () => {
    for (let attempt = 0; attempt < maxFailuresPerAddress; attempt++) await reserveOrThrow(`user${attempt}@example.org`, "192.0.2.7");
    expect(await reserveSignInAttempt("someone.new@example.org", "192.0.2.7")).toEqual({
      throttled: { scope: "address", retryAfterMinutes: 15 },
    });
    await reserveOrThrow("someone.new@example.org", "192.0.2.8");
  });

  it("a successful sign-in forgives the account's failures and releases its own reservation on the address", async () => {
    for (let attempt = 0; attempt < maxFailuresPerAccount - 1; attempt++) await reserveOrThrow("carol@example.org", "198.51.100.1");
    for (let attempt = 0; attempt < maxFailuresPerAddress - 1; attempt++)
      await reserveOrThrow(`guess${attempt}@example.org`, "198.51.100.9");
    await throttle.acceptSignInAttempt(await reserveOrThrow("carol@example.org", "198.51.100.9"));
    // The address keeps its 19 failures but not the successful attempt, so one more attempt fits.
    await reserveOrThrow("dan@example.org", "198.51.100.9");
    expect(await reserveSignInAttempt("dan@example.org", "198.51.100.9")).toMatchObject({ throttled: { scope: "address" } });
    for (let attempt = 0; attempt < maxFailuresPerAccount; attempt++)
      await reserveOrThrow("carol@example.org", `198.51.100.${20 + attempt}`);
  });

  it("a released attempt (a right password on the password form) takes back only its own rows", async () => {
    for (let attempt = 0; attempt < maxFailuresPerAccount - 1; attempt++) await reserveOrThrow("frank@example.org", "203.0.113.1");
    await throttle.releaseSignInAttempt(await reserveOrThrow("frank@example.org", "203.0.113.2"));
    await reserveOrThrow("frank@example.org", "203.0.113.3");
    expect(await reserveSignInAttempt("frank@example.org", "203.0.113.4")).toMatchObject({ throttled: { scope: "account" } });
  });

  it("writes its dates as Prisma does, so that Prisma reads and compares them the same", async () => {
    const prisma = database.prisma();
    const now = new Date("2026-03-04T05:06:07.089Z");
    await reserveOrThrow("format@example.org", "192.0.2.99", now);
    await prisma.signInFailure.create({ data: { key: "written by Prisma", createdAt: now } });
    // As stored: SQLite keeps Prisma's dates as text, PostgreSQL as timestamp(3), read back here as text.
    const stored = await database.query<{ key: string; createdAt: string }>(
      `SELECT "key", CAST("createdAt" AS TEXT) AS "createdAt" FROM "SignInFailure" WHERE "key" IN (?, ?, ?)`,
      ["account:format@example.org", "address:192.0.2.99", "written by Prisma"],
    );
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((row) => row.createdAt))).toEqual(
      new Set([database.engine === "sqlite" ? "2026-03-04T05:06:07.089+00:00" : "2026-03-04 05:06:07.089"]),
    );
    expect(await prisma.signInFailure.count({ where: { createdAt: now } })).toBe(3);
  });

  it("drops attempts older than the window as it goes", async () => {
    const prisma = database.prisma();
    await reserveOrThrow("old@example.org", "192.0.2.200", minutesFromNow(-16));
    expect(await prisma.signInFailure.count({ where: { key: { endsWith: "old@example.org" } } })).toBe(1);
    await reserveOrThrow("new@example.org", "192.0.2.201");
    expect(await prisma.signInFailure.count({ where: { createdAt: { lte: minutesFromNow(-15) } } })).toBe(0);
  });
});

describe("the sign-in limit under concurrent attempts", () => {
  it("of 30 concurrent attempts on one account, 5 are admitted and 25 refused as throttled", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) => reserveSignInAttempt("dave@example.org", `10.2.0.${attempt}`)),
    );
    expect(admitted(attempts)).toBe(maxFailuresPerAccount);
    for (const attempt of attempts) if (!("reservation" in attempt)) expect(attempt.throttled.scope).toBe("account");
    expect(await database.prisma().signInFailure.count({ where: { key: "account:dave@example.org" } })).toBe(maxFailuresPerAccount);
  });

  it("of 30 concurrent attempts from one address on different accounts, 20 are admitted", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) => reserveSignInAttempt(`spray${attempt}@example.org`, "192.0.2.50")),
    );
    expect(admitted(attempts)).toBe(maxFailuresPerAddress);
  });

  /** 3 processes × 10 attempts at once on one account: exactly the limit is admitted, the rest throttled. */
  async function burstOnOneAccount(target: TestDatabase, email: string) {
    const results = await burstFromProcesses(target.url, email, 3, 10);
    expect(results.reduce((sum, result) => sum + result.admitted, 0)).toBe(maxFailuresPerAccount);
    expect(results.reduce((sum, result) => sum + result.throttled, 0)).toBe(30 - maxFailuresPerAccount);
    const [stored] = await target.query<{ count: number }>(`SELECT COUNT(*) AS "count" FROM "SignInFailure" WHERE "key" = ?`, [
      `account:${email}`,
    ]);
    expect(stored).toEqual({ count: maxFailuresPerAccount });
  }

  it.skipIf(database.engine !== "sqlite").each(["delete", "wal"])(
    "of 30 attempts on one account from 3 processes sharing the database (%s journal), 5 are admitted",
    async (journalMode) => {
      const copy = await database.copy();
      await copy.query(`PRAGMA journal_mode = ${journalMode}`);
      await copy.disconnect();
      await burstOnOneAccount(copy, "grace@example.org");
    },
  );

  it.skipIf(database.engine !== "postgresql")(
    "of 30 attempts on one account from 3 processes on one PostgreSQL database, 5 are admitted",
    async () => {
      await burstOnOneAccount(database, "heidi@example.org");
    },
  );
});

/** Starts the processes, waits until each has its database open, then lets them all fire at once. */
async function burstFromProcesses(url: string, email: string, processes: number, attemptsEach: number) {
  const script = path.resolve("tests/helpers/sign-in-attempts-process.ts");
  const children = Array.from({ length: processes }, (_, label) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", script, email, String(attemptsEach), String(label)],
      {
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["pipe", "pipe", "inherit"],
      },
    );
    return { child, exited: once(child, "exit"), lines: createInterface({ input: child.stdout })[Symbol.asyncIterator]() };
  });
  const nextLine = async (lines: AsyncIterator<string>) => (await lines.next()).value as string | undefined;
  expect(await Promise.all(children.map(({ lines }) => nextLine(lines)))).toEqual(children.map(() => "ready"));
  for (const { child } of children) child.stdin.end("go\n");
  const results = await Promise.all(
    children.map(async ({ lines }) => JSON.parse((await nextLine(lines)) ?? "null") as { admitted: number; throttled: number }),
  );
  for (const { exited } of children) expect((await exited)[0]).toBe(0);
  return results;
}
