// A visit as its form sees it, with references by stable names (people's names, country codes, slugs).
// Revisions keep one after each change; comparing two gives the changed fields; writing one back restores it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { VisitInput } from "./schemas";

type Db = Pick<PrismaClient, "visit">;

export type VisitSnapshot = VisitInput & { archived: boolean };

export async function visitSnapshot(db: Db, id: number): Promise<VisitSnapshot | null> {
  const visit = await db.visit.findUnique({
    where: { id },
    include: {
      visitor: true,
      meetings: { orderBy: { position: "asc" }, include: { counterpart: true } },
      agreementsSigned: { select: { slug: true }, orderBy: { slug: "asc" } },
      sources: { include: { source: true }, orderBy: { sourceId: "asc" } },
    },
  });
  if (!visit) return null;
  return {
    visitorName: visit.visitor.name,
    visitorTitleEn: visit.visitorTitleEn,
    visitorTitleFr: visit.visitorTitleFr,
    visitorCountryCode: visit.visitorCountryCode,
    hostCountryCode: visit.hostCountryCode,
    city: visit.city,
    startOn: visit.startOn,
    endOn: visit.endOn,
    kind: visit.kind,
    meetings: visit.meetings.map((meeting) => ({
      counterpartName: meeting.counterpart?.name ?? null,
      counterpartTitleEn: meeting.counterpartTitleEn,
      counterpartTitleFr: meeting.counterpartTitleFr,
      counterpartCountryCode: meeting.counterpartCountryCode,
      summaryEn: meeting.summaryEn,
      summaryFr: meeting.summaryFr,
    })),
    agreements: visit.agreementsSigned.map((agreement) => ({ slug: agreement.slug })),
    sources: visit.sources.map(({ source }) => ({
      sourceId: source.id,
      publisher: source.publisher,
      title: source.title,
      language: source.language,
      publishedOn: source.publishedOn,
      url: source.url,
      excerpt: source.excerpt,
    })),
    summaryEn: visit.summaryEn,
    summaryFr: visit.summaryFr,
    notes: visit.notes,
    notesLanguage: visit.notesLanguage,
    archived: visit.archived,
  };
}
