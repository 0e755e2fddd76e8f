import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI downloads a native `schema-engine` binary from Prisma's servers, which this
// environment cannot reach. prisma/engine/schema-engine.mjs stands in for it by running the
// same engine compiled to WebAssembly. An explicit PRISMA_SCHEMA_ENGINE_BINARY wins, and
// PRISMA_NATIVE_ENGINE=1 keeps Prisma's own download for machines that can reach it.
// (The CLI loads this file before it looks for the engine, so setting the variable here works.)
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && process.env.PRISMA_NATIVE_ENGINE !== '1') {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(new URL('./prisma/engine/schema-engine.mjs', import.meta.url));
}

// Relative SQLite paths are relative to the project root (this file's directory), for both:
// - the CLI, which runs the schema engine with its working directory set to the directory of
//   this config file (with `--config`) or to the current directory (without it: run prisma
//   from the project root, where this file is found);
// - the app, whose PrismaBetterSqlite3 adapter opens the path against process.cwd(), which is
//   the project root for `next dev` / `next start` / npm scripts.
// The default therefore names the same file, <root>/prisma/dev.db, on both sides. Use an
// absolute path (file:/abs/path.db) in DATABASE_URL to be independent of the working directory.
const DEFAULT_DATABASE_URL = 'file:./prisma/dev.db';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  // The full-text indexes (see the agreement_search and visit_search migrations) live outside the Prisma
  // schema; these are the tables SQLite's FTS5 creates for them.
  experimental: { externalTables: true },
  tables: {
    external: [
      'AgreementFts', 'AgreementFts_config', 'AgreementFts_data', 'AgreementFts_docsize', 'AgreementFts_idx',
      'VisitFts', 'VisitFts_config', 'VisitFts_data', 'VisitFts_docsize', 'VisitFts_idx',
    ],
  },
  datasource: {
    url: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  },
});
