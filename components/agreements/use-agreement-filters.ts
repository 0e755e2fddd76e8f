"use client";
// The agreements table's filters as the toolbar, the chips and the empty state show them: options with
// labels in the reader's language, what is chosen, and the address of the table without each choice.
import { useTranslations } from "next-intl";
import type { FacetedFilterOption } from "@/components/data-table/data-table-faceted-filter";
import type { FilterChip } from "@/components/data-table/data-table-filter-chips";
import { AgreementForm, AgreementStatus, LegalNature } from "@/lib/generated/prisma/enums";
import { agreementsHref } from "@/lib/agreements/search-href";
import type { AgreementSearch } from "@/lib/agreements/search-params";
import type { AgreementTableData } from "@/lib/agreements/table-types";

export type ListFilterKey = "domain" | "party" | "form" | "nature" | "status";

export interface ListFilter {
  key: ListFilterKey;
  title: string;
  description?: string;
  options: FacetedFilterOption[];
  selected: string[];
  searchable?: boolean;
  searchLabel?: string;
}

// Defaults of everything a filter does not touch: clearing filters keeps the sort and the page size.
function withoutFilters(search: AgreementSearch): AgreementSearch {
  return { ...search, q: "", domain: [], party: [], form: [], nature: [], status: [], from: null, to: null, page: 1 };
}

export function useAgreementFilters(search: AgreementSearch, data: Pick<AgreementTableData, "facets" | "countries">) {
  const t = useTranslations();
  const enumOptions = (namespace: string, values: Record<string, string>) =>
    Object.values(values).map((value) => ({ value, label: t(`${namespace}.${value}`) }));

  const filters: ListFilter[] = [
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
      options: data.countries.map(({ code, name }) => ({ value: code.toLowerCase(), label: name })),
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
  ];

  const chip = (key: string, filter: string, value: string, without: Partial<AgreementSearch>): FilterChip => {
    const label = t("table.filters.chip", { filter, value });
    return {
      key,
      label,
      removeLabel: t("table.filters.remove", { filter: label }),
      href: agreementsHref({ ...search, ...without, page: 1 }),
    };
  };

  const chips: FilterChip[] = [];
  if (search.q) chips.push(chip("q", t("table.filters.search"), `“${search.q}”`, { q: "" }));
  for (const filter of filters) {
    for (const value of filter.selected) {
      const label = filter.options.find((option) => option.value === value)?.label ?? value;
      const remaining = filter.selected.filter((item) => item !== value);
      chips.push(chip(`${filter.key}:${value}`, filter.title, label, { [filter.key]: remaining }));
    }
  }
  if (search.from !== null || search.to !== null) {
    // As strings: a number argument would be formatted with a thousands separator ("2,010").
    const [from, to] = [String(search.from), String(search.to)];
    const years =
      search.from !== null && search.to !== null
        ? t("table.filters.years.between", { from, to })
        : search.from !== null
          ? t("table.filters.years.since", { from })
          : t("table.filters.years.until", { to });
    chips.push(chip("years", t("table.filters.years.title"), years, { from: null, to: null }));
  }

  const clear = { label: t("table.filters.clearAll"), href: agreementsHref(withoutFilters(search)) };
  return { filters, chips, clear };
}
