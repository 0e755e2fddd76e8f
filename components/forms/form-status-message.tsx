"use client";
// The confirmation after a form was saved, read out by screen readers.
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";

export function FormStatusMessage({ state }: { state: FormState }) {
  const t = useTranslations("forms");
  return (
    <p role="status" className="text-sm font-medium text-green-800">
      {state.status === "success" ? t(`done.${state.message}` as never) : null}
    </p>
  );
}
