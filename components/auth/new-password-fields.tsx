"use client";
// A new password and its repetition, with the rule as a hint: the same pair in every form that sets a password.
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/text-field";
import { passwordLength } from "@/lib/auth/settings";

interface NewPasswordFieldsProps {
  idPrefix: string;
  label: string;
  errorsOf: (field: string) => string[] | undefined;
}

export function NewPasswordFields({ idPrefix, label, errorsOf }: NewPasswordFieldsProps) {
  const t = useTranslations("auth");
  return (
    <>
      <TextField
        idPrefix={idPrefix}
        name="password"
        type="password"
        label={label}
        hint={t("passwordHint", { min: passwordLength.min })}
        autoComplete="new-password"
        required
        errors={errorsOf("password")}
      />
      <TextField
        idPrefix={idPrefix}
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        required
        errors={errorsOf("confirmPassword")}
      />
    </>
  );
}
