// Reads of official visits.
import "server-only";
import { agreementSummarySelect } from "@/lib/agreements/queries";
import { db } from "@/lib/db";

export type VisitSummary = Awaited<ReturnType<typeof getVisitSummaries>>[number];

export async function getVisitSummaries({ take }: { take?: number } = {}) {
  return db.visit.findMany({
    where: { archived: false },
    include: { visitor: true, visitorCountry: true, hostCountry: true, _count: { select: { agreementsSigned: true } } },
    orderBy: [{ startOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take,
  });
}

export async function getVisitCount(): Promise<number> {
  return db.visit.count({ where: { archived: false } });
}

export type VisitDetail = NonNullable<Awaited<ReturnType<typeof getVisit>>>;

export async function getVisit(slug: string) {
  return db.visit.findUnique({
    where: { slug },
    include: {
      visitor: true,
      visitorCountry: true,
      hostCountry: true,
      meetings: { orderBy: { position: "asc" }, include: { counterpart: true, counterpartCountry: true } },
      agreementsSigned: {
        where: { archived: false },
        orderBy: { signedOn: "asc" },
        select: agreementSummarySelect,
      },
      sources: { include: { source: true } },
    },
  });
}
