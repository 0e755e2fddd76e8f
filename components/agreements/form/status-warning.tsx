"use client";
// Under the status: a warning, as the editor types, when the status contradicts the dates of the form around it.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { statusWarning, type StatusWarning } from "@/lib/agreements/status-check";

const text = (form: HTMLFormElement, name: string) => {
  const field = form.elements.namedItem(name);
  return field instanceof HTMLInputElement || field instanceof HTMLSelectElement ? field.value.trim() || null : null;
};

export function StatusWarningNotice() {
  const t = useTranslations("agreementForm");
  const all = useTranslations();
  const ref = useRef<HTMLParagraphElement>(null);
  const [warning, setWarning] = useState<{ kind: StatusWarning; status: string } | null>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const check = () => {
      const status = text(form, "status") ?? "";
      const kind = statusWarning(status, text(form, "entryIntoForceOn"), text(form, "endedOn"));
      setWarning(kind ? { kind, status } : null);
    };
    check();
    form.addEventListener("input", check);
    form.addEventListener("change", check);
    return () => {
      form.removeEventListener("input", check);
      form.removeEventListener("change", check);
    };
  }, []);
  return (
    <p ref={ref} role="status" className={warning ? "rounded-md border border-amber-500 bg-amber-50 p-3 text-sm sm:col-span-2" : "sr-only"}>
      {warning && t(`statusWarning.${warning.kind}`, { status: all(`status.${warning.status}` as never) })}
    </p>
  );
}
