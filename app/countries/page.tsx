import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CountryIndex } from "@/components/countries/country-index";
import { requireReader } from "@/lib/auth/session";
import { countryIndexHref, parseCountryIndexSearch, searchCountryIndex } from "@/lib/countries/index-search";
import { getCountryIndex } from "@/lib/countries/queries";
import { getAppLocale } from "@/lib/i18n/server";
import { toSearchParams } from "@/lib/search/url-params";

export async function generateMetadata(): Promise<Metadata> {
  await requireReader();
  return { title: (await getTranslations("countries"))("title") };
}

export default async function CountriesPage({ searchParams }: PageProps<"/countries">) {
  await requireReader();
  const search = parseCountryIndexSearch(toSearchParams(await searchParams));
  const locale = await getAppLocale();
  const [t, countries] = await Promise.all([getTranslations("countries"), getCountryIndex(locale)]);
  const { shown, hiddenWithoutRecords } = searchCountryIndex(countries, search, locale);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-muted-foreground">{t("intro")}</p>
      <form method="get" action="/countries" role="search" aria-label={t("searchForm")} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="countries-q" className="text-sm font-medium">
            {t("searchLabel")}
          </label>
          <input
            id="countries-q"
            type="search"
            name="q"
            defaultValue={search.q}
            maxLength={100}
            className="h-9 w-64 max-w-full rounded-md border bg-background px-3 text-sm shadow-xs"
          />
        </div>
        <label className="flex h-9 items-center gap-2 text-sm">
          <input type="checkbox" name="all" value="1" defaultChecked={search.all} className="size-4 accent-primary" />
          {t("includeEmpty")}
        </label>
        {search.sort.field !== "name" && <input type="hidden" name="sort" value={`${search.sort.desc ? "-" : ""}${search.sort.field}`} />}
        <button type="submit" className="h-9 rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground">
          {t("apply")}
        </button>
      </form>
      <p role="status" className="text-sm text-muted-foreground">
        {t("count", { count: shown.length })}
        {hiddenWithoutRecords > 0 && (
          <>
            {" · "}
            <Link href={countryIndexHref({ ...search, all: true })} className="text-primary hover:underline">
              {t("showEmpty", { count: hiddenWithoutRecords })}
            </Link>
          </>
        )}
      </p>
      <CountryIndex countries={shown} search={search} />
    </div>
  );
}
