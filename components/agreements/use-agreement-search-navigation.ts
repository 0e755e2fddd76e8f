"use client";
// Moves the agreements table to another search. The URL is the state: every change is a router.push of the
// canonical address, in a transition so the current rows stay until the next ones arrive. The search shown
// meanwhile is optimistic, so successive changes build on each other rather than on the last loaded page.
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useOptimistic, useTransition } from "react";
import type { DataTableNavigation } from "@/components/data-table/data-table-navigation";
import { agreementsHref, searchFromHref } from "@/lib/agreements/search-href";
import { pageSizes, sortFields, type AgreementSearch, type SortField } from "@/lib/agreements/search-params";

function isSortField(id: string): id is SortField {
  return (sortFields as readonly string[]).includes(id);
}

function isPageSize(size: number): size is AgreementSearch["size"] {
  return (pageSizes as readonly number[]).includes(size);
}

export function useAgreementSearchNavigation(committed: AgreementSearch) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [search, setOptimisticSearch] = useOptimistic(committed);

  const navigate = useCallback(
    (next: AgreementSearch, { history = "push" }: { history?: "push" | "replace" } = {}) => {
      startTransition(() => {
        setOptimisticSearch(next);
        router[history](agreementsHref(next), { scroll: false });
      });
    },
    [router, setOptimisticSearch],
  );

  const navigation = useMemo<DataTableNavigation>(
    () => ({
      isPending,
      navigate: (href) => navigate(searchFromHref(href)),
      hrefFor: ({ sorting, pagination }) => {
        const next = { ...search };
        const sort = sorting?.[0];
        if (sort && isSortField(sort.id)) Object.assign(next, { sort: { field: sort.id, desc: sort.desc }, page: 1 });
        if (pagination) {
          const size = isPageSize(pagination.pageSize) ? pagination.pageSize : search.size;
          Object.assign(next, { size, page: size === search.size ? Math.max(1, pagination.pageIndex + 1) : 1 });
        }
        return agreementsHref(next);
      },
    }),
    [isPending, navigate, search],
  );

  return { search, isPending, navigate, navigation };
}
