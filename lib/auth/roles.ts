// The three roles, in order of what they may do: each role may also do everything the roles before it may.
import { Role } from "@/lib/generated/prisma/enums";

export { Role };
export const roles = [Role.VIEWER, Role.EDITOR, Role.ADMIN] as const;

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/** Whether a user (or nobody) holds at least the given role. */
export function hasRole(user: { role: Role } | null | undefined, needed: Role): boolean {
  return !!user && roles.indexOf(user.role) >= roles.indexOf(needed);
}
