// Runs a raw SQL fragment (sql/fragments.ts) through a Prisma client, on either engine. The fragments are written
// once with `?` placeholders and double-quoted identifiers; PostgreSQL numbers its placeholders ($1, $2, …), so
// they are renumbered here for a client on PostgreSQL (client-provider.ts).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { providerOf } from "./client-provider";
import type { SqlFragment } from "./sql/fragments";
import type { DatabaseProvider } from "./url";

/**
 * The statement as an engine takes it: on PostgreSQL each `?` outside quotes becomes `$1`, `$2`, … in order.
 * Quoted identifiers and string literals are copied as they are, so a `?` inside them stays.
 */
export function forEngine(sql: string, provider: DatabaseProvider): string {
  if (provider === "sqlite") return sql;
  let position = 0;
  return sql.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'|\?/g, (token) => (token === "?" ? `$${++position}` : token));
}

export function runSql<T>(client: PrismaClient, fragment: SqlFragment): Promise<T[]> {
  return client.$queryRawUnsafe<T[]>(forEngine(fragment.sql, providerOf(client)), ...fragment.params);
}

/** Runs a statement that returns no rows (INSERT, UPDATE, DELETE); resolves to the number of rows it changed. */
export function executeSql(client: Pick<PrismaClient, "$executeRawUnsafe">, fragment: SqlFragment): Promise<number> {
  return client.$executeRawUnsafe(forEngine(fragment.sql, providerOf(client)), ...fragment.params);
}
