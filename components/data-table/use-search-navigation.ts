"use client";
// Moves a server-driven table to another search. The URL is the state: every change is a router.push of the
// canonical address, in a transition so the current rows stay until the next ones arrive. The search shown
// meanwhile is optimistic, so successive changes build on each other rather than on the last loaded page.
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useOptimistic, useTransition } from "react";
import type { DataTableNavigation } from "./data-table-navigation";

/** What every table's search holds besides its filters. */
export interface PagedSearch {
  sort: { field: string; desc: boolean };
  page: number;
  size: number;
}

/**
 * A table's URL contract, as the kit needs it: the navigation, the toolbar's GET form and the page size form.
 * Pass a module-level constant: it is a hook dependency.
 */
export interface SearchUrlContract<S extends PagedSearch> {
  /** The table's address without a query. */
  path: string;
  /** The canonical address of a search. */
  href: (search: S) => string;
  /** The canonical query of a search, defaults left out. */
  serialize: (search: Partial<S>) => URLSearchParams;
  sortFields: readonly S["sort"]["field"][];
  pageSizes: readonly S["size"][];
}

export type SearchHistory = { history?: "push" | "replace" };

export function useSearchNavigation<S extends PagedSearch>(committed: S, contract: SearchUrlContract<S>) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [search, setOptimisticSearch] = useOptimistic(committed);

  const navigate = useCallback(
    (next: S, { history = "push" }: SearchHistory = {}) => {
      startTransition(() => {
        setOptimisticSearch(next);
        router[history](contract.href(next), { scroll: false });
      });
    },
    [router, setOptimisticSearch, contract],
  );

  const navigation = useMemo<DataTableNavigation>(
    () => ({
      isPending,
      // The searches the table's links carry are this table's own (see DataTableNavigation).
      href: (to) => contract.href(to as S),
      navigate: (to) => navigate(to as S),
      searchFor: ({ sorting, pagination }) => {
        const next = { ...search };
        const sort = sorting?.[0];
        if (sort && (contract.sortFields as readonly string[]).includes(sort.id)) {
          Object.assign(next, { sort: { field: sort.id, desc: sort.desc }, page: 1 });
        }
        if (pagination) {
          const size = (contract.pageSizes as readonly number[]).includes(pagination.pageSize) ? pagination.pageSize : search.size;
          Object.assign(next, { size, page: size === search.size ? Math.max(1, pagination.pageIndex + 1) : 1 });
        }
        return next;
      },
    }),
    [isPending, navigate, search, contract],
  );

  return { search, isPending, navigate, navigation };
}
