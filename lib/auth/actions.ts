"use server";
// Signing in and out, changing one's own password, and the first-run admin account. Signing in and the first
// run are open to anyone by nature; each is narrowed by its own check (the throttle; "no account exists yet").
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { db } from "@/lib/db";
import { formFields, rawField, refused, type FormState } from "@/lib/forms/form-state";
import { createFirstAdmin, EmailTakenError, UsersExistError } from "@/lib/users/create-user";
import { getAuth } from "./auth";
import { clientAddress } from "./client-address";
import { returnPath } from "./paths";
import { changePasswordInput, firstAdminInput, signInInput } from "./schemas";
import { getCurrentUser } from "./session";
import { acceptSignInAttempt, releaseSignInAttempt, reserveSignInAttempt } from "./throttle";

const passwords = ["password", "confirmPassword", "currentPassword"];

async function startSession(email: string, password: string) {
  const requestHeaders = await headers();
  const auth = await getAuth(requestHeaders);
  await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders });
}

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInInput.safeParse(formFields(formData, ["email", "password"]));
  const next = returnPath(rawField(formData, "next"));
  if (!parsed.success) return refused(parsed.error, formData, { omit: passwords });
  const { email, password } = parsed.data;
  const address = clientAddress(await headers());
  const attempt = await reserveSignInAttempt(email, address);
  if ("throttled" in attempt) {
    const { scope, retryAfterMinutes } = attempt.throttled;
    return refused(null, formData, { omit: passwords, formError: { key: `throttled.${scope}`, values: { minutes: retryAfterMinutes } } });
  }
  try {
    await startSession(email, password);
  } catch (error) {
    // The reservation stays as the failure; so it does on an unexpected error, which must not be a free guess.
    if (!(error instanceof APIError)) throw error;
    return refused(null, formData, { omit: passwords, formError: { key: "wrongCredentials" } });
  }
  await acceptSignInAttempt(attempt.reservation);
  redirect(next);
}

export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  if (await getCurrentUser()) {
    const auth = await getAuth(requestHeaders);
    await auth.api.signOut({ headers: requestHeaders });
  }
  redirect("/");
}

export async function changePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=%2Faccount");
  const parsed = changePasswordInput.safeParse(formFields(formData, ["currentPassword", "password", "confirmPassword"]));
  if (!parsed.success) return refused(parsed.error, formData, { omit: passwords });
  const requestHeaders = await headers();
  const address = clientAddress(requestHeaders);
  const attempt = await reserveSignInAttempt(user.email, address);
  if ("throttled" in attempt) {
    const { scope, retryAfterMinutes } = attempt.throttled;
    return refused(null, formData, { omit: passwords, formError: { key: `throttled.${scope}`, values: { minutes: retryAfterMinutes } } });
  }
  const auth = await getAuth(requestHeaders);
  try {
    await auth.api.changePassword({
      body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.password, revokeOtherSessions: true },
      headers: requestHeaders,
    });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return refused(null, formData, { omit: passwords, fieldErrors: { currentPassword: ["wrongPassword"] } });
  }
  await releaseSignInAttempt(attempt.reservation);
  return { status: "success", message: "passwordChanged" };
}

export async function setUpFirstAdmin(_previous: FormState, formData: FormData): Promise<FormState> {
  // Refused outright once any account exists: from then on only admins make accounts.
  if ((await db.user.count()) > 0) return refused(null, formData, { omit: passwords, formError: { key: "setupDone" } });
  const parsed = firstAdminInput.safeParse(formFields(formData, ["name", "email", "password", "confirmPassword"]));
  if (!parsed.success) return refused(parsed.error, formData, { omit: passwords });
  try {
    await createFirstAdmin(db, parsed.data);
  } catch (error) {
    if (error instanceof UsersExistError) return refused(null, formData, { omit: passwords, formError: { key: "setupDone" } });
    if (error instanceof EmailTakenError) return refused(null, formData, { omit: passwords, fieldErrors: { email: ["emailTaken"] } });
    throw error;
  }
  await startSession(parsed.data.email, parsed.data.password);
  redirect("/");
}
