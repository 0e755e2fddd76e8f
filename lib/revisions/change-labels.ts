// The names behind the codes and addresses a list of changes mentions, read with the client it is given: the
// history's reader (lib/revisions/queries.ts) and the writers' conflict answers, inside their transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { FieldChange } from "@/lib/agreements/snapshot";
import { type ChangeLabels, referencesOf } from "./labels";

type Client = Pick<PrismaClient, "country" | "cooperationDomain" | "agreement" | "visit">;
const named = { nameEn: true, nameFr: true, nameAr: true } as const;

export async function loadChangeLabels(client: Client, changes: FieldChange[]): Promise<ChangeLabels> {
  const wanted = referencesOf(changes);
  const [countries, domains, agreements, visits] = await Promise.all([
    wanted.countries.size
      ? client.country.findMany({ where: { code: { in: [...wanted.countries] } }, select: { code: true, ...named } })
      : [],
    wanted.domains.size
      ? client.cooperationDomain.findMany({ where: { slug: { in: [...wanted.domains] } }, select: { slug: true, ...named } })
      : [],
    wanted.agreements.size
      ? client.agreement.findMany({
          where: { slug: { in: [...wanted.agreements] } },
          select: { slug: true, title: true, titleLanguage: true, titleEn: true, titleFr: true, titleAr: true },
        })
      : [],
    wanted.visits.size
      ? client.visit.findMany({
          where: { slug: { in: [...wanted.visits] } },
          select: { slug: true, startOn: true, endOn: true, visitor: { select: { name: true } }, hostCountry: { select: named } },
        })
      : [],
  ]);
  return {
    countries: Object.fromEntries(countries.map(({ code, ...names }) => [code, names])),
    domains: Object.fromEntries(domains.map(({ slug, ...names }) => [slug, names])),
    agreements: Object.fromEntries(agreements.map(({ slug, ...title }) => [slug, title])),
    visits: Object.fromEntries(
      visits.map((visit) => [
        visit.slug,
        { visitorName: visit.visitor.name, host: visit.hostCountry, startOn: visit.startOn, endOn: visit.endOn },
      ]),
    ),
  };
}
