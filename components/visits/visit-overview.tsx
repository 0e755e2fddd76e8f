import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { localName, pickLocalized } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { countryPath, pairPath } from "@/lib/pairs/pair-address";
import type { VisitDetail } from "@/lib/visits/queries";
import { ForeignText, NoteText } from "@/components/i18n/foreign-text";

export async function VisitOverview({ visit }: { visit: VisitDetail }) {
  const [t, locale] = await Promise.all([getTranslations(), getAppLocale()]);
  const unknown = <span className="text-muted-foreground">{t("agreement.unknown")}</span>;
  const title = pickLocalized(locale, { en: visit.visitorTitleEn, fr: visit.visitorTitleFr });
  const summary = pickLocalized(locale, { en: visit.summaryEn, fr: visit.summaryFr });
  // Underlined: the visitor's state is a link within text, where colour alone would not set it apart.
  const [visitor, host] = [visit.visitorCountry, visit.hostCountry].map((country) => (
    <Link key={country.code} href={countryPath(country.code)} className="text-primary underline underline-offset-4">
      {localName(locale, country)}
    </Link>
  ));
  // Named in the order of the relationship page's address.
  const pair = [visit.visitorCountry, visit.hostCountry].sort((a, b) => a.code.localeCompare(b.code));
  return (
    <DescriptionList>
      <DescriptionItem term={t("visit.visitor")}>
        {visit.visitor.name} ({visitor})
      </DescriptionItem>
      <DescriptionItem term={t("visit.visitorTitle")}>{title ? <ForeignText text={title} locale={locale} /> : unknown}</DescriptionItem>
      <DescriptionItem term={t("visit.host")}>
        <span className="flex flex-wrap gap-x-3">
          {host}
          <Link href={pairPath(pair[0]!.code, pair[1]!.code)} className="text-primary hover:underline">
            {t("visits.relationship", { a: localName(locale, pair[0]!), b: localName(locale, pair[1]!) })}
          </Link>
        </span>
      </DescriptionItem>
      <DescriptionItem term={t("visit.city")}>{visit.city ?? unknown}</DescriptionItem>
      <DescriptionItem term={t("visit.dates")}>{formatPartialDateRange(visit.startOn, visit.endOn, locale) ?? unknown}</DescriptionItem>
      <DescriptionItem term={t("visit.kind")}>{t(`visitKind.${visit.kind}`)}</DescriptionItem>
      <DescriptionItem term={t("visit.summary")}>{summary ? <ForeignText text={summary} locale={locale} /> : unknown}</DescriptionItem>
      {visit.notes && (
        <DescriptionItem term={t("visit.notes")}>
          <NoteText text={visit.notes} lang={visit.notesLanguage} locale={locale} />
        </DescriptionItem>
      )}
    </DescriptionList>
  );
}
