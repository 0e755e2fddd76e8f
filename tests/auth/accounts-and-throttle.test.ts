// Accounts made outside the browser (the first run, the CLI) and the sign-in limit, on a migrated throw-away database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { createTestDatabase } from "@/tests/helpers/test-database";

const database = createTestDatabase();
vi.mock("server-only", () => ({}));
vi.mock("@/lib/db", () => ({ get db() { return database.prisma(); } }));

const { createFirstAdmin, createUser, EmailTakenError, UsersExistError } = await import("@/lib/users/create-user");
const throttle = await import("@/lib/auth/throttle");

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
});
afterAll(() => database.remove());

describe("accounts", () => {
  it("the first run makes one admin, with a scrypt hash of the password; a second first run is refused", async () => {
    const prisma = database.prisma();
    const admin = await createFirstAdmin(prisma, { name: "Ada", email: "ada@example.org", password: "correct horse battery" });
    expect(admin.role).toBe("ADMIN");
    const credential = await prisma.account.findFirstOrThrow({ where: { userId: admin.id, providerId: "credential" } });
    expect(credential.password).not.toContain("correct horse battery");
    expect(await verifyPassword({ hash: credential.password!, password: "correct horse battery" })).toBe(true);
    await expect(createFirstAdmin(prisma, { name: "Eve", email: "eve@example.org", password: "correct horse battery" })).rejects.toBeInstanceOf(UsersExistError);
    expect(await prisma.user.count()).toBe(1);
  });

  it("an email address is used by one account only, and a refused account leaves nothing behind", async () => {
    const prisma = database.prisma();
    await createUser(prisma, { name: "Ana", email: "ana@example.org", role: "EDITOR", password: "long enough pass" });
    const before = await prisma.account.count();
    await expect(createUser(prisma, { name: "Ana 2", email: "ana@example.org", role: "VIEWER", password: "long enough pass" })).rejects.toBeInstanceOf(EmailTakenError);
    expect(await prisma.account.count()).toBe(before);
  });
});

describe("the sign-in limit", () => {
  it("stops an account after 5 failures in 15 minutes, whatever address they come from", async () => {
    for (let failure = 0; failure < throttle.maxFailuresPerAccount - 1; failure++) await throttle.recordSignInFailure("bob@example.org", `10.0.0.${failure}`);
    expect(await throttle.signInThrottled("bob@example.org", "10.9.9.9")).toBeNull();
    await throttle.recordSignInFailure("BOB@example.org", "10.0.0.99");
    expect(await throttle.signInThrottled("bob@example.org", "10.9.9.9")).toEqual({ scope: "account", retryAfterMinutes: 15 });
    // Once the oldest failure is 15 minutes old, the account may try again.
    expect(await throttle.signInThrottled("bob@example.org", "10.9.9.9", new Date(Date.now() + 15 * 60_000 + 1000))).toBeNull();
  });

  it("stops an address after 20 failures, across accounts", async () => {
    for (let failure = 0; failure < throttle.maxFailuresPerAddress; failure++) await throttle.recordSignInFailure(`user${failure}@example.org`, "192.0.2.7");
    expect(await throttle.signInThrottled("someone.new@example.org", "192.0.2.7")).toEqual({ scope: "address", retryAfterMinutes: 15 });
    expect(await throttle.signInThrottled("someone.new@example.org", "192.0.2.8")).toBeNull();
  });

  it("forgives an account's failures once it signs in", async () => {
    for (let failure = 0; failure < throttle.maxFailuresPerAccount; failure++) await throttle.recordSignInFailure("carol@example.org", "198.51.100.1");
    await throttle.clearAccountFailures("carol@example.org");
    expect(await throttle.signInThrottled("carol@example.org", "198.51.100.2")).toBeNull();
  });
});
