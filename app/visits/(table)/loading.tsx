import { getTranslations } from "next-intl/server";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { StreamedContentWithoutJs } from "@/components/layout/streamed-content-without-js";
import { visitColumnIds } from "@/lib/visits/table-types";

export default async function VisitsLoading() {
  const [tVisits, t] = await Promise.all([getTranslations("visits"), getTranslations("visitsTable")]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{tVisits("title")}</h1>
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <DataTableSkeleton columnCount={visitColumnIds.length} />
      <StreamedContentWithoutJs />
    </div>
  );
}
