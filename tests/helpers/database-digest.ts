// What a test compares to prove that nothing was written: a digest of every row of every model's table, and a
// cheaper marker that moves whenever a write is committed. The tables come from the Prisma models, not from the
// engine's catalog, so both engines digest the same data (SQLite's FTS shadow tables and Prisma's migration table
// are left out: the former follow the models' rows through triggers, the latter changes only on migrating).
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TestDatabase } from "./test-database";

const tables = Object.values(Prisma.ModelName).sort();

// Values are tagged by type and joined with separators no stored text contains: faster than JSON, as exact.
const cell = (value: unknown) =>
  value === null
    ? "\u0001"
    : value instanceof Date
      ? `date:${value.toISOString()}`
      : value instanceof Uint8Array
        ? `bytes:${Buffer.from(value).toString("hex")}`
        : `${typeof value}:${value}`;

export async function databaseDigest(database: TestDatabase): Promise<string> {
  const hash = createHash("sha256");
  const contents = await Promise.all(tables.map((table) => database.query<Record<string, unknown>>(`SELECT * FROM "${table}"`)));
  tables.forEach((table, index) => {
    // Sorted, because PostgreSQL may return a table's rows in another order once they have been updated.
    const rows = contents[index]!.map((row) => Object.values(row).map(cell).join("\u0002")).sort();
    hash.update(`\u0003${table}\u0003${rows.join("\u0003")}`);
  });
  return hash.digest("hex");
}

/**
 * Moves whenever another connection commits a write. SQLite counts commits itself (its data_version). PostgreSQL
 * has no such counter per database, so the marker is each table's row count and newest row version (xmin, the
 * writing transaction): an insert or update makes a newer version, a delete lowers the count. A transaction that
 * inserts and deletes the same row, leaving nothing behind, goes unseen there.
 */
export async function dataVersion(database: TestDatabase): Promise<string> {
  if (database.engine === "sqlite") {
    const [row] = await database.query<{ data_version: number | bigint }>("PRAGMA data_version");
    return String(row!.data_version);
  }
  const rows = await database.query<{ table: string; count: bigint; newest: bigint | null }>(
    tables
      .map(
        (table) => `SELECT '${table}' AS "table", COUNT(*) AS "count", MAX(CAST(CAST(xmin AS TEXT) AS BIGINT)) AS "newest" FROM "${table}"`,
      )
      .join(" UNION ALL "),
  );
  return rows
    .map((row) => `${row.table}:${row.count}:${row.newest}`)
    .sort()
    .join(",");
}

/**
 * The digest as of now, taken again only once the data version has moved: an unmoved version means nothing was
 * committed, so the rows are as they were. Writes must come through another connection than `query`'s (the app's
 * client), since SQLite's data_version does not count a connection's own commits.
 */
export function cachedDigest(database: TestDatabase): () => Promise<string> {
  let cached: { version: string; digest: string } | null = null;
  return async () => {
    const version = await dataVersion(database);
    if (cached?.version !== version) cached = { version, digest: await databaseDigest(database) };
    return cached.digest;
  };
}
