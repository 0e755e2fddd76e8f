// The cooperation domains of a state or a pair: how many agreements each counts, over which years, each linking
// to the agreements table filtered to those parties and that domain.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { agreementsHref } from "@/lib/agreements/search-href";
import type { DomainShare } from "@/lib/countries/queries";

export interface DomainSharesProps {
  domains: DomainShare[];
  /** Upper-case codes of the parties the table is filtered to. */
  parties: string[];
  emptyLabel: string;
}

export async function DomainShares({ domains, parties, emptyLabel }: DomainSharesProps) {
  const t = await getTranslations("pair");
  if (domains.length === 0) return <p className="text-muted-foreground">{emptyLabel}</p>;
  return (
    <table className="w-full text-start text-sm" data-testid="domain-shares">
      <thead className="border-b">
        <tr>
          <th scope="col" className="py-2 pe-4 font-medium text-start">
            {t("domain")}
          </th>
          <th scope="col" className="py-2 pe-4 text-end font-medium">
            {t("domainCount")}
          </th>
          <th scope="col" className="py-2 font-medium text-start">
            {t("years")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y">
        {domains.map((domain) => (
          <tr key={domain.slug}>
            <th scope="row" className="py-2 pe-4 font-normal text-start">
              <Link href={agreementsHref({ party: parties, domain: [domain.slug] })} className="text-primary hover:underline">
                {domain.name}
              </Link>
            </th>
            <td className="py-2 pe-4 text-end tabular-nums">{domain.count}</td>
            <td className="py-2 tabular-nums">
              {domain.firstYear === null || domain.lastYear === null
                ? t("noYear")
                : domain.firstYear === domain.lastYear
                  ? domain.firstYear
                  : t("yearRange", { first: String(domain.firstYear), last: String(domain.lastYear) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
