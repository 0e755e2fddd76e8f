// `npx tsx scripts/bench-relationships.ts [-- --db .tmp/bench.db --runs 21]`
// Prints the raw SQL time of the pair page (for the pair sharing the most agreements) and of the country page
// (for the state party to the most), as the app runs them uncached: per query and per page, p50 and max.
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { timelinePerYear } from "@/lib/pairs/timeline-limits";
import {
  countryCountsQuery,
  countryDomainsQuery,
  countryIndexQuery,
  countryLatestAgreementsQuery,
  countryLatestVisitsQuery,
  countryPartnersQuery,
  pairCountsQuery,
  pairDomainsQuery,
  pairLatestAgreementsQuery,
  pairTimelineQuery,
  pairUndatedQuery,
  pairVisitsQuery,
} from "@/lib/search/relationship-sql";
import type { SqlFragment } from "@/lib/search/agreement-search";

const { values } = parseArgs({
  options: { db: { type: "string", default: ".tmp/bench.db" }, runs: { type: "string", default: "21" } },
});
const file = path.resolve(values.db);
if (!existsSync(file)) {
  console.error(`bench: ${values.db} does not exist. Make it with: npm run db:synth -- --count 250000 --db ${values.db}`);
  process.exit(2);
}
const runs = Number(values.runs);
const sqlite = new Database(file, { readonly: true });
sqlite.pragma("cache_size = -262144");
sqlite.pragma("mmap_size = 1073741824");

const [busiestPair] = sqlite
  .prepare(
    `SELECT p.countryCode AS a, q.countryCode AS b, COUNT(*) AS count FROM AgreementParty p
     JOIN AgreementParty q ON q.agreementId = p.agreementId AND p.countryCode < q.countryCode
     GROUP BY 1, 2 ORDER BY count DESC LIMIT 1`,
  )
  .all() as { a: string; b: string; count: number }[];
const busiestCountry = sqlite
  .prepare(`SELECT countryCode AS code, COUNT(*) AS count FROM AgreementParty GROUP BY 1 ORDER BY count DESC LIMIT 1`)
  .get() as { code: string; count: number };
const { a, b } = busiestPair!;
const code = busiestCountry.code;

const pages: { name: string; queries: Record<string, SqlFragment> }[] = [
  {
    name: `pair ${a}-${b} (${busiestPair!.count} agreements)`,
    queries: {
      counts: pairCountsQuery(a, b),
      list: pairLatestAgreementsQuery(a, b, 25),
      domains: pairDomainsQuery(a, b),
      visits: pairVisitsQuery(a, b),
      timeline: pairTimelineQuery(a, b, timelinePerYear),
      undated: pairUndatedQuery(a, b, 50),
    },
  },
  {
    name: `country ${code} (${busiestCountry.count} agreements)`,
    queries: {
      counts: countryCountsQuery(code),
      latest: countryLatestAgreementsQuery(code, 10),
      given: countryLatestVisitsQuery(code, "visitor", 10),
      received: countryLatestVisitsQuery(code, "host", 10),
      partners: countryPartnersQuery(code),
      domains: countryDomainsQuery(code),
    },
  },
  { name: "countries index", queries: { index: countryIndexQuery() } },
];

const percentile = (numbers: number[], p: number) =>
  [...numbers].sort((x, y) => x - y)[Math.min(numbers.length - 1, Math.floor(numbers.length * p))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

for (const page of pages) {
  const totals: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let run = 0; run < runs + 1; run++) {
    let total = 0;
    for (const [name, query] of Object.entries(page.queries)) {
      const start = performance.now();
      sqlite.prepare(query.sql).all(...query.params);
      const elapsed = performance.now() - start;
      total += elapsed;
      if (run > 0) perQuery.set(name, [...(perQuery.get(name) ?? []), elapsed]); // the first run warms the cache
    }
    if (run > 0) totals.push(total);
  }
  console.log(`${page.name}: p50 ${ms(percentile(totals, 0.5))}, max ${ms(Math.max(...totals))}`);
  for (const [name, samples] of perQuery) console.log(`  ${name.padEnd(10)} p50 ${ms(percentile(samples, 0.5))}`);
}
sqlite.close();
