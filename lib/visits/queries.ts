// Reads of official visits.
import "server-only";
import { agreementSummarySelect } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { localName, localizedField } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { visitSnapshot } from "./snapshot";
import { formatPartialDateRange } from "@/lib/dates/partial-date";

export async function getVisitSummaries({ take }: { take?: number } = {}) {
  return db.visit.findMany({
    where: { archived: false },
    include: { visitor: true, visitorCountry: true, hostCountry: true },
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

/** Visits whose official, city, countries or address match the words typed, for the form's visit picker. */
export async function lookupVisits(query: string, locale: Locale, take = 15) {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const visits = await db.visit.findMany({
    where: {
      archived: false,
      AND: words.map((word) => ({
        OR: [
          { slug: { contains: word.toLowerCase() } },
          { city: { contains: word } },
          { visitor: { name: { contains: word } } },
          { hostCountry: { [localizedField("name", locale)]: { contains: word } } },
        ],
      })),
    },
    include: { visitor: true, hostCountry: true },
    orderBy: [{ startOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take,
  });
  return visits.map((visit) => ({
    value: visit.slug,
    label: `${visit.visitor.name} — ${localName(locale, visit.hostCountry)}${visit.city ? `, ${visit.city}` : ""}`,
    detail: formatPartialDateRange(visit.startOn, visit.endOn, locale) ?? "",
  }));
}

/** The visit as its edit form starts: every field, and the version it was opened at. */
export async function getVisitForEdit(slug: string) {
  const visit = await db.visit.findUnique({ where: { slug }, select: { id: true, version: true, visitor: { select: { name: true } } } });
  if (!visit) return null;
  const snapshot = await visitSnapshot(db, visit.id);
  return snapshot && { ...visit, slug, snapshot };
}

/** Archived visits, most recently changed first. */
export function getArchivedVisits() {
  return db.visit.findMany({
    where: { archived: true },
    orderBy: { updatedAt: "desc" },
    include: { visitor: true, hostCountry: true },
    take: 500,
  });
}

/** What the visit form offers: states and known people. */
export async function getVisitFormOptions(locale: Locale) {
  const [countries, people] = await Promise.all([
    db.country.findMany({ select: { code: true, nameEn: true, nameFr: true, nameAr: true } }),
    db.person.findMany({ select: { name: true }, orderBy: { name: "asc" }, distinct: ["name"], take: 5000 }),
  ]);
  return {
    countries: countries
      .map((country) => ({ code: country.code, name: localName(locale, country) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    people: people.map((person) => person.name),
  };
}
