"use client";
import { useTranslations } from "next-intl";
import { setUpFirstAdmin } from "@/lib/auth/actions";
import { firstAdminInput } from "@/lib/auth/schemas";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormFeedback } from "@/components/forms/use-form-feedback";

export function SetupForm() {
  const t = useTranslations("auth");
  const form = useFormFeedback(setUpFirstAdmin, firstAdminInput, {
    name: t("name"),
    email: t("email"),
    password: t("newPassword"),
    confirmPassword: t("confirmPassword"),
  });
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4">
      <ErrorSummary items={form.summary} summaryRef={form.summaryRef} idPrefix="setup" />
      <TextField
        idPrefix="setup"
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        defaultValue={form.submittedValue("name")}
        errors={form.errorsOf("name")}
      />
      <TextField
        idPrefix="setup"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        defaultValue={form.submittedValue("email")}
        errors={form.errorsOf("email")}
      />
      <NewPasswordFields idPrefix="setup" label={t("newPassword")} errorsOf={form.errorsOf} />
      <SubmitButton pendingLabel={t("creatingAdmin")}>{t("createAdmin")}</SubmitButton>
    </form>
  );
}
