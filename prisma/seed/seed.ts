// Loads the initial data. Safe to run on every start: reference data (countries, cooperation domains) is
// upserted by its natural key, and the Morocco–Israel records are written, in one transaction, only when
// the database does not hold them yet. Records an editor has changed since are never overwritten. A name in a
// language the database was made without (Arabic) is added where it is missing, and search text made by an older
// recipe is rewritten once (search-text-upgrade.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { refreshAgreementSearchText } from "@/lib/agreements/search-text";
import { recountTallies } from "@/lib/agreements/tallies";
import { refreshVisitSearchText } from "@/lib/visits/search-text";
import { bumpChangeVersion } from "@/lib/cache/change-counter";
import { writeTransaction } from "@/lib/db/write";
import { type CountrySeed, unCountries } from "./countries";
import { cooperationDomains, type DomainSeed } from "./domains";
import { type SearchTextUpgrade, upgradeSearchText } from "./search-text-upgrade";
import * as records from "./morocco-israel";
import { agreementSnapshot, snapshotChanges } from "@/lib/agreements/snapshot";
import { visitSnapshot } from "@/lib/visits/snapshot";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface SeedReport {
  countries: number;
  domains: number;
  recordsCreated: boolean;
  /** States and domains given the Arabic name they lacked. */
  arabicNamesAdded: number;
  /** What the search text upgrade rewrote, or null when the stored text was already today's. */
  searchText: SearchTextUpgrade | null;
}

export async function seedDatabase(prisma: PrismaClient, root = process.cwd()): Promise<SeedReport> {
  const communiqueText = await readFile(path.join(root, records.communiqueFile), "utf8");
  const seeded = await writeTransaction(prisma, async (tx) => {
    const countries = unCountries();
    for (const country of countries) {
      await tx.country.upsert({ where: { code: country.code }, create: country, update: {} });
    }
    for (const domain of cooperationDomains) {
      await tx.cooperationDomain.upsert({ where: { slug: domain.slug }, create: domain, update: {} });
    }
    const arabicNamesAdded = await addArabicNames(tx, countries, cooperationDomains);
    const alreadySeeded = await tx.source.findUnique({ where: { key: records.communiqueKey } });
    const notesMarked = alreadySeeded ? await markNotesLanguage(tx) : 0;
    if (!alreadySeeded) {
      await createRecords(tx, communiqueText.trim());
      await recordInitialRevisions(tx);
      await recountTallies(tx);
    }
    // Agreements and visits written before the search text existed (or by hand) get theirs now.
    const unindexed = await tx.agreement.findMany({ where: { searchText: "" }, select: { id: true } });
    await refreshAgreementSearchText(
      tx,
      unindexed.map(({ id }) => id),
    );
    const unindexedVisits = await tx.visit.findMany({ where: { searchText: "" }, select: { id: true } });
    await refreshVisitSearchText(
      tx,
      unindexedVisits.map(({ id }) => id),
    );
    if (!alreadySeeded || unindexed.length > 0 || unindexedVisits.length > 0 || arabicNamesAdded > 0 || notesMarked > 0)
      await bumpChangeVersion(tx, "agreements");
    return { countries: countries.length, domains: cooperationDomains.length, recordsCreated: !alreadySeeded, arabicNamesAdded };
  });
  // After the names it reads are in, and outside that transaction: it makes its own, one per batch.
  return { ...seeded, searchText: await upgradeSearchText(prisma) };
}

/**
 * The Arabic names of the seed's states and domains, on the rows that have none: a database made before Arabic
 * gets them on its next start; a name someone gave since is kept. Resolves to how many were added.
 */
async function addArabicNames(tx: Tx, countries: CountrySeed[], domains: DomainSeed[]): Promise<number> {
  const countryNames = new Map(countries.map((country) => [country.code, country.nameAr]));
  const domainNames = new Map(domains.map((domain) => [domain.slug, domain.nameAr]));
  let added = 0;
  for (const { code } of await tx.country.findMany({ where: { nameAr: null }, select: { code: true } })) {
    const nameAr = countryNames.get(code);
    if (!nameAr) continue;
    await tx.country.update({ where: { code }, data: { nameAr } });
    added++;
  }
  for (const { slug } of await tx.cooperationDomain.findMany({ where: { nameAr: null }, select: { slug: true } })) {
    const nameAr = domainNames.get(slug);
    if (!nameAr) continue;
    await tx.cooperationDomain.update({ where: { slug }, data: { nameAr } });
    added++;
  }
  return added;
}

/**
 * The language of the seed's notes, on a database seeded before notes had one: only where a note is still the
 * seed's own text, so a note an editor has rewritten since, in whatever language, is not labelled English.
 * Resolves to how many rows were marked. (It does not write a revision: the notes' text is unchanged.)
 */
