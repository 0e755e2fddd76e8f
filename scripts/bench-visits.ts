// `npx tsx scripts/bench-visits.ts [--db .tmp/bench.db --runs 7]`
// Prints the raw SQL time (median, ms) of the visits table's page ids and count for a fixed set of views on a
// synthetic database (make one with `npm run db:synth`), with the SQLite settings the app uses.
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { visitCountQuery, visitPageQuery } from "@/lib/search/visit-search";
import { parseVisitSearch } from "@/lib/visits/search-params";

const { values } = parseArgs({
  options: { db: { type: "string", default: ".tmp/bench.db" }, runs: { type: "string", default: "7" } },
});

export const visitViews: { name: string; query: string }[] = [
  { name: "default", query: "" },
  { name: "common word", query: "q=republic" },
  { name: "two words, accents", query: "q=côte ivoire" },
  { name: "rare word", query: "q=gantz" },
  { name: "visitor", query: "visitor=fr" },
  { name: "host + kind", query: "host=ma&kind=OFFICIAL" },
  { name: "years", query: "from=2000&to=2010" },
  { name: "deep page", query: "page=400&size=50" },
  { name: "sort by official", query: "sort=official" },
  { name: "sort by host, fr", query: "sort=-host" },
  { name: "every filter", query: "q=minister&visitor=fr&host=ma&kind=STATE&from=1990&to=2020&sort=city" },
];

const file = path.resolve(values.db);
if (!existsSync(file)) {
  console.error(`bench-visits: ${values.db} does not exist. Make it with: npm run db:synth -- --count 250000 --db ${values.db}`);
  process.exit(2);
}
const runs = Number(values.runs);
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

const sqlite = new Database(file, { readonly: true });
sqlite.pragma("cache_size = -262144");
sqlite.pragma("mmap_size = 1073741824");
const visits = (sqlite.prepare("SELECT COUNT(*) AS n FROM Visit").get() as { n: number }).n;
console.log(`${visits} visits in ${values.db}; raw SQL, page ids + count, median of ${runs} runs`);
for (const view of visitViews) {
  const search = parseVisitSearch(new URLSearchParams(view.query));
  const locale = view.name.endsWith("fr") ? "fr" : "en";
  const queries = [visitPageQuery(search, locale, (search.page - 1) * search.size), visitCountQuery(search)];
  const samples: number[] = [];
  let total = 0;
  for (let run = 0; run < runs + 1; run++) {
    const start = performance.now();
    sqlite.prepare(queries[0]!.sql).all(...queries[0]!.params);
    total = (sqlite.prepare(queries[1]!.sql).get(...queries[1]!.params) as { total: number }).total;
    if (run > 0) samples.push(performance.now() - start); // the first run warms the cache
  }
  console.log(`${view.name.padEnd(20)} ${view.query.padEnd(70)} ${median(samples).toFixed(2).padStart(8)} ms  ${total} visits`);
}
sqlite.close();
