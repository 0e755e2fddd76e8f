// Every state, with its numbers of agreements and visits, each linking to its page.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CountryIndexEntry } from "@/lib/countries/queries";
import { countryPath } from "@/lib/pairs/pair-address";

export async function CountryIndex({ countries }: { countries: CountryIndexEntry[] }) {
  const t = await getTranslations("countries");
  return (
    <table className="w-full max-w-3xl text-start text-sm" data-testid="country-index">
      <thead className="border-b">
        <tr>
          <th scope="col" className="py-2 pe-4 font-medium">
            {t("country")}
          </th>
          <th scope="col" className="py-2 pe-4 text-end font-medium">
            {t("agreements")}
          </th>
          <th scope="col" className="py-2 text-end font-medium">
            {t("visits")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y">
        {countries.map((country) => (
          <tr key={country.code}>
            <th scope="row" className="py-1.5 pe-4 font-normal">
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
