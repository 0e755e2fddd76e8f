"use client";
import { useTranslations } from "next-intl";
import { createUserInput } from "@/lib/auth/schemas";
import { roles } from "@/lib/auth/roles";
import { createUserAccount } from "@/lib/users/actions";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormStatusMessage } from "@/components/forms/form-status-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { NativeSelect } from "@/components/ui/native-select";
import { FieldError } from "@/components/forms/field-error";

export function CreateUserForm() {
  const t = useTranslations("users");
  const auth = useTranslations("auth");
  const roleLabel = useTranslations("roles");
  const form = useFormFeedback(createUserAccount, createUserInput, {
    name: auth("name"),
    email: auth("email"),
    role: auth("role"),
    password: t("initialPassword"),
    confirmPassword: auth("confirmPassword"),
  });
  const roleErrors = form.errorsOf("role");
  return (
    <form key={form.answerKey} action={form.formAction} onSubmit={form.onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <ErrorSummary items={form.summary} summaryRef={form.summaryRef} idPrefix="new-user" />
        <FormStatusMessage state={form.state} />
      </div>
      <TextField
        idPrefix="new-user"
        name="name"
        label={auth("name")}
        autoComplete="off"
        required
        defaultValue={form.submittedValue("name")}
        errors={form.errorsOf("name")}
      />
      <TextField
        idPrefix="new-user"
        name="email"
        type="email"
        label={auth("email")}
        autoComplete="off"
        required
        defaultValue={form.submittedValue("email")}
        errors={form.errorsOf("email")}
      />
      <div className="space-y-1">
        <label htmlFor="new-user-role" className="block text-sm font-medium">
          {auth("role")}
        </label>
        <FieldError id="new-user-role-error" errors={roleErrors} />
        <NativeSelect
          id="new-user-role"
          name="role"
          defaultValue={form.submittedValue("role") ?? "EDITOR"}
          aria-invalid={roleErrors ? true : undefined}
          aria-describedby={roleErrors ? "new-user-role-error" : undefined}
          className="h-9 w-full"
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="hidden sm:block" />
      <NewPasswordFields idPrefix="new-user" label={t("initialPassword")} errorsOf={form.errorsOf} />
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
