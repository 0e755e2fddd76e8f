// The rows of the table and of its export, read on a migrated database of the engine under test: the seed and
// 1,200 made agreements. An export and the table's pages give the same rows in the same order; an export reads one
// snapshot of the database, so writes made while it runs are left out whole (nothing repeated, nothing lost); and
// an export stopped half-way closes its connection.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bumpChangeVersion } from "@/lib/cache/change-counter";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "../helpers/test-database";

const database = await createTestDatabase();
vi.mock("server-only", () => ({}));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (_key: string, values: Record<string, string>) => `${values.visitor} to ${values.host}`,
}));
vi.mock("@/lib/db", () => ({
  get db() {
    return database.prisma();
  },
}));
// The snapshot reader opens DATABASE_URL, as the app does.
process.env.DATABASE_URL = database.url;

const { getAgreementPage, getAllAgreementRows } = await import("@/lib/agreements/table-queries");
const { parseAgreementSearch } = await import("@/lib/agreements/search-parser");
const { getChangeVersion } = await import("@/lib/cache/change-counter");
import type { AgreementRow } from "@/lib/agreements/table-types";

const made = 1200;
const everything = parseAgreementSearch(new URLSearchParams());

async function exported(batchSize = 100, during?: (batch: number) => Promise<void>): Promise<AgreementRow[]> {
  const rows: AgreementRow[] = [];
  let batch = 0;
  for await (const rowsOfBatch of await getAllAgreementRows(everything, "en", batchSize)) {
    rows.push(...rowsOfBatch);
    await during?.(++batch);
  }
  return rows;
}

async function paged(size: 25 | 50 | 100): Promise<AgreementRow[]> {
  const rows: AgreementRow[] = [];
  const version = await getChangeVersion(database.prisma(), "agreements");
  for (let page = 1; ; page++) {
    const result = await getAgreementPage({ ...everything, page, size }, "en", version);
    rows.push(...result.rows);
    if (page >= result.pageCount) return rows;
  }
}

/** An agreement signed on `signedOn` between Morocco and France, in the training domain. */
async function addAgreement(slug: string, signedOn: string) {
  const prisma = database.prisma();
  const training = await prisma.cooperationDomain.findUniqueOrThrow({ where: { slug: "training" } });
  await prisma.agreement.create({
    data: {
      slug,
      title: slug,
      titleLanguage: "en",
      form: "AGREEMENT",
      status: "SIGNED",
      signedOn,
      parties: {
        create: [
          { countryCode: "MA", position: 0 },
          { countryCode: "FR", position: 1 },
        ],
      },
      domains: { create: [{ domainId: training.id }] },
    },
  });
  await bumpChangeVersion(prisma, "agreements");
}

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  const prisma = database.prisma();
  await seedDatabase(prisma);
  const domains = await prisma.cooperationDomain.findMany({ orderBy: { slug: "asc" } });
  const codes = ["DE", "FR", "IL", "MA", "US"];
  await prisma.agreement.createMany({
    data: Array.from({ length: made }, (_, index) => ({
      slug: `made-${index}`,
      title: `Made ${index}`,
      titleLanguage: "fr",
      titleEn: index % 2 === 0 ? `Made ${index} (English)` : null,
      form: "AGREEMENT" as const,
      status: "SIGNED" as const,
      // Many share a date, so the order also rests on the id.
      signedOn: index % 7 === 0 ? null : `20${String(10 + (index % 13)).padStart(2, "0")}-0${1 + (index % 9)}`,
      placeCity: index % 3 === 0 ? "Paris" : null,
      placeCountryCode: index % 3 === 0 ? "FR" : null,
    })),
  });
  const ids = (
    await prisma.agreement.findMany({ where: { slug: { startsWith: "made-" } }, select: { id: true }, orderBy: { id: "asc" } })
  ).map(({ id }) => id);
  await prisma.agreementParty.createMany({
    data: ids.flatMap((id, index) => [
      { agreementId: id, countryCode: codes[index % 5]!, position: 1 },
      { agreementId: id, countryCode: codes[(index + 2) % 5]!, position: 0 },
    ]),
  });
  await prisma.agreementDomain.createMany({
    data: ids
      .flatMap((id, index) =>
        [domains[index % domains.length]!, domains[(index * 5 + 1) % domains.length]!].map((domain) => ({
          agreementId: id,
          domainId: domain.id,
        })),
      )
      .filter(
        (link, index, links) =>
          links.findIndex((other) => other.agreementId === link.agreementId && other.domainId === link.domainId) === index,
      ),
  });
  await bumpChangeVersion(prisma, "agreements");
}, 120_000);
afterAll(() => database.remove());

