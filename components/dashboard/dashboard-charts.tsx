// The dashboard's three charts: agreements by cooperation domain, by party and by year of signature, each bar
// put into words in the interface language and linked to the agreements table filtered to it.
import { getFormatter, getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/i18n/server";
import { localeDirection } from "@/lib/i18n/locales";
import type { DashboardData } from "@/lib/dashboard/queries";
import { domainHref, partyHref, yearHref } from "@/lib/dashboard/links";
import { yearSeries } from "@/lib/dashboard/year-series";
import { ChartCard } from "./chart-card";
import type { ChartBar } from "./chart-types";
import { HorizontalBarChart } from "./horizontal-bar-chart";
import { YearChart } from "./year-chart";

export interface DashboardChartsProps {
  data: Pick<DashboardData, "domains" | "years" | "partners">;
}

export async function DashboardCharts({ data }: DashboardChartsProps) {
  const [t, format, locale] = await Promise.all([getTranslations("dashboard"), getFormatter(), getAppLocale()]);
  const direction = localeDirection(locale);
  const number = (value: number) => format.number(value);
  const bar = (key: string, label: string, value: number, href: string | null): ChartBar => ({
    key,
    label,
    value,
    valueLabel: number(value),
    name: t("bar", { label, count: value }),
    href,
  });
  const domains = data.domains.map((domain) => bar(domain.slug, domain.name, domain.count, domainHref(domain.slug)));
  const partners = data.partners.top.map((country) => bar(country.code, country.name, country.count, partyHref(country.code)));
  const years = yearSeries(data.years.years).map(({ year, count }) =>
    bar(String(year), String(year), count, count > 0 ? yearHref(year) : null),
  );
  const table = (labelHeader: string) => ({ summary: t("showTable"), labelHeader, valueHeader: t("agreements") });
  const dated = years.filter((year) => year.value > 0);
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartCard id="by-domain" title={t("byDomain")} description={t("byDomainDescription")} bars={domains} table={table(t("domain"))}>
          <HorizontalBarChart bars={domains} label={t("byDomain")} direction={direction} />
        </ChartCard>
        <ChartCard
          id="by-party"
          title={t("byParty")}
          description={t("byPartyDescription", { count: partners.length })}
          note={t("moreParties", { count: data.partners.more })}
          bars={partners}
          table={table(t("party"))}
        >
          {partners.length > 0 ? <HorizontalBarChart bars={partners} label={t("byParty")} direction={direction} /> : <p>{t("noData")}</p>}
        </ChartCard>
      </div>
      <ChartCard
        id="by-year"
        title={t("byYear")}
        description={
          dated.length > 0 ? t("byYearDescription", { first: dated[0]!.label, last: dated[dated.length - 1]!.label }) : t("noData")
        }
        note={t("undated", { count: data.years.undated })}
        bars={dated}
        table={table(t("year"))}
      >
        {dated.length > 0 && <YearChart bars={years} label={t("byYear")} formatTick={number} />}
      </ChartCard>
    </>
  );
}
