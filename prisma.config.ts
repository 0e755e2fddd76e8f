import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { databaseProvider, databaseUrl } from "./lib/db/url";

// Prisma 7's CLI downloads a native `schema-engine` binary from Prisma's servers, which this
// environment cannot reach. prisma/engine/schema-engine.mjs stands in for it by running the
// same engine compiled to WebAssembly. An explicit PRISMA_SCHEMA_ENGINE_BINARY wins, and
// PRISMA_NATIVE_ENGINE=1 keeps Prisma's own download for machines that can reach it.
// (The CLI loads this file before it looks for the engine, so setting the variable here works.)
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && process.env.PRISMA_NATIVE_ENGINE !== "1") {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(new URL("./prisma/engine/schema-engine.mjs", import.meta.url));
}

// DATABASE_URL chooses the engine, and with it the schema folder (a datasource, a generator and the shared
// models), the migrations and the tables Prisma must leave alone.
const url = databaseUrl();
const provider = databaseProvider(url);

export default defineConfig({
  schema: `prisma/${provider}`,
  migrations: {
    path: `prisma/${provider}/migrations`,
    seed: "tsx prisma/seed.ts",
  },
  // SQLite's full-text indexes (see its agreement_search, visit_search and search_inside_words migrations) live
  // outside the Prisma schema; these are the tables FTS5 creates for them. PostgreSQL's trigram indexes are
  // ordinary indexes of ordinary tables and need no such list.
  experimental: { externalTables: true },
  tables: {
    external:
      provider === "sqlite"
        ? ["Agreement", "Visit"].flatMap((table) => ["", "_config", "_data", "_docsize", "_idx"].map((suffix) => `${table}Fts${suffix}`))
        : [],
  },
  datasource: {
    // The app's own rule (lib/db/url.ts), so the CLI migrates the database the app opens. For SQLite it hands the
    // engine an absolute path, which the engine would otherwise resolve against its own working directory.
    url,
    // `migrate dev` and `migrate diff --from-migrations` replay the migrations on an empty database: SQLite makes
    // one on its own, PostgreSQL needs one named (which they empty first).
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL?.trim() || undefined,
  },
});
