// Slows down password guessing: at most 5 attempts per account and 20 per address in a window, and the rest are
// refused until the oldest leaves the window. Each attempt is counted and reserved before its password is
// checked, in one atomic step in the database: checking first and recording the failure after the password
// check let 60 concurrent guesses all through. A wrong password leaves the reservation as the failure; a right
// one takes it back. Rows in the database, so every app server sharing it counts together.
import "server-only";
import { db } from "@/lib/db";
import { insertAttemptUnderLimits } from "@/lib/db/sql/sign-in-attempts";

export const throttleWindowMinutes = 15;
export const maxFailuresPerAccount = 5;
export const maxFailuresPerAddress = 20;

const windowMs = throttleWindowMinutes * 60_000;
const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

export interface Throttled {
  scope: "account" | "address";
  retryAfterMinutes: number;
}

/** An attempt counted before its password is checked: one row for the account, one for the address. */
export interface SignInReservation {
  accountKey: string;
  accountAttemptId: number;
  addressAttemptId: number;
}

export type SignInAttempt = { reservation: SignInReservation } | { throttled: Throttled };

async function minutesUntilFree(key: string, limit: number, now: Date): Promise<number | null> {
  const since = new Date(now.getTime() - windowMs);
  const attempts = await db.signInFailure.findMany({
    where: { key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  if (attempts.length < limit) return null;
  // Free again once the oldest of the last `limit` attempts is older than the window.
  const freeAt = attempts[attempts.length - 1]!.createdAt.getTime() + windowMs;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
}

async function throttledScope(keys: { account: string; address: string }, now: Date): Promise<Throttled> {
  const accountMinutes = await minutesUntilFree(keys.account, maxFailuresPerAccount, now);
  if (accountMinutes !== null) return { scope: "account", retryAfterMinutes: accountMinutes };
  const addressMinutes = await minutesUntilFree(keys.address, maxFailuresPerAddress, now);
  if (addressMinutes !== null) return { scope: "address", retryAfterMinutes: addressMinutes };
  // A success forgave the account between the refusal and this read: the refusal stands, and a retry will pass.
  return { scope: "account", retryAfterMinutes: 1 };
}

/** Counts this attempt against both limits and, under both, reserves it; call before checking the password. */
export async function reserveSignInAttempt(email: string, address: string, now = new Date()): Promise<SignInAttempt> {
  const keys = { account: accountKey(email), address: addressKey(address) };
  const since = new Date(now.getTime() - windowMs);
  const rows = await insertAttemptUnderLimits(db, {
    accountKey: keys.account,
    addressKey: keys.address,
    accountLimit: maxFailuresPerAccount,
    addressLimit: maxFailuresPerAddress,
    since,
    now,
  });
  const accountRow = rows.find((row) => row.key === keys.account);
  const addressRow = rows.find((row) => row.key === keys.address);
  if (!accountRow || !addressRow) return { throttled: await throttledScope(keys, now) };
  // Old attempts no longer count: drop them as we go, so the table stays small.
  await db.signInFailure.deleteMany({ where: { createdAt: { lte: since } } });
  return { reservation: { accountKey: keys.account, accountAttemptId: accountRow.id, addressAttemptId: addressRow.id } };
}

/** A successful sign-in forgives the account's earlier failures (not the address's) and was not one itself. */
export async function acceptSignInAttempt(reservation: SignInReservation): Promise<void> {
  await db.signInFailure.deleteMany({ where: { OR: [{ key: reservation.accountKey }, { id: reservation.addressAttemptId }] } });
}

/** A right password that forgives nothing (the password form): only this attempt is taken back. */
export async function releaseSignInAttempt(reservation: SignInReservation): Promise<void> {
  await db.signInFailure.deleteMany({ where: { id: { in: [reservation.accountAttemptId, reservation.addressAttemptId] } } });
}
