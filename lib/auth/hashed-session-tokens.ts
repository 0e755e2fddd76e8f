// Session tokens are kept in the database as their SHA-256 hash, so that whoever reads the database (a copy of
// the file, a backup) holds no live session. better-auth 1.7 has no setting for it (it can hash verification
// values, not session tokens), so this wraps its database adapter. For the session model only, it hashes
// `token` in what is written and in `where`, and puts the raw token back into what is read whenever the
// caller gave it (a session just made, a session looked up or updated by its token): better-auth writes the
// cookie from those results and compares their token with the cookie's, so they must carry the raw one.
//
// A session read without naming its token (a user's sessions, by userId) carries the hash: it names the row
// but does not open it. So better-auth's list-sessions and revoke-by-listed-token routes would not work; the
// app mounts no routes and never calls them, and revokes by user (password change, admin reset) instead.
import { createHash } from "node:crypto";
import type { DBAdapter, DBAdapterInstance, DBTransactionAdapter, Where } from "better-auth";

const sessionModel = "session";
const tokenField = "token";

/** How a session token is stored. */
export function hashSessionToken(token: string): string {
  // A token is 32 random letters and digits (about 190 bits): no one can guess one back from its hash, so a
  // fast hash without salt or key is enough, and a token always finds its row.
  return createHash("sha256").update(token).digest("hex");
}

/** A better-auth `database` option that stores session tokens hashed. */
export function withHashedSessionTokens(database: DBAdapterInstance): DBAdapterInstance {
  return (options) => hashSessionTokens(database(options));
}

const hashingAdapters = new WeakSet<object>();

/**
 * Makes `adapter` store session tokens hashed. It is changed in place rather than copied: better-auth keeps its
 * schema check keyed on the adapter object, and an adapter without real transactions hands itself to the
 * transaction's callback, which must not hash a second time.
 */
export function hashSessionTokens<Adapter extends DBAdapter | DBTransactionAdapter>(adapter: Adapter): Adapter {
  if (hashingAdapters.has(adapter)) return adapter;
  hashingAdapters.add(adapter);
  adapter.create = hashingTokens(adapter.create);
  adapter.findOne = hashingTokens(adapter.findOne);
  adapter.findMany = hashingTokens(adapter.findMany);
  adapter.count = hashingTokens(adapter.count);
  adapter.update = hashingTokens(adapter.update);
  adapter.updateMany = hashingTokens(adapter.updateMany);
  adapter.delete = hashingTokens(adapter.delete);
  adapter.deleteMany = hashingTokens(adapter.deleteMany);
  adapter.consumeOne = hashingTokens(adapter.consumeOne);
  adapter.incrementOne = hashingTokens(adapter.incrementOne);
  if ("transaction" in adapter) {
    const transaction = adapter.transaction;
    adapter.transaction = (callback) => transaction((trx) => callback(hashSessionTokens(trx)));
  }
  return adapter;
}

type Row = Record<string, unknown>;

/** Every adapter method takes one object: the model, and some of a where clause, a row, changes. */
interface Query {
  model: string;
  where?: Where[];
  data?: Row;
  update?: Row;
  set?: Row;
}

function hashingTokens<Method extends (query: never) => Promise<unknown>>(method: Method): Method {
  const run = method as unknown as (query: Query) => Promise<unknown>;
  const hashing = async (query: Query) => {
    if (query.model !== sessionModel) return run(query);
    // The raw token of each hash this query wrote or looked for, to put back into what it reads.
    const rawTokens = new Map<string, string>();
    const remember = (token: string) => {
      const hash = hashSessionToken(token);
      rawTokens.set(hash, token);
      return hash;
    };
    const result = await run({
      ...query,
      ...(query.where && { where: query.where.map((clause) => hashWhere(clause, remember)) }),
      ...(query.data && { data: hashRow(query.data, remember) }),
      ...(query.update && { update: hashRow(query.update, remember) }),
      ...(query.set && { set: hashRow(query.set, remember) }),
    });
    return restoreTokens(result, rawTokens);
  };
  return hashing as unknown as Method;
}

function hashWhere(clause: Where, remember: (token: string) => string): Where {
  if (clause.field !== tokenField) return clause;
  const operator = clause.operator ?? "eq";
  const { value } = clause;
  if ((operator === "eq" || operator === "ne") && typeof value === "string") return { ...clause, value: remember(value) };
  if ((operator === "in" || operator === "not_in") && Array.isArray(value)) {
    return { ...clause, value: (value as (string | number)[]).map((token) => remember(String(token))) };
  }
  // A pattern or an ordering means nothing on a hash: better to refuse than to match the wrong sessions.
  throw new Error(`Session tokens are stored hashed: they cannot be matched with "${operator}"`);
}

function hashRow(row: Row, remember: (token: string) => string): Row {
  const token = row[tokenField];
  return typeof token === "string" ? { ...row, [tokenField]: remember(token) } : row;
}

function restoreTokens(result: unknown, rawTokens: Map<string, string>): unknown {
  if (Array.isArray(result)) return result.map((row) => restoreTokens(row, rawTokens));
  if (!result || typeof result !== "object") return result;
  const stored = (result as Row)[tokenField];
  const raw = typeof stored === "string" ? rawTokens.get(stored) : undefined;
  return raw === undefined ? result : { ...result, [tokenField]: raw };
}
