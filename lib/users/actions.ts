"use server";
// Managing accounts: admins only. Each action checks the caller before reading its input.
import { revalidatePath } from "next/cache";
import { hashPassword } from "better-auth/crypto";
import { requireRole } from "@/lib/auth/session";
import { Role } from "@/lib/auth/roles";
import { createUserInput, newPasswordField, setUserRoleInput, userIdInput } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db/write";
import { formFields, refused, type FormState } from "@/lib/forms/form-state";
import { EmailTakenError, insertUser } from "./create-user";

const passwords = ["password", "confirmPassword"];

export async function createUserAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireRole(Role.ADMIN);
  const parsed = createUserInput.safeParse(formFields(formData, ["name", "email", "role", "password", "confirmPassword"]));
  if (!parsed.success) return refused(parsed.error, formData, { omit: passwords });
  const { confirmPassword: _, ...user } = parsed.data;
  const passwordHash = await hashPassword(user.password);
  try {
    await writeTransaction(db, (tx) => insertUser(tx, user, passwordHash));
  } catch (error) {
    if (error instanceof EmailTakenError) return refused(null, formData, { omit: passwords, fieldErrors: { email: ["emailTaken"] } });
    throw error;
  }
  revalidatePath("/admin/users");
  return { status: "success", message: "userCreated" };
}

class LastAdminError extends Error {}

export async function setUserRole(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireRole(Role.ADMIN);
  const parsed = setUserRoleInput.safeParse(formFields(formData, ["userId", "role"]));
  if (!parsed.success) return refused(parsed.error, formData);
  const { userId, role } = parsed.data;
  try {
    const changed = await writeTransaction(db, async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
      if (!user) return false;
      // There is always someone left who can manage accounts.
      if (user.role === Role.ADMIN && role !== Role.ADMIN && (await tx.user.count({ where: { role: Role.ADMIN } })) <= 1) {
        throw new LastAdminError();
      }
      await tx.user.update({ where: { id: userId }, data: { role } });
      return true;
    });
    if (!changed) return refused(null, formData, { formError: { key: "userGone" } });
  } catch (error) {
    if (error instanceof LastAdminError) return refused(null, formData, { formError: { key: "lastAdmin" } });
    throw error;
  }
  revalidatePath("/admin/users");
  return { status: "success", message: "roleChanged" };
}

const resetPasswordInput = userIdInput.extend({ password: newPasswordField });

/** Sets a new password for someone who lost theirs, and signs them out everywhere. */
export async function resetUserPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireRole(Role.ADMIN);
  const parsed = resetPasswordInput.safeParse(formFields(formData, ["userId", "password"]));
  if (!parsed.success) return refused(parsed.error, formData, { omit: passwords });
  const passwordHash = await hashPassword(parsed.data.password);
  const updated = await writeTransaction(db, async (tx) => {
    const account = await tx.account.findFirst({
      where: { userId: parsed.data.userId, providerId: "credential" },
      select: { id: true },
    });
    if (!account) return false;
    await tx.account.update({ where: { id: account.id }, data: { password: passwordHash } });
    await tx.session.deleteMany({ where: { userId: parsed.data.userId } });
    return true;
  });
  if (!updated) return refused(null, formData, { omit: passwords, formError: { key: "userGone" } });
  revalidatePath("/admin/users");
  return { status: "success", message: "passwordReset" };
}
