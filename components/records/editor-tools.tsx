"use client";
// What editors can do on an agreement's or a visit's page: edit it, archive it (after confirming), or restore it.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { archiveAgreement, restoreAgreement } from "@/lib/agreements/actions";
import { archiveVisit, restoreVisit } from "@/lib/visits/actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { buttonVariants } from "@/components/ui/button";

export type RecordKindName = "agreement" | "visit";

const actions = {
  agreement: { archive: archiveAgreement, restore: restoreAgreement, path: "/agreements", messages: "agreementTools" },
  visit: { archive: archiveVisit, restore: restoreVisit, path: "/visits", messages: "visitTools" },
} as const;

export function EditorTools({ kind, slug, archived }: { kind: RecordKindName; slug: string; archived: boolean }) {
  const t = useTranslations(actions[kind].messages);
  return (
    <div className="flex flex-wrap items-start gap-3">
      <Link href={`${actions[kind].path}/${slug}/edit`} className={buttonVariants({ variant: "outline", size: "sm" })}>
        {t("edit")}
      </Link>
      {archived ? <RestoreForm kind={kind} slug={slug} label={t("restore")} /> : <ArchiveForm kind={kind} slug={slug} />}
    </div>
  );
}

export function RestoreForm({ kind, slug, label }: { kind: RecordKindName; slug: string; label: string }) {
  const t = useTranslations(actions[kind].messages);
  const form = useFormFeedback(actions[kind].restore, null, {});
  return (
    <form action={form.formAction} className="flex max-w-full flex-wrap items-center gap-2">
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton
        size="sm"
        variant="outline"
        pendingLabel={t("working")}
        className="h-auto min-h-8 max-w-full whitespace-normal text-start"
      >
        {label}
      </SubmitButton>
      <span role="status" className="text-sm text-red-800">
        {form.summary[0]?.message}
      </span>
    </form>
  );
}

function ArchiveForm({ kind, slug }: { kind: RecordKindName; slug: string }) {
  const t = useTranslations(actions[kind].messages);
  const form = useFormFeedback(actions[kind].archive, null, { confirm: t("confirmLabel") });
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
        <span id={`archive-${slug}-status`} role="status" className="text-red-800">
          {form.summary[0]?.message}
        </span>
        <SubmitButton size="sm" pendingLabel={t("working")} className="self-start">
          {t("archiveNow")}
        </SubmitButton>
      </form>
    </details>
  );
}
