import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementList } from "@/components/agreements/agreement-list";
import { getAgreementSummaries } from "@/lib/agreements/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("title") };
}

export default async function AgreementsPage() {
  const t = await getTranslations("agreements");
  const agreements = await getAgreementSummaries();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-muted-foreground" role="status">{t("count", { count: agreements.length })}</p>
      <AgreementList agreements={agreements} />
    </div>
  );
}
