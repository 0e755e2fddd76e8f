// Accounts made outside the browser (the first run, the CLI), on a migrated throw-away database. The sign-in limit
// has its own file (sign-in-throttle.test.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { createTestDatabase } from "@/tests/helpers/test-database";

const database = await createTestDatabase();
vi.mock("server-only", () => ({}));
vi.mock("@/lib/db", () => ({
  get db() {
    return database.prisma();
  },
}));

const { createFirstAdmin, createUser, EmailTakenError, UsersExistError } = await import("@/lib/users/create-user");

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
    await expect(
      createFirstAdmin(prisma, { name: "Eve", email: "eve@example.org", password: "correct horse battery" }),
    ).rejects.toBeInstanceOf(UsersExistError);
    expect(await prisma.user.count()).toBe(1);
  });

  it("an email address is used by one account only, and a refused account leaves nothing behind", async () => {
    const prisma = database.prisma();
    await createUser(prisma, { name: "Ana", email: "ana@example.org", role: "EDITOR", password: "long enough pass" });
    const before = await prisma.account.count();
    await expect(
      createUser(prisma, { name: "Ana 2", email: "ana@example.org", role: "VIEWER", password: "long enough pass" }),
    ).rejects.toBeInstanceOf(EmailTakenError);
    expect(await prisma.account.count()).toBe(before);
  });
});
