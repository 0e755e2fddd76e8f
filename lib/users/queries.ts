// Reads about accounts: whether any exists (for the first-run invitation) and the list the admin page shows.
import "server-only";
import { db } from "@/lib/db";

// Once an account exists it stays so (the last admin cannot be removed), so a true answer is kept.
let someUserExists = false;

export async function hasAnyUser(): Promise<boolean> {
  if (!someUserExists) someUserExists = (await db.user.count()) > 0;
  return someUserExists;
}

export async function getUsers() {
  const users = await db.user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true, createdAt: true, _count: { select: { sessions: true } } },
  });
  return users.map(({ _count, ...user }) => ({ ...user, sessionCount: _count.sessions }));
}
