// First / previous / next / last as links to the other pages, "page X of Y", and the page size. The chevrons point
// the way the pages run: right to left, mirrored.
import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon, ChevronsRightIcon, type LucideIcon } from "lucide-react";
import type { TableTranslator } from "./table-translator";
import type { RowData } from "@tanstack/table-core";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { DataTablePageSize, type DataTablePageSizeProps } from "./data-table-page-size";
import type { DataTableInstance } from "./server-table";

export interface DataTablePaginationProps<TData extends RowData> {
  table: DataTableInstance<TData>;
  /** The address of a page (from 0) at the current size. */
  pageHref: (index: number) => string;
  pageSize: Omit<DataTablePageSizeProps, "t">;
  t: TableTranslator;
}

export function DataTablePagination<TData extends RowData>({ table, pageHref, pageSize, t }: DataTablePaginationProps<TData>) {
  const { pageIndex } = table.store.state.pagination;
  const pageCount = Math.max(1, table.getPageCount());
  const canBack = table.getCanPreviousPage();
  const canForward = table.getCanNextPage();

  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <DataTablePageSize {...pageSize} t={t} />
      <nav aria-label={t("pagination.label")} className="flex flex-wrap items-center gap-3">
        <p className="text-sm">{t("pagination.page", { page: pageIndex + 1, pageCount })}</p>
        <ul className="flex gap-1">
          <PagerLink href={pageHref(0)} enabled={canBack} label={t("pagination.first")} icon={ChevronsLeftIcon} />
          <PagerLink href={pageHref(pageIndex - 1)} enabled={canBack} label={t("pagination.previous")} icon={ChevronLeftIcon} />
          <PagerLink href={pageHref(pageIndex + 1)} enabled={canForward} label={t("pagination.next")} icon={ChevronRightIcon} />
          <PagerLink href={pageHref(pageCount - 1)} enabled={canForward} label={t("pagination.last")} icon={ChevronsRightIcon} />
        </ul>
      </nav>
    </div>
  );
}

interface PagerLinkProps {
  href: string;
  enabled: boolean;
  label: string;
  icon: LucideIcon;
}

function PagerLink({ href, enabled, label, icon: Icon }: PagerLinkProps) {
  const className = cn(buttonVariants({ variant: "outline", size: "sm" }), "size-8 px-0");
  const content = (
    <>
      <Icon aria-hidden="true" className="size-4 rtl:-scale-x-100" />
      <span className="sr-only">{label}</span>
    </>
  );
  return (
    <li>
      {enabled ? (
        <a href={href} data-table-link="" className={className} title={label}>
          {content}
        </a>
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
