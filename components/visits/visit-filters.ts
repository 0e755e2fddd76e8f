// The visits table's filters as the toolbar, the chips and the empty state show them.
import { getTranslations } from "next-intl/server";
import type { ListFilter } from "@/components/data-table/data-table-faceted-filter";
import { filterChips } from "@/components/data-table/filter-chips";
import { VisitKind } from "@/lib/generated/prisma/enums";
import { visitsHref } from "@/lib/visits/search-href";
import { parseVisitSearch } from "@/lib/visits/search-parser";
import { sourceFilters, type VisitSearch } from "@/lib/visits/search-params";
import type { VisitTableData } from "@/lib/visits/table-types";

// The table with no filter: what the address without one means, keeping the sort and the page size.
function withoutFilters(search: VisitSearch): VisitSearch {
  return { ...parseVisitSearch({}), sort: search.sort, size: search.size };
}

export async function visitFilters(search: VisitSearch, data: Pick<VisitTableData, "countries">) {
  const t = await getTranslations();
  // Lower case, as in the canonical address.
  const countryOptions = data.countries.map(({ code, name, keywords }) => ({ value: code.toLowerCase(), label: name, keywords }));
  const countryFilter = (key: "visitor" | "host"): ListFilter<"visitor" | "host"> => ({
    key,
    title: t(`visitsTable.filters.${key}.title`),
    description: t(`visitsTable.filters.${key}.help`),
    options: countryOptions,
    selected: search[key].map((code) => code.toLowerCase()),
    searchable: true,
    searchLabel: t("table.filters.party.search"),
  });

  const filters: ListFilter<"visitor" | "host" | "kind" | "sources">[] = [
    countryFilter("visitor"),
    countryFilter("host"),
    {
      key: "kind",
      title: t("visitsTable.filters.kind.title"),
      options: Object.values(VisitKind).map((value) => ({ value, label: t(`visitKind.${value}`) })),
      selected: search.kind,
    },
    {
      key: "sources",
      title: t("table.filters.sources.title"),
      description: t("visitsTable.filters.sources.help"),
      options: sourceFilters.map((value) => ({ value, label: t(`table.filters.sources.${value}`) })),
      selected: search.sources,
    },
  ];

  const chips = await filterChips(search, filters, {
    href: visitsHref,
    withoutFilters,
    yearsTitle: t("visitsTable.filters.years.title"),
  });
  return { filters, chips };
}
