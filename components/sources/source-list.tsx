import { getTranslations } from "next-intl/server";
import { NoteText } from "@/components/i18n/foreign-text";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { getAppLocale } from "@/lib/i18n/server";
import { languageName } from "@/lib/i18n/localize";
import type { Source } from "@/lib/generated/prisma/client";

export interface SourceListProps {
  sources: Source[];
  emptyLabel: string;
}

export async function SourceList({ sources, emptyLabel }: SourceListProps) {
  const [t, locale] = await Promise.all([getTranslations("source"), getAppLocale()]);
  if (sources.length === 0) return <p className="text-muted-foreground">{emptyLabel}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {sources.map((source) => (
        <li key={source.id} className="flex flex-col gap-1">
          <p className="font-medium" lang={source.language}>
            {source.url ? (
              <a href={source.url} className="text-primary hover:underline" rel="noreferrer">
                {source.title}
              </a>
            ) : (
              source.title
            )}
          </p>
          <p className="text-sm text-muted-foreground">
            <span lang={source.language}>{source.publisher}</span> ·{" "}
            {source.publishedOn ? t("publishedOn", { date: formatPartialDate(source.publishedOn, locale) }) : t("dateUnknown")} ·{" "}
            {t("language", { language: languageName(locale, source.language) })}
          </p>
          {source.notes && (
            <p className="text-sm">
              <NoteText text={source.notes} lang={source.notesLanguage} locale={locale} />
            </p>
          )}
          {source.excerpt && (
            <details className="text-sm">
              <summary className="cursor-pointer text-primary">{t("showExcerpt")}</summary>
              <blockquote lang={source.language} className="mt-2 whitespace-pre-line border-s-4 ps-3 text-muted-foreground">
                {source.excerpt}
              </blockquote>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
