import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountryIndex } from "@/components/countries/country-index";
import { requireReader } from "@/lib/auth/session";
import { getCountryIndex } from "@/lib/countries/queries";
import { getAppLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  await requireReader();
  return { title: (await getTranslations("countries"))("title") };
}

export default async function CountriesPage() {
  await requireReader();
  const [t, countries] = await Promise.all([getTranslations("countries"), getAppLocale().then(getCountryIndex)]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-muted-foreground">{t("intro")}</p>
      <p className="text-sm text-muted-foreground">{t("count", { count: countries.length })}</p>
      <CountryIndex countries={countries} />
    </div>
  );
}