describe("the rows of the table and its export", () => {
  it("are the same rows in the same order, whatever the batch and page sizes", async () => {
    const rows = await exported(100);
    expect(rows).toHaveLength(made + 4);
    expect(await paged(100)).toEqual(rows);
    expect(await exported(333)).toEqual(rows);
  });

  it("show the seed's memorandum with its parties in order, its domains by slug, its place and its visit", async () => {
    const mou = (await exported()).find((row) => row.slug === "ma-il-defence-mou-2021");
    expect(mou).toMatchObject({
      title: "Memorandum of understanding in the field of defence",
      titleLang: "en",
      signedOn: "2021-11-24",
      signedOnLabel: "24 November 2021",
      place: "Rabat, Morocco",
      parties: [
        { code: "MA", name: "Morocco" },
        { code: "IL", name: "Israel" },
      ],
      domains: ["defence-industry", "expertise-exchange", "technology-transfer", "training"].map((slug) =>
        expect.objectContaining({ slug }),
      ),
      visit: { slug: "2021-11-gantz-morocco", label: "Benjamin Gantz to Morocco" },
    });
  });

  it("keep each made agreement's parties by position and its title in the reader's language", async () => {
    const rows = await exported();
    const zero = rows.find((row) => row.slug === "made-0")!;
    expect(zero.parties.map((party) => party.code)).toEqual(["IL", "DE"]);
    expect(zero).toMatchObject({ title: "Made 0 (English)", titleLang: "en", place: "Paris, France" });
    expect(rows.find((row) => row.slug === "made-1")).toMatchObject({ title: "Made 1", titleLang: "fr", place: null });
  });
});

describe("an export", () => {
  it("is one snapshot: agreements added, archived or deleted while it runs are left out whole", async () => {
    const before = await exported();
    const last = before.at(-1)!;
    const middle = before[600]!;
    const rows = await exported(100, async (batch) => {
      if (batch !== 1) return;
      // After the first batch: one that sorts first (the offsets of later slices would shift), one archived and one
      // deleted further down.
      await addAgreement("added-during-export", "2099-01-01");
      await database.prisma().agreement.update({ where: { id: middle.id }, data: { archived: true } });
      await database.prisma().agreement.delete({ where: { id: last.id } });
    });
    expect(rows.map((row) => row.id)).toEqual(before.map((row) => row.id));
    expect(rows).toEqual(before);

    const after = (await exported()).map((row) => row.slug);
    expect(after[0]).toBe("added-during-export");
    expect(after).not.toContain(middle.slug);
    expect(after).not.toContain(last.slug);
    expect(after).toHaveLength(before.length - 1);
  });

  it("closes its connection when the reader stops half-way", async () => {
    const batches = await getAllAgreementRows(everything, "en", 100);
    expect((await batches.next()).done).toBe(false);
    expect(await openReads()).toBe(1);
    await batches.return(undefined);
    expect(await openReads()).toBe(0);
  });
});

describe("a snapshot reader", () => {
  it("reads a statement a batch at a time, all of it and in order, and can stop half-way", async () => {
    const { openSnapshotReader } = await import("@/lib/db/snapshot-reader");
    const expected = (await database.prisma().agreement.findMany({ select: { id: true }, orderBy: { id: "desc" } })).map(({ id }) => id);
    const statement = { sql: `SELECT "id" AS "id" FROM "Agreement" WHERE "id" > ? ORDER BY "id" DESC`, params: [0] };
    const reader = await openSnapshotReader(database.url);
    const readAll = async (size: number) => {
      const cursor = await reader.cursor<{ id: number }>(statement, size);
      const batches: number[][] = [];
      for (let batch = await cursor.next(); batch; batch = await cursor.next()) batches.push(batch.map((row) => Number(row.id)));
      expect(await cursor.next()).toBeNull();
      return batches;
    };
    try {
      const batches = await readAll(97);
      expect(batches.flat()).toEqual(expected);
      expect(batches.slice(0, -1).every((batch) => batch.length === 97)).toBe(true);
      // Stopped after its first batch, then read again whole on the same reader.
      const first = await reader.cursor<{ id: number }>(statement, 10);
      expect((await first.next())?.map((row) => Number(row.id))).toEqual(expected.slice(0, 10));
      await first.close();
      expect(await first.next()).toBeNull();
      expect((await readAll(500)).flat()).toEqual(expected);
    } finally {
      await reader.close();
    }
  });
});

/** Snapshot readers still open on the test's database. */
async function openReads(): Promise<number> {
  if (database.engine === "sqlite") {
    // A reader in a transaction keeps a checkpoint from emptying the write-ahead log: busy = 1.
    await addAgreement(`checkpoint-${Date.now()}`, "1990");
    const [result] = await database.query<{ busy: number }>("PRAGMA wal_checkpoint(TRUNCATE)");
    return result!.busy;
  }
  const [result] = await database.query<{ count: number }>(
    `SELECT COUNT(*) AS "count" FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
  );
  return result!.count;
}
