// A few agreements as a table with the agreements table's columns, drawn on the server: for pages that show
// a short, fixed selection (a pair's latest agreements) and link to the full table for the rest.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DomainBadges } from "./domain-badges";
import type { AgreementSummary } from "@/lib/agreements/queries";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { agreementTitle, joinNames, localName } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";

export interface AgreementSummaryTableProps {
  agreements: AgreementSummary[];
  caption: string;
  locale: Locale;
}

const columns = ["title", "form", "parties", "signedOn", "place", "status", "domains"] as const;

export async function AgreementSummaryTable({ agreements, caption, locale }: AgreementSummaryTableProps) {
  const t = await getTranslations();
  if (agreements.length === 0) return <p className="text-muted-foreground">{t("agreements.empty")}</p>;
  const none = (
    <>
      <span aria-hidden="true" className="text-muted-foreground">
        —
      </span>
      <span className="sr-only">{t("table.notRecorded")}</span>
    </>
  );
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus (axe: scrollable-region-focusable).
    <div role="region" aria-label={caption} tabIndex={0} className="relative overflow-x-auto rounded-md border">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-muted/60">
          <tr className="border-b">
            {columns.map((column) => (
              <th key={column} scope="col" className="h-10 whitespace-nowrap px-2 text-start align-middle font-medium first:ps-3">
                {t(`table.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {agreements.map((agreement) => {
            const title = agreementTitle(locale, agreement);
            const place = joinNames(locale, [agreement.placeCity, agreement.placeCountry && localName(locale, agreement.placeCountry)]);
            return (
              <tr key={agreement.id} className="border-b last:border-0">
                <th scope="row" className="min-w-48 py-2 ps-3 pe-2 text-start align-top font-normal">
                  <Link href={`/agreements/${agreement.slug}`} lang={title.lang} className="font-medium text-primary hover:underline">
                    {title.text}
                  </Link>
                </th>
                <td className="px-2 py-2 align-top">{t(`form.${agreement.form}`)}</td>
                <td className="px-2 py-2 align-top">
                  <ul className="min-w-32">
                    {agreement.parties.map(({ country }) => (
                      <li key={country.code}>{localName(locale, country)}</li>
                    ))}
                  </ul>
                </td>
                <td className="whitespace-nowrap px-2 py-2 align-top">
                  {agreement.signedOn ? <time dateTime={agreement.signedOn}>{formatPartialDate(agreement.signedOn, locale)}</time> : none}
                </td>
                <td className="px-2 py-2 align-top">{place || none}</td>
                <td className="px-2 py-2 align-top">
                  <Badge variant="outline">{t(`status.${agreement.status}`)}</Badge>
                </td>
                <td className="px-2 py-2 align-top">
                  {agreement.domains.length === 0 ? (
                    none
                  ) : (
                    <DomainBadges domains={agreement.domains} locale={locale} className="min-w-36" />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
