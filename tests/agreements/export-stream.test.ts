// The export is pulled: it reads a batch of agreements only when its reader has taken the one before, so a slow
// or stalled download holds one or two batches in memory, not the whole result.
import { describe, expect, it, vi } from "vitest";
import type { AgreementRow } from "@/lib/agreements/table-types";

const produced = { batches: 0, closed: false };
const batchCount = 50;
const batchSize = 3;

function row(id: number): AgreementRow {
  return {
    id,
    slug: `agreement-${id}`,
    title: `Agreement ${id}`,
    titleLang: "en",
    shortName: null,
    form: "AGREEMENT",
    status: "IN_FORCE",
    signedOn: "2021-11",
    signedOnLabel: "November 2021",
    place: null,
    parties: [],
    domains: [],
    visit: null,
  };
}

vi.mock("server-only", () => ({}));
vi.mock("@/lib/agreements/table-queries", () => ({
  getAllAgreementRows: async () =>
    (async function* () {
      try {
        for (let batch = 0; batch < batchCount; batch++) {
          produced.batches++;
          yield Array.from({ length: batchSize }, (_, index) => row(batch * batchSize + index + 1));
        }
      } finally {
        produced.closed = true;
      }
    })(),
}));

const { exportStream } = await import("@/lib/agreements/export");
const { parseAgreementSearch } = await import("@/lib/agreements/search-parser");

async function settle() {
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
}

function openExport(format: "csv" | "json") {
  produced.batches = 0;
  produced.closed = false;
  return exportStream(format, parseAgreementSearch(new URLSearchParams()), "en", "https://accords.example");
}

describe("the agreements export", () => {
  it("reads no batch ahead of its reader beyond the one it holds ready", async () => {
    const reader = (await openExport("csv")).getReader();
    await settle();
    expect(produced.batches).toBeLessThanOrEqual(1);
    for (let read = 1; read <= 5; read++) {
      await reader.read();
      await settle();
      expect(produced.batches).toBeLessThanOrEqual(read + 1);
    }
    await reader.cancel();
    expect(produced.closed).toBe(true);
    expect(produced.batches).toBeLessThan(batchCount);
  });

  it("gives every agreement once, in order, as CSV and as JSON", async () => {
    const csv = await new Response(await openExport("csv")).text();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + batchCount * batchSize);
    expect(lines[1]!.startsWith("agreement-1,")).toBe(true);
    expect(lines.at(-1)!.startsWith(`agreement-${batchCount * batchSize},`)).toBe(true);

    const json = JSON.parse(await new Response(await openExport("json")).text()) as AgreementRow[];
    expect(json.map((agreement) => agreement.id)).toEqual(Array.from({ length: batchCount * batchSize }, (_, index) => index + 1));
  });
});
