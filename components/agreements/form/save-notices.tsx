"use client";
// What the server found when saving: a record that looks like this one, or a newer save by someone else.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Conflict, PossibleDuplicate } from "@/lib/agreements/save";
import { ChangeList, changeWords } from "@/components/revisions/change-list";
import { toLocale } from "@/lib/i18n/locales";
import { noLabels } from "@/lib/revisions/labels";

export function DuplicateNotice({ duplicate }: { duplicate: PossibleDuplicate }) {
  const t = useTranslations("agreementForm");
  return (
    <div
      id="duplicate-notice"
      tabIndex={-1}
      role="region"
      aria-labelledby="duplicate-title"
      className="rounded-md border-2 border-amber-500 bg-amber-50 p-4"
    >
      <h2 id="duplicate-title" className="font-semibold">
        {t("duplicateTitle")}
      </h2>
      <p className="mt-1 text-sm">
        {t.rich("duplicateBody", {
          link: (chunks) => (
            <Link href={`/agreements/${duplicate.slug}`} target="_blank" className="text-primary underline">
              {chunks}
            </Link>
          ),
          title: duplicate.title,
        })}
      </p>
      <label className="mt-2 flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="confirmDuplicate" value="yes" />
        {t("confirmDuplicate")}
      </label>
    </div>
  );
}

export function ConflictNotice({ conflict, kind = "agreement" }: { conflict: Conflict; kind?: "agreement" | "visit" }) {
  const t = useTranslations(kind === "visit" ? "visitForm" : "agreementForm");
  const history = useTranslations("history");
  const all = useTranslations();
  const words = changeWords(history, t, all, toLocale(useLocale()), conflict.labels ?? noLabels);
  return (
    <div
      id="conflict-notice"
      tabIndex={-1}
      role="region"
      aria-labelledby="conflict-title"
      className="rounded-md border-2 border-amber-500 bg-amber-50 p-4"
    >
      <h2 id="conflict-title" className="font-semibold">
        {t("conflictTitle")}
      </h2>
      <p className="mt-1 text-sm">{t("conflictBody")}</p>
      <ChangeList changes={conflict.changes} words={words} />
    </div>
  );
}
