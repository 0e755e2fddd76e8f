import { getTranslations } from "next-intl/server";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { StreamedContentWithoutJs } from "@/components/layout/streamed-content-without-js";
import { agreementColumnIds } from "@/lib/agreements/table-types";

export default async function AgreementsLoading() {
  const [tAgreements, t] = await Promise.all([getTranslations("agreements"), getTranslations("table")]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{tAgreements("title")}</h1>
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <DataTableSkeleton columnCount={agreementColumnIds.length} />
      <StreamedContentWithoutJs />
    </div>
  );
}
