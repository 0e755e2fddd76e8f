"use client";
// A server-driven table lives in the URL: its links are real links (they work without JavaScript), and with
// JavaScript they go through `navigate`, which keeps the current rows on screen and reports `isPending`.
import Link from "next/link";
import { createContext, use, type ComponentProps } from "react";
import type { PaginationState, SortingState } from "@tanstack/react-table";

export interface DataTableNavigation {
  /** The address of the table once this sorting or pagination applies. */
  hrefFor: (change: { sorting?: SortingState; pagination?: PaginationState }) => string;
  navigate: (href: string) => void;
  isPending: boolean;
}

const DataTableNavigationContext = createContext<DataTableNavigation | null>(null);

export const DataTableNavigationProvider = DataTableNavigationContext.Provider;

export function useDataTableNavigation(): DataTableNavigation {
  const navigation = use(DataTableNavigationContext);
  if (!navigation) throw new Error("useDataTableNavigation needs a DataTableNavigationProvider");
  return navigation;
}

export type DataTableLinkProps = Omit<ComponentProps<typeof Link>, "href"> & { href: string };

export function DataTableLink({ href, ...props }: DataTableLinkProps) {
  const { navigate } = useDataTableNavigation();
  return (
    <Link
      href={href}
      // Every header and pager link would otherwise prefetch a whole search on the server.
      prefetch={false}
      scroll={false}
      onNavigate={(event) => {
        event.preventDefault();
        navigate(href);
      }}
      {...props}
    />
  );
}
