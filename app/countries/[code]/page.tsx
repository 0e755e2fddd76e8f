import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CountrySections } from "@/components/countries/country-sections";
import { requireReader } from "@/lib/auth/session";
import { getCountry, getCountryOverview } from "@/lib/countries/queries";
import { localName, otherLocale } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { parseCountryParam } from "@/lib/pairs/pair-address";

async function findCountry(param: string) {
  const address = parseCountryParam(param);
  if (address.kind === "invalid") notFound();
  const country = await getCountry(address.kind === "canonical" ? address.value : param.toUpperCase());
  if (!country) notFound();
  if (address.kind === "redirect") permanentRedirect(address.path);
  return country;
}

export async function generateMetadata({ params }: PageProps<"/countries/[code]">): Promise<Metadata> {
  await requireReader();
  const [locale, country] = await Promise.all([getAppLocale(), findCountry((await params).code)]);
  return { title: localName(locale, country) };
}

export default async function CountryPage({ params }: PageProps<"/countries/[code]">) {
  await requireReader();
  const [country, locale] = await Promise.all([findCountry((await params).code), getAppLocale()]);
  const other = otherLocale(locale);
  const [t, overview] = await Promise.all([getTranslations("country"), getCountryOverview(country.code, locale)]);
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{localName(locale, country)}</h1>
        <p className="text-muted-foreground">
          {t("otherName")} <span lang={other}>{localName(other, country)}</span>
        </p>
        <p>
          {t("counts", {
            agreements: overview.agreementCount,
            given: overview.visitsGivenCount,
            received: overview.visitsReceivedCount,
          })}
        </p>
      </header>
      <CountrySections country={country} overview={overview} />
    </article>
  );
}
