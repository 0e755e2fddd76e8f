// The shapes of the sign-in and account forms, shared by the forms (early feedback) and the actions (always).
// Messages are keys of the "forms" message namespace.
import { z } from "@/lib/zod";
import { passwordLength } from "./settings";
import { roles } from "./roles";

export const emailField = z
  .string("required")
  .trim()
  .toLowerCase()
  .min(1, { error: "required", abort: true })
  .max(254, "tooLong")
  .pipe(z.email("invalidEmail"));

export const nameField = z.string("required").trim().min(1, { error: "required", abort: true }).max(100, "tooLong");

export const newPasswordField = z
  .string("required")
  .min(1, { error: "required", abort: true })
  .min(passwordLength.min, "passwordTooShort")
  .max(passwordLength.max, "passwordTooLong");

const passwordField = z.string("required").min(1, { error: "required", abort: true }).max(passwordLength.max, "passwordTooLong");

function confirmed<T extends { password: string; confirmPassword: string }>(schema: z.ZodType<T>) {
  return schema.refine((value) => value.password === value.confirmPassword, {
    message: "passwordsDiffer",
    path: ["confirmPassword"],
  });
}

export const signInInput = z.object({ email: emailField, password: passwordField });

export const firstAdminInput = confirmed(
  z.object({ name: nameField, email: emailField, password: newPasswordField, confirmPassword: z.string("required") }),
);

export const changePasswordInput = z
  .object({
    currentPassword: passwordField,
    password: newPasswordField,
    confirmPassword: z.string("required"),
  })
  .refine((value) => value.password === value.confirmPassword, { message: "passwordsDiffer", path: ["confirmPassword"] });

export const roleField = z.enum(roles, "invalidRole");

export const createUserInput = confirmed(
  z.object({
    name: nameField,
    email: emailField,
    role: roleField,
    password: newPasswordField,
    confirmPassword: z.string("required"),
  }),
);

export const setUserRoleInput = z.object({
  userId: z.string("required").min(1, { error: "required", abort: true }).max(100, "tooLong"),
  role: roleField,
});
export const userIdInput = z.object({ userId: z.string("required").min(1, { error: "required", abort: true }).max(100, "tooLong") });
