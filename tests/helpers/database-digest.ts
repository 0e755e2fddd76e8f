// A digest of every row of every table of a SQLite database: equal digests mean nothing was written in between.
import { createHash } from "node:crypto";
import type Database from "better-sqlite3";

export function databaseDigest(reader: Database.Database): string {
  const hash = createHash("sha256");
  const tables = reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  // Values are tagged by type and joined with separators no stored text contains: faster than JSON, as exact.
  const cell = (value: unknown) =>
    value === null ? "\u0001" : `${typeof value}:${value instanceof Uint8Array ? Buffer.from(value).toString("hex") : value}`;
  for (const table of tables) {
    const rows = reader.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][];
    hash.update(`\u0003${table}\u0003${rows.map((row) => row.map(cell).join("\u0002")).join("\u0003")}`);
  }
  return hash.digest("hex");
}
