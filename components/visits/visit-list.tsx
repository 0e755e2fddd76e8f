import { getTranslations } from "next-intl/server";
import type { VisitSummary } from "@/lib/visits/queries";
import { VisitHeading } from "./visit-heading";

export async function VisitList({ visits }: { visits: VisitSummary[] }) {
  const t = await getTranslations("visits");
  if (visits.length === 0) return <p className="text-muted-foreground">{t("empty")}</p>;
  return (
    <ul className="divide-y rounded-md border">
      {visits.map((visit) => (
        <li key={visit.id} className="p-4">
          <VisitHeading visit={visit} />
        </li>
      ))}
    </ul>
  );
}
