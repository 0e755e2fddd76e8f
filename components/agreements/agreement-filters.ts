// The agreements table's filters as the toolbar, the chips and the empty state show them: options with labels in
// the reader's language, what is chosen, and the address of the table without each choice.
import { getTranslations } from "next-intl/server";
import type { ListFilter } from "@/components/data-table/data-table-faceted-filter";
import { filterChips } from "@/components/data-table/filter-chips";
import { AgreementForm, AgreementStatus, LegalNature } from "@/lib/generated/prisma/enums";
import { agreementsHref } from "@/lib/agreements/search-href";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { type AgreementSearch, sourceFilters } from "@/lib/agreements/search-params";
import type { AgreementTableData } from "@/lib/agreements/table-types";

type ListFilterKey = "domain" | "party" | "form" | "nature" | "status" | "sources";

// The table with no filter: what the address without one means, keeping the sort and the page size.
function withoutFilters(search: AgreementSearch): AgreementSearch {
  return { ...parseAgreementSearch({}), sort: search.sort, size: search.size };
}

export async function agreementFilters(search: AgreementSearch, data: Pick<AgreementTableData, "facets" | "countries">) {
  const t = await getTranslations();
  const enumOptions = (namespace: string, values: Record<string, string>) =>
    Object.values(values).map((value) => ({ value, label: t(`${namespace}.${value}` as never) }));

  const filters: ListFilter<ListFilterKey>[] = [
    {
      key: "domain",
      title: t("table.filters.domain.title"),
      description: t("table.filters.domain.help"),
      options: data.facets.domain,
      selected: search.domain,
    },
    {
      key: "party",
      title: t("table.filters.party.title"),
      description: t("table.filters.party.help"),
      // Lower case, as in the canonical address.
      options: data.countries.map(({ code, name, count, keywords }) => ({
        value: code.toLowerCase(),
        label: name,
        count,
        countLabel: t("table.facetedFilter.count", { count }),
        keywords,
      })),
      selected: search.party.map((code) => code.toLowerCase()),
      searchable: true,
      searchLabel: t("table.filters.party.search"),
    },
    { key: "form", title: t("table.filters.form.title"), options: enumOptions("form", AgreementForm), selected: search.form },
    {
      key: "nature",
      title: t("table.filters.nature.title"),
      options: enumOptions("legalNature", LegalNature),
      selected: search.nature,
    },
    {
      key: "status",
      title: t("table.filters.status.title"),
      options: enumOptions("status", AgreementStatus),
      selected: search.status,
    },
    {
      key: "sources",
      title: t("table.filters.sources.title"),
      description: t("table.filters.sources.help"),
      options: sourceFilters.map((value) => ({ value, label: t(`table.filters.sources.${value}`) })),
      selected: search.sources,
    },
  ];

  const chips = await filterChips(search, filters, {
    href: agreementsHref,
    withoutFilters,
    yearsTitle: t("table.filters.years.title"),
    yearsNote: search.undated ? t("table.filters.years.withUndated") : undefined,
  });
  return { filters, chips };
}
