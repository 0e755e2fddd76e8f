"use client";
import { useTranslations } from "next-intl";
import { passwordLength } from "@/lib/auth/settings";
import { resetUserPassword } from "@/lib/users/actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormFeedback } from "@/components/forms/use-form-feedback";

export function ResetPasswordForm({ userId, userName }: { userId: string; userName: string }) {
  const t = useTranslations("users");
  const auth = useTranslations("auth");
  const form = useFormFeedback(resetUserPassword, null, { password: t("newPasswordFor", { name: userName }) });
  const formProblem = form.state.status === "error" && form.state.formError ? form.summary[0]?.message : undefined;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-primary underline-offset-2 hover:underline">
        {t("resetPasswordOf", { name: userName })}
      </summary>
      <form action={form.formAction} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="userId" value={userId} />
        <TextField
          idPrefix={`reset-${userId}`}
          name="password"
          type="password"
          label={t("newPasswordFor", { name: userName })}
          hint={auth("passwordHint", { min: passwordLength.min })}
          autoComplete="new-password"
          required
          errors={form.errorsOf("password")}
        />
        <SubmitButton size="sm" variant="outline" pendingLabel={t("saving")} className="self-start">
          {t("resetPassword")}
        </SubmitButton>
        <p role="status" className={formProblem ? "text-red-800" : "text-green-800"}>
          {formProblem ?? (form.state.status === "success" ? t("passwordReset") : null)}
        </p>
      </form>
    </details>
  );
}
