// Brings a new SQLite file to the schema of prisma/sqlite/migrations the way `prisma migrate deploy` does: each
// migration.sql in name order, recorded in _prisma_migrations with its SHA-256 checksum, so that
// `prisma migrate status` reports the database as up to date. Done in-process because the CLI starts the
// WebAssembly schema engine, which takes seconds; the migrations stay the one source of the schema.
import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SQLITE_MIGRATIONS_TABLE } from "@/prisma/engine/wasm-engine.mjs";

// Prisma writes its timestamps as RFC 3339 with milliseconds and an explicit offset.
const timestamp = () => new Date().toISOString().replace("Z", "+00:00");

export function applyMigrations(file: string, directory = "prisma/sqlite/migrations"): void {
  const migrations = readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const sqlite = new Database(file);
  try {
    // A throw-away file until the load finishes, so nothing needs to reach the disk safely yet.
    sqlite.pragma("synchronous = OFF");
    sqlite.exec(SQLITE_MIGRATIONS_TABLE);
    const start = sqlite.prepare(
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, 0)",
    );
    const finish = sqlite.prepare("UPDATE _prisma_migrations SET finished_at = ?, applied_steps_count = 1 WHERE id = ?");
    for (const name of migrations) {
      const script = readFileSync(path.join(directory, name, "migration.sql"));
      const id = randomUUID();
      start.run(id, createHash("sha256").update(script).digest("hex"), name, timestamp());
      sqlite.exec(script.toString("utf8"));
      finish.run(timestamp(), id);
    }
  } finally {
    sqlite.close();
  }
}
