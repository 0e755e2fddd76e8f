// Downloads of every agreement matching the current search. Plain links, not router links: the endpoint
// streams a file.
import { DownloadIcon } from "lucide-react";
import type { TableTranslator } from "@/components/data-table/table-translator";
import { buttonVariants } from "@/components/ui/button";
import { agreementsExportHref } from "@/lib/agreements/search-href";
import type { AgreementSearch } from "@/lib/agreements/search-params";

const formats = ["csv", "json"] as const;

export function AgreementsExportLinks({ search, t }: { search: AgreementSearch; t: TableTranslator }) {
  return (
    <div role="group" aria-label={t("export.label")} className="flex items-center gap-2">
      {formats.map((format) => (
        <a
          key={format}
          href={agreementsExportHref(search, format)}
          // The endpoint names the file (Content-Disposition), so no name is suggested here.
          download
          className={buttonVariants({ variant: "outline", size: "sm" })}
        >
          <DownloadIcon aria-hidden="true" className="size-4" />
          {t(`export.${format}`)}
        </a>
      ))}
    </div>
  );
}
