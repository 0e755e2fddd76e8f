// Where the embedded SQLite database lives. One rule for the app, the seed, the scripts and the Prisma
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

/** Which engine DATABASE_URL names, in the words Prisma and better-auth use. */
export function databaseProvider(url: string = databaseUrl()): "sqlite" | "postgresql" {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}
