"use client";
// First / previous / next / last as links to the other pages, "page X of Y", and the page size.
import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon, ChevronsRightIcon, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { RowData } from "@tanstack/react-table";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import type { DataTableInstance } from "./data-table-features";
import { DataTableLink, useDataTableNavigation } from "./data-table-navigation";
import { DataTablePageSize, type DataTablePageSizeProps } from "./data-table-page-size";
import type { PagedSearch } from "./use-search-navigation";

export interface DataTablePaginationProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  pageSizes: DataTablePageSizeProps<TData>["pageSizes"];
  pageSizeForm: DataTablePageSizeProps<TData>["form"];
}

export function DataTablePagination<TData extends RowData>({ table, pageSizes, pageSizeForm }: DataTablePaginationProps<TData>) {
  const t = useTranslations("table.pagination");
  const { searchFor } = useDataTableNavigation();
  const { pageIndex, pageSize } = table.state.pagination;
  const pageCount = Math.max(1, table.getPageCount());
  const page = (index: number) => searchFor({ pagination: { pageIndex: index, pageSize } });
  const canBack = table.getCanPreviousPage();
  const canForward = table.getCanNextPage();

  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <DataTablePageSize table={table} pageSizes={pageSizes} form={pageSizeForm} />
      <nav aria-label={t("label")} className="flex flex-wrap items-center gap-3">
        <p className="text-sm">{t("page", { page: pageIndex + 1, pageCount })}</p>
        <ul className="flex gap-1">
          <PagerLink to={page(0)} enabled={canBack} label={t("first")} icon={ChevronsLeftIcon} />
          <PagerLink to={page(pageIndex - 1)} enabled={canBack} label={t("previous")} icon={ChevronLeftIcon} />
          <PagerLink to={page(pageIndex + 1)} enabled={canForward} label={t("next")} icon={ChevronRightIcon} />
          <PagerLink to={page(pageCount - 1)} enabled={canForward} label={t("last")} icon={ChevronsRightIcon} />
        </ul>
      </nav>
    </div>
  );
}

interface PagerLinkProps {
  to: PagedSearch;
  enabled: boolean;
  label: string;
  icon: LucideIcon;
}

function PagerLink({ to, enabled, label, icon: Icon }: PagerLinkProps) {
  const className = cn(buttonVariants({ variant: "outline", size: "sm" }), "size-8 px-0");
  const content = (
    <>
      <Icon aria-hidden="true" className="size-4" />
      <span className="sr-only">{label}</span>
    </>
  );
  return (
    <li>
      {enabled ? (
        <DataTableLink to={to} className={className} title={label}>
          {content}
        </DataTableLink>
      ) : (
        // No href: not focusable and not followed, yet still announced as an unavailable link.
        // biome-ignore lint/a11y/useValidAnchor: the disabled-link pattern: a link without href, marked aria-disabled.
        <a role="link" aria-disabled="true" className={cn(className, "pointer-events-none opacity-50")}>
          {content}
        </a>
      )}
    </li>
  );
}
