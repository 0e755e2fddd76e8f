// Visits of a state or a pair, one heading each (who, to where, when), or a sentence when there is none.
import type { VisitHeadingData } from "@/lib/countries/queries";
import { VisitHeading } from "@/components/visits/visit-heading";

export interface VisitHeadingsProps {
  visits: VisitHeadingData[];
  emptyLabel: string;
}

export function VisitHeadings({ visits, emptyLabel }: VisitHeadingsProps) {
  if (visits.length === 0) return <p className="text-muted-foreground">{emptyLabel}</p>;
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
