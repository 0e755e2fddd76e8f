// Visits, one heading each (who, to where, when), or a sentence when there is none.
import { getTranslations } from "next-intl/server";
import { VisitHeading, type VisitHeadingProps } from "./visit-heading";

export interface VisitListProps {
  visits: VisitHeadingProps["visit"][];
  /** What to say when there is no visit; "No visit has been recorded yet." by default. */
  emptyLabel?: string;
}

export async function VisitList({ visits, emptyLabel }: VisitListProps) {
  const t = await getTranslations("visits");
  if (visits.length === 0) return <p className="text-muted-foreground">{emptyLabel ?? t("empty")}</p>;
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
