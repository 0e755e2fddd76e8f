"use client";
import { useTranslations } from "next-intl";
import { signIn } from "@/lib/auth/actions";
import { signInInput } from "@/lib/auth/schemas";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormFeedback } from "@/components/forms/use-form-feedback";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const form = useFormFeedback(signIn, signInInput, { email: t("email"), password: t("password") });
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4">
      <ErrorSummary items={form.summary} summaryRef={form.summaryRef} idPrefix="sign-in" />
      <input type="hidden" name="next" value={next} />
      <TextField
        idPrefix="sign-in"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        defaultValue={form.submittedValue("email")}
        errors={form.errorsOf("email")}
      />
      <TextField
        idPrefix="sign-in"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        errors={form.errorsOf("password")}
      />
      <SubmitButton pendingLabel={t("signingIn")}>{t("signIn")}</SubmitButton>
    </form>
  );
}
