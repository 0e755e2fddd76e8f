"use client";
// What editors can do on an agreement's page: edit it, archive it (after confirming), or restore it.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { archiveAgreement, restoreAgreement } from "@/lib/agreements/actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { buttonVariants } from "@/components/ui/button";

export function AgreementEditorTools({ slug, archived }: { slug: string; archived: boolean }) {
  const t = useTranslations("agreementTools");
  return (
    <div className="flex flex-wrap items-start gap-3">
      <Link href={`/agreements/${slug}/edit`} className={buttonVariants({ variant: "outline", size: "sm" })}>{t("edit")}</Link>
      {archived ? <RestoreForm slug={slug} label={t("restore")} /> : <ArchiveForm slug={slug} />}
    </div>
  );
}

export function RestoreForm({ slug, label }: { slug: string; label: string }) {
  const t = useTranslations("agreementTools");
  const form = useFormFeedback(restoreAgreement, null, {});
  return (
    <form action={form.formAction} className="flex items-center gap-2">
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton size="sm" variant="outline" pendingLabel={t("working")}>{label}</SubmitButton>
      <span role="status" className="text-sm text-red-800">{form.summary[0]?.message}</span>
    </form>
  );
}

function ArchiveForm({ slug }: { slug: string }) {
  const t = useTranslations("agreementTools");
  const form = useFormFeedback(archiveAgreement, null, { confirm: t("confirmLabel") });
  return (
    <details className="rounded-md border px-3 py-1.5 text-sm open:pb-3">
      <summary className="cursor-pointer font-medium">{t("archive")}</summary>
      <form action={form.formAction} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="slug" value={slug} />
        <p className="max-w-md text-muted-foreground">{t("archiveExplained")}</p>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="confirm" value="yes" aria-describedby={`archive-${slug}-status`} />
          {t("confirmLabel")}
        </label>
        <span id={`archive-${slug}-status`} role="status" className="text-red-800">{form.summary[0]?.message}</span>
        <SubmitButton size="sm" pendingLabel={t("working")} className="self-start">{t("archiveNow")}</SubmitButton>
      </form>
    </details>
  );
}
