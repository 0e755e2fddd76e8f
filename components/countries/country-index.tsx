// The states a search of the index shows, with their numbers of agreements and visits, each linking to its page.
// Each column's heading is a link that sorts by it (names A to Z, numbers largest first).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type CountryIndexSearch, countryIndexHref } from "@/lib/countries/index-search";
import type { CountryIndexEntry } from "@/lib/countries/queries";
import { countryPath } from "@/lib/pairs/pair-address";

export async function CountryIndex({ countries, search }: { countries: CountryIndexEntry[]; search: CountryIndexSearch }) {
  const t = await getTranslations("countries");
  const heading = (field: CountryIndexSearch["sort"]["field"], label: string, className: string) => {
    const sorted = search.sort.field === field;
    return (
      <th scope="col" aria-sort={sorted ? (search.sort.desc ? "descending" : "ascending") : undefined} className={className}>
        <Link href={countryIndexHref({ ...search, sort: { field, desc: field !== "name" } })} className="hover:underline">
          {label}
          {!sorted && <span className="sr-only">, {t("sortBy")}</span>}
        </Link>
      </th>
    );
  };
  if (countries.length === 0) return <p className="text-muted-foreground">{t("noMatch")}</p>;
  return (
    <table className="w-full max-w-3xl text-start text-sm" data-testid="country-index">
      <thead className="border-b">
        <tr>
          {heading("name", t("country"), "py-2 pe-4 text-start font-medium")}
          {heading("agreements", t("agreements"), "py-2 pe-4 text-end font-medium")}
          {heading("visits", t("visits"), "py-2 text-end font-medium")}
        </tr>
      </thead>
      <tbody className="divide-y">
        {countries.map((country) => (
          <tr key={country.code}>
            <th scope="row" className="py-1.5 pe-4 text-start font-normal">
              <Link href={countryPath(country.code)} className="text-primary hover:underline">
                {country.name}
              </Link>
            </th>
            <td className="py-1.5 pe-4 text-end tabular-nums">{country.agreementCount}</td>
            <td className="py-1.5 text-end tabular-nums">{country.visitCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
