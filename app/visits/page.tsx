import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VisitList } from "@/components/visits/visit-list";
import { getVisitSummaries } from "@/lib/visits/queries";
import { requireReader } from "@/lib/auth/session";
import { hasRole, Role } from "@/lib/auth/roles";
import { VisitEditorLinks } from "@/components/visits/visit-editor-links";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("visits"))("title") };
}

export default async function VisitsPage() {
  const user = await requireReader();
  const t = await getTranslations("visits");
  const visits = await getVisitSummaries();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {hasRole(user, Role.EDITOR) && <VisitEditorLinks />}
      </div>
      <p className="text-muted-foreground">{t("count", { count: visits.length })}</p>
      <VisitList visits={visits} />
    </div>
  );
}