async function markNotesLanguage(tx: Tx): Promise<number> {
  const language = records.notesLanguage;
  let marked = (
    await tx.source.updateMany({
      where: { key: records.communiqueKey, notes: records.communique.notes, notesLanguage: null },
      data: { notesLanguage: language },
    })
  ).count;
  marked += (
    await tx.visit.updateMany({
      where: { slug: records.visit.slug, notes: records.visit.notes, notesLanguage: null },
      data: { notesLanguage: language },
    })
  ).count;
  for (const agreement of records.agreements) {
    marked += (
      await tx.agreement.updateMany({
        where: { slug: agreement.slug, notes: agreement.notes, notesLanguage: null },
        data: { notesLanguage: language },
      })
    ).count;
  }
  for (const link of records.links) {
    marked += (
      await tx.agreementLink.updateMany({
        where: { from: { slug: link.from }, to: { slug: link.to }, kind: link.kind, note: link.note, noteLanguage: null },
        data: { noteLanguage: language },
      })
    ).count;
  }
  return marked;
}

async function createRecords(tx: Tx, communiqueText: string): Promise<void> {
  const source = await tx.source.create({ data: { ...records.communique, excerpt: communiqueText } });

  const personIds: Record<keyof typeof records.people, number> = { gantz: 0, loudyi: 0 };
  for (const [key, person] of Object.entries(records.people) as [keyof typeof records.people, { name: string }][]) {
    const existing = await tx.person.findFirst({ where: { name: person.name } });
    personIds[key] = (existing ?? (await tx.person.create({ data: person }))).id;
  }

  const { meetings, visitor, ...visitFields } = records.visit;
  const visit = await tx.visit.create({
    data: {
      ...visitFields,
      visitorId: personIds[visitor],
      meetings: {
        create: meetings.map(({ counterpart, ...meeting }, position) => ({
          ...meeting,
          counterpartId: counterpart ? personIds[counterpart] : null,
          position,
        })),
      },
      sources: { create: [{ sourceId: source.id }] },
    },
  });

  const domainIds = new Map((await tx.cooperationDomain.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]));
  const agreementIds = new Map<string, number>();
  for (const { parties, signatories, domains, signedDuringVisit, ...fields } of records.agreements) {
    const agreement = await tx.agreement.create({
      data: {
        ...fields,
        signedDuringVisitId: signedDuringVisit ? visit.id : null,
        parties: { create: parties.map((countryCode, position) => ({ countryCode, position })) },
        signatories: {
          create: signatories.map(({ person, ...signatory }, position) => ({
            ...signatory,
            personId: personIds[person],
            position,
          })),
        },
        domains: {
          create: domains.map(({ slug, evidence }) => {
            const domainId = domainIds.get(slug);
            if (domainId === undefined) throw new Error(`Unknown cooperation domain in seed: ${slug}`);
            return { domainId, evidence, evidenceSourceId: source.id };
          }),
        },
        sources: { create: [{ sourceId: source.id }] },
      },
    });
    agreementIds.set(agreement.slug, agreement.id);
  }

  for (const link of records.links) {
    const fromId = agreementIds.get(link.from);
    const toId = agreementIds.get(link.to);
    if (fromId === undefined || toId === undefined) throw new Error(`Seed link names an unknown agreement`);
    await tx.agreementLink.create({ data: { fromId, toId, kind: link.kind, note: link.note, noteLanguage: link.noteLanguage } });
  }
}

/**
 * The seeded records' first revision (version 1, by nobody: the initial data), so their history starts with what
 * the seed wrote, and a form opened on them can show what another editor changed since.
 */
async function recordInitialRevisions(tx: Tx): Promise<void> {
  for (const { id } of await tx.agreement.findMany({ select: { id: true } })) {
    const snapshot = await agreementSnapshot(tx, id);
    if (snapshot)
      await tx.revision.create({
        data: {
          recordKind: "AGREEMENT",
          recordId: id,
          version: 1,
          action: "CREATE",
          changes: JSON.stringify(snapshotChanges(null, snapshot)),
          snapshot: JSON.stringify(snapshot),
        },
      });
  }
  for (const { id } of await tx.visit.findMany({ select: { id: true } })) {
    const snapshot = await visitSnapshot(tx, id);
    if (snapshot)
      await tx.revision.create({
        data: {
          recordKind: "VISIT",
          recordId: id,
          version: 1,
          action: "CREATE",
          changes: JSON.stringify(snapshotChanges(null, snapshot as never)),
          snapshot: JSON.stringify(snapshot),
        },
      });
  }
}
