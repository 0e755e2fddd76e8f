// The cooperation domains, each with its names in every language, description and the agreements it holds (a link
// to the table, filtered to it). Editors also get a link to change each one.
import { localName, localizedField, otherLocales, pickLocalized } from "@/lib/i18n/localize";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DomainRow } from "@/lib/domains/queries";
import type { Locale } from "@/lib/i18n/locales";
import { NotRecorded } from "@/components/data-table/not-recorded";

interface DomainTableProps {
  domains: DomainRow[];
  locale: Locale;
  canEdit: boolean;
  savedSlug?: string;
}

export async function DomainTable({ domains, locale, canEdit, savedSlug }: DomainTableProps) {
  const [t, table] = await Promise.all([getTranslations("domains"), getTranslations("table")]);
  const others = otherLocales(locale);
  const inLanguage = { en: t("inEn"), fr: t("inFr"), ar: t("inAr") } satisfies Record<Locale, string>;
  return (
    <div className="relative overflow-x-auto rounded-md border">
      <table className="w-full text-start text-sm">
        <thead className="bg-muted/50">
          <tr>
            <th scope="col" className="p-2 text-start">
              {t("domain")}
            </th>
            {others.map((other) => (
              <th key={other} scope="col" className="p-2 text-start">
                {inLanguage[other]}
              </th>
            ))}
            <th scope="col" className="p-2 text-start">
              {t("description")}
            </th>
            <th scope="col" className="p-2 text-end">
              {t("agreements")}
            </th>
            {canEdit && (
              <th scope="col" className="p-2 text-start">
                <span className="sr-only">{t("actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {domains.map((domain) => {
            const name = localName(locale, domain);
            // Domains have descriptions in English and French: marked with the language shown, for its voice and direction.
            const description = pickLocalized(locale, { en: domain.descriptionEn, fr: domain.descriptionFr });
            return (
              <tr key={domain.slug} id={domain.slug} className={domain.slug === savedSlug ? "border-t bg-green-50" : "border-t"}>
                <th scope="row" className="p-2 font-medium text-start">
                  {name}
                </th>
                {others.map((other) => {
                  // A name not given in a language (an editor's domain has no Arabic name yet) shows as missing here,
                  // rather than as another language's.
                  const otherName = domain[localizedField("name", other)];
                  return (
                    <td key={other} className="p-2" lang={otherName ? other : undefined}>
                      {otherName || <NotRecorded label={table("notRecorded")} />}
                    </td>
                  );
                })}
                <td className="p-2 text-muted-foreground" lang={description?.lang}>
                  {description?.text}
                </td>
                <td className="p-2 text-end">
                  <Link
                    href={`/agreements?domain=${domain.slug}`}
                    className="text-primary hover:underline"
                    aria-label={t("agreementsIn", { count: domain.agreementCount, name })}
                  >
                    {domain.agreementCount}
                  </Link>
                </td>
                {canEdit && (
                  <td className="p-2">
                    <Link
                      href={`/domains/${domain.slug}/edit`}
                      className="text-primary hover:underline"
                      aria-label={t("editNamed", { name })}
                    >
                      {t("edit")}
                    </Link>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
