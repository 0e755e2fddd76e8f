// An export reads the search's ids a slice at a time. A write between two slices shifts the offsets, so the export
// must then neither repeat nor lose an agreement: it reads every id again and leaves out those already given.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SqlFragment } from "@/lib/db/sql/fragments";

const store = { ids: [] as number[], version: 1, queries: 0, writeBeforeQuery: 0 };

vi.mock("server-only", () => ({}));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (_key: string, values: Record<string, string>) => values.visitor }));
vi.mock("@/lib/db/connection", () => ({ prepareConnection: async () => {} }));
vi.mock("@/lib/db/cached-sql", () => ({ getAgreementsVersion: async () => store.version }));
vi.mock("@/lib/db/raw", () => ({
  // The search's ids in order; LIMIT ? OFFSET ? when the fragment has them. A write (a new agreement that sorts
  // first) lands just before the query numbered writeBeforeQuery.
  runSql: async (_client: unknown, { sql, params }: SqlFragment) => {
    if (++store.queries === store.writeBeforeQuery) {
      store.ids.unshift(0);
      store.version++;
    }
    const [limit, offset] = /LIMIT \? OFFSET \?$/.test(sql) ? (params.slice(-2) as [number, number]) : [Number.POSITIVE_INFINITY, 0];
    const rows = store.ids.slice(offset, offset + limit).map((id) => ({ id }));
    return rows;
  },
}));
vi.mock("@/lib/db", () => ({
  db: {
    agreement: {
      findMany: async ({ where }: { where: { id: { in: number[] } } }) =>
        where.id.in.map((id) => ({
          id,
          slug: `a-${id}`,
          title: "",
          titleLanguage: "en",
          parties: [],
          domains: [],
          signedDuringVisit: null,
        })),
    },
  },
}));

const { getAllAgreementRows } = await import("@/lib/agreements/table-queries");
const { parseAgreementSearch } = await import("@/lib/agreements/search-params");

async function exportedIds(): Promise<number[]> {
  const ids: number[] = [];
  for await (const rows of await getAllAgreementRows(parseAgreementSearch(new URLSearchParams()), "en", 700)) {
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

beforeEach(() => {
  store.ids = Array.from({ length: 25_000 }, (_, index) => index + 1);
  store.version = 1;
  store.queries = 0;
  store.writeBeforeQuery = 0;
});

describe("the ids of an export", () => {
  it("are read in slices, each agreement once and in order", async () => {
    expect(await exportedIds()).toEqual(store.ids);
    expect(store.queries).toBe(3);
  });

  it("lose and repeat nothing when a write comes between two slices", async () => {
    // The first slice (1…10,000) is read before the write, the second after it, when its offset is one off.
    store.writeBeforeQuery = 2;
    const ids = await exportedIds();
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
    expect(ids).toEqual([...range(1, 10_000), 0, ...range(10_001, 25_000)]);
  });
});
