// The browser tests' throw-away databases, on the engine the tests were started with (lib/db/url.ts's rule:
// postgresql:// is PostgreSQL, anything else SQLite). On SQLite, files in .tmp; on PostgreSQL, databases on the
// server DATABASE_URL points at, named after its database with a suffix (accords_e2e, accords_e2e_fresh…), so the
// named database itself, perhaps someone's development data, is never touched, and two checkouts can share a
// server under different names. Read by playwright.config.ts, scripts/e2e-prepare.mjs and the fixtures that read
// a database directly.
import path from "node:path";

/** What each database is for: scripts/e2e-prepare.mjs says how each is made. */
const roles = /** @type {const} */ (["seeded", "fresh", "writes", "probe", "shared"]);

/** @param {string} url */
export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * The database URL the browser tests were started with. Each app server gets its own database as DATABASE_URL,
 * so playwright.config.ts passes the original on as E2E_DATABASE_URL, which wins.
 * @param {NodeJS.ProcessEnv} env
 */
export function e2eBaseUrl(env = process.env) {
  return (env.E2E_DATABASE_URL ?? env.DATABASE_URL ?? "").trim();
}

/**
 * The URL of each of the browser tests' databases.
 * @param {NodeJS.ProcessEnv} env
 * @returns {Record<(typeof roles)[number], string>}
 */
export function e2eDatabaseUrls(env = process.env) {
  const base = e2eBaseUrl(env);
  /** @param {(typeof roles)[number]} role */
  const urlOf = (role) => {
    const suffix = role === "seeded" ? "" : `-${role}`;
    if (!isPostgresUrl(base)) return `file:${path.resolve(`.tmp/e2e${suffix}.db`)}`;
    const url = new URL(base);
    url.pathname = `/${encodeURIComponent(`${postgresDatabaseName(base) || "accords"}_e2e${suffix.replace("-", "_")}`)}`;
    return url.toString();
  };
  return /** @type {Record<(typeof roles)[number], string>} */ (Object.fromEntries(roles.map((role) => [role, urlOf(role)])));
}

/** A PostgreSQL URL's database name. @param {string} url */
export function postgresDatabaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}
