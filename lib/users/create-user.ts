// Makes an account that signs in with email and password: the user and its credential, in one transaction,
// with the password hashed by better-auth's own scheme (scrypt). Shared by the first-run page, the admin page
// and `npm run user:create`, so an account is the same whichever way it was made.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeTransaction } from "@/lib/db/write";
import type { Role } from "@/lib/generated/prisma/enums";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface NewUser {
  name: string;
  email: string;
  role: Role;
  password: string;
}

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`An account already uses ${email}`);
  }
}

export class UsersExistError extends Error {
  constructor() {
    super("An account already exists: the first-run setup is over");
  }
}

/** Inside a transaction: creates the user and its password credential; throws EmailTakenError on a clash. */
export async function insertUser(tx: Transaction, user: NewUser, passwordHash: string) {
  if (await tx.user.findUnique({ where: { email: user.email }, select: { id: true } })) throw new EmailTakenError(user.email);
  const id = randomUUID();
  const created = await tx.user.create({
    data: { id, name: user.name, email: user.email, role: user.role, emailVerified: true },
    select: { id: true, name: true, email: true, role: true },
  });
  await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash } });
  return created;
}

export async function createUser(prisma: PrismaClient, user: NewUser) {
  const passwordHash = await hashPassword(user.password);
  return writeTransaction(prisma, (tx) => insertUser(tx, user, passwordHash));
}

/**
 * The first account, made an admin, only while no account exists. The marker row's primary key makes a second,
 * simultaneous first run fail rather than create a second admin.
 */
export async function createFirstAdmin(prisma: PrismaClient, user: Omit<NewUser, "role">) {
  const passwordHash = await hashPassword(user.password);
  return writeTransaction(prisma, async (tx) => {
    if ((await tx.user.count()) > 0 || (await tx.appSetting.findUnique({ where: { key: "setup.firstAdmin" } }))) {
      throw new UsersExistError();
    }
    const created = await insertUser(tx, { ...user, role: "ADMIN" }, passwordHash);
    await tx.appSetting.create({ data: { key: "setup.firstAdmin", value: created.id } });
    return created;
  });
}
