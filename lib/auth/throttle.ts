// Slows down password guessing: after too many failed sign-ins for one account, or from one address, within a
// window, further attempts are refused until the oldest failure leaves the window. Failures are rows in the
// database, so every app server sharing it counts together.
import "server-only";
import { db } from "@/lib/db";

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

async function check(key: string, limit: number, now: Date): Promise<number | null> {
  const since = new Date(now.getTime() - windowMs);
  const failures = await db.signInFailure.findMany({
    where: { key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  if (failures.length < limit) return null;
  // Free again once the oldest of the last `limit` failures is older than the window.
  const freeAt = failures[failures.length - 1]!.createdAt.getTime() + windowMs;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
}

/** Whether a sign-in for this account from this address must wait, and for how long. */
export async function signInThrottled(email: string, address: string, now = new Date()): Promise<Throttled | null> {
  const account = await check(accountKey(email), maxFailuresPerAccount, now);
  if (account !== null) return { scope: "account", retryAfterMinutes: account };
  const byAddress = await check(addressKey(address), maxFailuresPerAddress, now);
  if (byAddress !== null) return { scope: "address", retryAfterMinutes: byAddress };
  return null;
}

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  const since = new Date(Date.now() - windowMs);
  await db.$transaction([
    db.signInFailure.createMany({ data: [{ key: accountKey(email) }, { key: addressKey(address) }] }),
    // Old failures no longer count: drop them as we go, so the table stays small.
    db.signInFailure.deleteMany({ where: { createdAt: { lte: since } } }),
  ]);
}

/** A successful sign-in forgives the account's earlier failures (not the address's). */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key: accountKey(email) } });
}
