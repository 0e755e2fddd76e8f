import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/db/url";

// Prisma 7's CLI downloads a native `schema-engine` binary from Prisma's servers, which this
// environment cannot reach. prisma/engine/schema-engine.mjs stands in for it by running the
// same engine compiled to WebAssembly. An explicit PRISMA_SCHEMA_ENGINE_BINARY wins, and
// PRISMA_NATIVE_ENGINE=1 keeps Prisma's own download for machines that can reach it.
// (The CLI loads this file before it looks for the engine, so setting the variable here works.)
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && process.env.PRISMA_NATIVE_ENGINE !== "1") {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(new URL("./prisma/engine/schema-engine.mjs", import.meta.url));
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  // The full-text indexes (see the agreement_search, visit_search and search_inside_words migrations) live
  // outside the Prisma schema; these are the tables SQLite's FTS5 creates for them.
  experimental: { externalTables: true },
  tables: {
    external: [
      "AgreementFts",
      "AgreementFts_config",
      "AgreementFts_data",
      "AgreementFts_docsize",
      "AgreementFts_idx",
      "VisitFts",
      "VisitFts_config",
      "VisitFts_data",
      "VisitFts_docsize",
      "VisitFts_idx",
    ],
  },
  datasource: {
    // The app's own rule (lib/db/url.ts), so the CLI migrates the file the app opens. It hands the
    // engine an absolute path, which the engine would otherwise resolve against its own working directory.
    url: databaseUrl(),
  },
});
