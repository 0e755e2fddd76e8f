import { getTranslations } from "next-intl/server";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { countryName, pickLocalized } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import type { VisitDetail } from "@/lib/visits/queries";

export async function VisitOverview({ visit }: { visit: VisitDetail }) {
  const t = await getTranslations();
  const locale = await getAppLocale();
  const unknown = <span className="text-muted-foreground">{t("agreement.unknown")}</span>;
  const title = pickLocalized(locale, { en: visit.visitorTitleEn, fr: visit.visitorTitleFr });
  const summary = pickLocalized(locale, { en: visit.summaryEn, fr: visit.summaryFr });
  return (
    <DescriptionList>
      <DescriptionItem term={t("visit.visitor")}>
        {visit.visitor.name} ({countryName(locale, visit.visitorCountry)})
      </DescriptionItem>
      <DescriptionItem term={t("visit.visitorTitle")}>
        {title ? <span lang={title.lang}>{title.text}</span> : unknown}
      </DescriptionItem>
      <DescriptionItem term={t("visit.host")}>{countryName(locale, visit.hostCountry)}</DescriptionItem>
      <DescriptionItem term={t("visit.city")}>{visit.city ?? unknown}</DescriptionItem>
      <DescriptionItem term={t("visit.dates")}>
        {formatPartialDateRange(visit.startOn, visit.endOn, locale) ?? unknown}
      </DescriptionItem>
      <DescriptionItem term={t("visit.kind")}>{t(`visitKind.${visit.kind}`)}</DescriptionItem>
      <DescriptionItem term={t("visit.summary")}>
        {summary ? <span lang={summary.lang}>{summary.text}</span> : unknown}
      </DescriptionItem>
      {visit.notes && <DescriptionItem term={t("visit.notes")}>{visit.notes}</DescriptionItem>}
    </DescriptionList>
  );
}
