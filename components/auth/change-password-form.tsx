"use client";
import { useTranslations } from "next-intl";
import { changePassword } from "@/lib/auth/actions";
import { changePasswordInput } from "@/lib/auth/schemas";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormStatusMessage } from "@/components/forms/form-status-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormFeedback } from "@/components/forms/use-form-feedback";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("auth");
  const form = useFormFeedback(changePassword, changePasswordInput, {
    currentPassword: t("currentPassword"),
    password: t("newPassword"),
    confirmPassword: t("confirmPassword"),
  });
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4">
      <ErrorSummary items={form.summary} summaryRef={form.summaryRef} idPrefix="password" />
      <FormStatusMessage state={form.state} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        idPrefix="password"
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        errors={form.errorsOf("currentPassword")}
      />
      <NewPasswordFields idPrefix="password" label={t("newPassword")} errorsOf={form.errorsOf} />
      <SubmitButton pendingLabel={t("saving")}>{t("changePassword")}</SubmitButton>
    </form>
  );
}
