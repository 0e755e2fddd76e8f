// Which database the app opens, and so which engine. One rule for the app, the seed, the scripts and the Prisma
// CLI (prisma.config.ts calls this too): DATABASE_URL when set and not blank, otherwise prisma/dev.db; a
// relative `file:` path is resolved against the current directory, which npm scripts and `next start` set
// to the project root. Keep this module free of `@/` imports: the CLI loads it without the app's aliases.
import path from "node:path";

export const defaultDatabaseUrl = "file:./prisma/dev.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || defaultDatabaseUrl;
  if (!url.startsWith("file:")) return url;
  const file = url.slice("file:".length);
  if (file === ":memory:" || path.isAbsolute(file)) return url;
  return `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}

export type DatabaseProvider = "sqlite" | "postgresql";

/** Which engine a database URL names, in the words Prisma and better-auth use; anything else is refused by name. */
export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not "${url.split(":")[0]}:".`);
}
