// `npm run db:synth -- --count 250000 --db .tmp/bench.db [--replace] [--seed 1]`
// Fills a separate database with synthetic agreements for benchmarks. It never touches the app's own
// database unless that file is named explicitly together with --allow-dev-db. Bulk loading goes through
// raw better-sqlite3 in one transaction: Prisma's createMany was measured 17–20× slower.
import Database from "better-sqlite3";
import { SingleBar, Presets } from "cli-progress";
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import worldCountries from "world-countries";
import { createPrismaClient } from "@/lib/prisma";
import { seedDatabase } from "@/prisma/seed/seed";
import { personNames, random, synthAgreement, type SynthCountry } from "./synth/generate";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "250000" },
    db: { type: "string" },
    seed: { type: "string", default: "1" },
    replace: { type: "boolean", default: false },
    "allow-dev-db": { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(`db:synth: ${message}`);
  process.exit(2);
}

const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > 5_000_000) fail("--count must be a whole number from 1 to 5,000,000");
if (!values.db) fail("--db <file> is required, e.g. --db .tmp/bench.db");
const file = path.resolve(values.db);
if (file === path.resolve("prisma/dev.db") && !values["allow-dev-db"]) {
  fail("refusing to fill the app's own database; pass --allow-dev-db if that is really what you want");
}
if (existsSync(file)) {
  if (!values.replace) fail(`${values.db} exists; pass --replace to start it anew`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

const started = performance.now();
const url = `file:${file}`;
execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
  env: { ...process.env, DATABASE_URL: url },
  stdio: "ignore",
});
const prisma = createPrismaClient(url);
await seedDatabase(prisma);
await prisma.$disconnect();

const sqlite = new Database(file);
sqlite.pragma("journal_mode = WAL");
sqlite.pragma("synchronous = OFF");
sqlite.pragma("cache_size = -262144");

const capitals = new Map(worldCountries.map((country) => [country.cca2, country.capital[0] ?? null]));
const countries = (sqlite.prepare("SELECT code, nameEn, nameFr FROM Country").all() as Omit<SynthCountry, "capital">[]).map(
  (country) => ({ ...country, capital: capitals.get(country.code) ?? null }),
);
const domains = sqlite.prepare("SELECT id, nameEn, nameFr FROM CooperationDomain").all() as { id: number; nameEn: string; nameFr: string }[];
const rng = random(Number(values.seed));

const insertPerson = sqlite.prepare("INSERT INTO Person (name, updatedAt) VALUES (?, ?)");
const insertAgreement = sqlite.prepare(`INSERT INTO Agreement (slug, title, titleLanguage, titleEn, titleFr, shortName, form,
  legalNature, status, signedOn, placeCity, placeCountryCode, summaryEn, summaryFr, disclosure, searchText, sortTitleEn,
  sortTitleFr, signedDuringVisitId, updatedAt) VALUES (@slug, @title, @titleLanguage, @titleEn, @titleFr, @shortName, @form,
  @legalNature, @status, @signedOn, @placeCity, @placeCountryCode, @summaryEn, @summaryFr, @disclosure, @searchText,
  @sortTitleEn, @sortTitleFr, @visitId, @now)`);
const insertParty = sqlite.prepare("INSERT INTO AgreementParty (agreementId, countryCode, position) VALUES (?, ?, ?)");
const insertDomain = sqlite.prepare("INSERT INTO AgreementDomain (agreementId, domainId, evidence) VALUES (?, ?, ?)");
const insertSignatory = sqlite.prepare(
  "INSERT INTO Signatory (agreementId, personId, countryCode, position) VALUES (?, ?, ?, ?)",
);
const insertVisit = sqlite.prepare(`INSERT INTO Visit (slug, visitorId, visitorCountryCode, hostCountryCode, city, startOn,
  endOn, kind, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);

const bar = new SingleBar({ format: "db:synth [{bar}] {percentage}% | {value}/{total} agreements | {duration}s" }, Presets.shades_classic);
const now = new Date().toISOString();

// Indexes and the search-index triggers are set aside during the load and rebuilt once at the end, which
// is several times faster than maintaining them row by row. Their definitions come from the migrated
// database itself, so the migrations stay the one source of the schema.
const bulkTables = ["Agreement", "AgreementParty", "AgreementDomain", "Signatory", "Visit"];
const deferred = sqlite
  .prepare(
    `SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
      AND tbl_name IN (${bulkTables.map(() => "?").join(", ")})`,
  )
  .all(...bulkTables) as { type: string; name: string; sql: string }[];

sqlite.transaction(() => {
  for (const { type, name } of deferred) sqlite.exec(`DROP ${type.toUpperCase()} "${name}"`);
  const people = personNames(rng, 5000).map((name) => ({ id: Number(insertPerson.run(name, now).lastInsertRowid), name }));
  bar.start(count, 0);
  for (let index = 0; index < count; index++) {
    const { agreement, parties, domains: domainRows, signatories } = synthAgreement(rng, index, countries, domains, people);
    let visitId: number | null = null;
    // About one agreement in ten is signed during an official visit of one party's minister to another.
    if (agreement.signedOn?.length === 10 && parties.length >= 2 && rng.next() < 0.1) {
      const visitor = signatories[0]?.person ?? rng.pick(people);
      visitId = Number(
        insertVisit.run(`synthetic-visit-${index + 1}`, visitor.id, parties[1], parties[0], agreement.placeCity,
          agreement.signedOn, agreement.signedOn, rng.pick(["STATE", "OFFICIAL", "WORKING"]), now).lastInsertRowid,
      );
    }
    const id = Number(insertAgreement.run({ ...agreement, visitId, now }).lastInsertRowid);
    parties.forEach((code, position) => insertParty.run(id, code, position));
    for (const { domainId, evidence } of domainRows) insertDomain.run(id, domainId, evidence);
    signatories.forEach(({ person, countryCode }, position) => insertSignatory.run(id, person.id, countryCode, position));
    if (index % 2000 === 0) bar.update(index);
  }
  bar.update(count);
  bar.stop();
  console.log("db:synth: rebuilding indexes and the search index…");
  for (const { sql } of deferred) sqlite.exec(sql);
  sqlite.exec("INSERT INTO AgreementFts (AgreementFts) VALUES ('rebuild')");
  sqlite.exec(`INSERT INTO ChangeCounter (scope, version) VALUES ('agreements', 1)
    ON CONFLICT (scope) DO UPDATE SET version = version + 1`);
})();
// Planner statistics, so SQLite picks the right indexes on a table of this size.
sqlite.exec("ANALYZE");
sqlite.close();
console.log(`db:synth: ${count.toLocaleString("en")} agreements in ${values.db}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
