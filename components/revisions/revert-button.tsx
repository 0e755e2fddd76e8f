"use client";
// Brings back an earlier version of a record, after a confirmation.
import { useTranslations } from "next-intl";
import { revertAgreement } from "@/lib/agreements/actions";
import { revertVisit } from "@/lib/visits/actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";

export function RevertButton({ slug, version, kind }: { slug: string; version: number; kind: "agreement" | "visit" }) {
  const t = useTranslations("history");
  const form = useFormFeedback(kind === "visit" ? revertVisit : revertAgreement, null, {});
  const problem = form.summary[0]?.message;
  return (
    <form
      action={form.formAction}
      onSubmit={(event) => {
        if (!window.confirm(t("confirmRestore", { version }))) event.preventDefault();
      }}
      className="mt-2 flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton size="sm" variant="outline" pendingLabel={t("restoring")}>
        {t("restoreVersion", { version })}
      </SubmitButton>
      <span role="status" className="text-sm text-red-800">
        {problem}
      </span>
    </form>
  );
}
