"use client";
// A server-driven table lives in the URL: its links are real links (they work without JavaScript), and with
// JavaScript they go through `navigate`, which keeps the current rows on screen and reports `isPending`.
import Link from "next/link";
import { createContext, use, type ComponentProps } from "react";
import type { PaginationState, SortingState } from "@tanstack/react-table";
import type { PagedSearch } from "./use-search-navigation";

/**
 * How a table's links move it. They carry searches, not addresses to read back: the browser never parses a
 * table's query, so no parser ships to it. Every search given here comes from the same table (its state, its
 * chips, `searchFor`).
 */
export interface DataTableNavigation {
  /** The table's search once this sorting or pagination applies. */
  searchFor: (change: { sorting?: SortingState; pagination?: PaginationState }) => PagedSearch;
  /** The canonical address of one of the table's searches. */
  href: (search: PagedSearch) => string;
  navigate: (search: PagedSearch) => void;
  isPending: boolean;
}

const DataTableNavigationContext = createContext<DataTableNavigation | null>(null);

export const DataTableNavigationProvider = DataTableNavigationContext.Provider;

export function useDataTableNavigation(): DataTableNavigation {
  const navigation = use(DataTableNavigationContext);
  if (!navigation) throw new Error("useDataTableNavigation needs a DataTableNavigationProvider");
  return navigation;
}

export type DataTableLinkProps = Omit<ComponentProps<typeof Link>, "href"> & { to: PagedSearch };

export function DataTableLink({ to, ...props }: DataTableLinkProps) {
  const { href, navigate } = useDataTableNavigation();
  return (
    <Link
      href={href(to)}
      // Every header and pager link would otherwise prefetch a whole search on the server.
      prefetch={false}
      scroll={false}
      onNavigate={(event) => {
        event.preventDefault();
        navigate(to);
      }}
      {...props}
    />
  );
}
