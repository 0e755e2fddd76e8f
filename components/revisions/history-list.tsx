// The history of a record, newest first: each version with who made it, when, and the fields it changed.
// Editors can bring back any earlier version (which becomes a new version of its own).
import { getFormatter, getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/i18n/server";
import { getChangeLabels, type RevisionEntry } from "@/lib/revisions/queries";
import { ChangeList, changeWords } from "./change-list";
import { RevertControl } from "./revert-control";

interface HistoryListProps {
  revisions: RevisionEntry[];
  currentVersion: number;
  /** Where editors bring back a version; absent for readers. */
  revert?: { slug: string; action: "agreement" | "visit" };
  /** Whose fields the changes name. */
  fieldsOf?: "agreement" | "visit";
}

export async function HistoryList({ revisions, currentVersion, revert, fieldsOf = "agreement" }: HistoryListProps) {
  const [t, format, agreementFields, visitFields, all, locale, labels] = await Promise.all([
    getTranslations("history"),
    getFormatter(),
    getTranslations("agreementForm"),
    getTranslations("visitForm"),
    getTranslations(),
    getAppLocale(),
    getChangeLabels(revisions),
  ]);
  const fields = revert?.action === "visit" || fieldsOf === "visit" ? visitFields : agreementFields;
  const words = changeWords(t, fields, all, locale, labels);
  if (revisions.length === 0) return <p className="text-sm text-muted-foreground">{t("noHistory")}</p>;
  return (
    <ol className="flex flex-col gap-4">
      {revisions.map((revision) => (
        <li key={revision.id} className="rounded-md border p-3">
          <p className="text-sm font-medium">
            {t("entry", {
              version: revision.version,
              action: t(revision.action, { version: revision.revertedTo ?? 0 }),
              // A first version by nobody was written by the seed.
              who: revision.user?.name ?? (revision.version === 1 ? t("seed") : t("someone")),
              date: format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
          {revision.changes.length > 0 ? (
            <ChangeList changes={revision.changes} created={revision.action === "CREATE"} words={words} />
          ) : (
            <p className="text-sm text-muted-foreground">{t("noChange")}</p>
          )}
          {revert && revision.version !== currentVersion && revision.action !== "ARCHIVE" && (
            <RevertControl slug={revert.slug} version={revision.version} kind={revert.action} />
          )}
        </li>
      ))}
    </ol>
  );
}
