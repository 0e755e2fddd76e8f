// Reads on PostgreSQL streaming replicas (DATABASE_REPLICA_URLS), everything else on the primary, behind the same
// `db` the readers already import. A replica serves a request only once its copy of the agreements' change counter
// has reached the primary's: every write to the agreements' data bumps that counter in its own transaction, and a
// replica replays the primary's transactions in commit order, so such a replica holds every write committed before
// the request began, this server's own save and any other server's alike. The check is two one-row reads in
// parallel (the primary's counter and each replica's), made once per request (React's cache, scoped to the
// request's render) and again after any write this process makes. Otherwise the primary serves: no sticky sessions,
// no lag window.
import { cache } from "react";
import { getChangeVersion } from "@/lib/cache/change-counter";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { providerOf, recordProvider } from "./client-provider";
import { databaseProvider, databaseUrl } from "./url";

/**
 * Models whose every write also bumps the change counter (lib/agreements/save.ts, lib/visits/save.ts,
 * lib/domains/actions.ts, the seed). Accounts, sessions, sign-in attempts and settings are written without it, so
 * they, like the counter itself, are always read on the primary: a session created there is found at once.
 */
const countedModels = new Set([
  "agreement",
  "agreementDomain",
  "agreementLink",
  "agreementParty",
  "agreementSource",
  "cooperationDomain",
  "country",
  "meeting",
  "person",
  "revision",
  "signatory",
  "source",
  "visit",
  "visitSource",
]);
const readOperations = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);
// Raw statements may write (INSERT … RETURNING through $queryRaw): like transactions, they run on the primary.
const primaryStatements = new Set(["$transaction", "$executeRaw", "$executeRawUnsafe", "$queryRaw", "$queryRawUnsafe"]);

export interface Replica {
  /** Where it is, without credentials, for the log. */
  name: string;
  client: PrismaClient;
}

type ReadThrough = <T>(read: (client: PrismaClient) => Promise<T>) => Promise<T>;

export interface ReadRouting {
  /** Writes, transactions, raw SQL, accounts and the counter on the primary; reads of counted models routed. */
  db: PrismaClient;
  /** Runs a read on a replica that has caught up, else on the primary; on the primary again if the replica fails. */
  withReadClient: ReadThrough;
}

// Found from the client itself, as providerOf is, so that code handed a plain client (a script's, a test's) reads on it.
const routings = new WeakMap<object, ReadThrough>();

/** Runs a read (raw SQL above all, which `db` keeps on the primary) where `db` would read a counted model. */
export function withReadClient<T>(db: PrismaClient, read: (client: PrismaClient) => Promise<T>): Promise<T> {
  const routed = routings.get(db);
  return routed ? routed(read) : read(db);
}

export interface RoutingOptions {
  /** How long a replica that failed is left aside before it is tried again. */
  retryAfterMs?: number;
  /** How long the counter check waits for a replica before reading on the primary. */
  checkTimeoutMs?: number;
  log?: (message: string) => void;
}

/** DATABASE_REPLICA_URLS: comma-separated postgresql:// URLs of streaming replicas of DATABASE_URL's database. */
export function replicaUrls(env: NodeJS.ProcessEnv = process.env): string[] {
  const urls = (env.DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  if (urls.length === 0) return urls;
  if (databaseProvider(databaseUrl(env)) !== "postgresql") throw new Error("DATABASE_REPLICA_URLS needs a postgresql:// DATABASE_URL.");
  for (const url of urls) {
    if (databaseProvider(url) !== "postgresql")
      throw new Error(`DATABASE_REPLICA_URLS holds a URL that is not postgresql://: "${replicaName(url)}".`);
  }
  return urls;
}

export function replicaName(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`;
  } catch {
    return "(unreadable URL)";
  }
}

/**
 * Errors that are the query's own answer, which the primary would give too: no row for an …OrThrow read, a
 * malformed query. Any other error from a replica (gone, restarting, a query cancelled by replay) sends the read
 * to the primary.
 */
function isQueryAnswer(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  return ("code" in error && error.code === "P2025") || ("name" in error && error.name === "PrismaClientValidationError");
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Delegate = Record<string, (...args: unknown[]) => Promise<unknown>>;
type Clients = Record<string, Delegate>;

export function createReadRouting(primary: PrismaClient, replicas: Replica[], options: RoutingOptions = {}): ReadRouting {
  if (replicas.length === 0) return { db: primary, withReadClient: (read) => read(primary) };
  const { retryAfterMs = 10_000, checkTimeoutMs = 2000, log = console.warn } = options;
  const states = replicas.map((replica) => ({ ...replica, asideUntil: 0, failing: false }));
  type State = (typeof states)[number];
  let turn = 0;
  // Writes this process has finished: a request that saw fewer checks its replicas again before reading.
  let finishedWrites = 0;

  function setAside(state: State, error: unknown) {
    state.asideUntil = Date.now() + retryAfterMs;
    if (state.failing) return;
    state.failing = true;
    log(`Replica ${state.name} set aside, reading on the primary: ${error instanceof Error ? error.message : String(error)}`);
  }

  async function chooseClient(): Promise<PrismaClient> {
    const now = Date.now();
    const candidates = states.filter((state) => state.asideUntil <= now);
    if (candidates.length === 0) return primary;
    const [wanted, ...reached] = await Promise.all([
      getChangeVersion(primary, "agreements").catch(() => Number.POSITIVE_INFINITY),
      ...candidates.map((state) =>
        withTimeout(getChangeVersion(state.client, "agreements"), checkTimeoutMs).then(
          (version) => {
            if (state.failing) log(`Replica ${state.name} answers again.`);
            state.failing = false;
            return version;
          },
          (error: unknown) => {
            setAside(state, error);
            return Number.NEGATIVE_INFINITY;
          },
        ),
      ),
    ]);
    const fresh = candidates.filter((_, index) => reached[index]! >= wanted);
    return fresh.length === 0 ? primary : fresh[turn++ % fresh.length]!.client;
  }

  // Outside a render (route handlers, scripts, tests) React's cache keeps nothing, and every read checks afresh.
  const requestChoice = cache(() => ({ writes: -1, client: undefined as Promise<PrismaClient> | undefined }));
  function readClient(): Promise<PrismaClient> {
    const choice = requestChoice();
    if (choice.client === undefined || choice.writes !== finishedWrites) {
      choice.writes = finishedWrites;
      choice.client = chooseClient();
    }
    return choice.client;
  }

  async function readThrough<T>(read: (client: PrismaClient) => Promise<T>): Promise<T> {
    const client = await readClient();
    if (client === primary) return read(primary);
    try {
      return await read(client);
    } catch (error) {
      if (isQueryAnswer(error)) throw error;
      const state = states.find((candidate) => candidate.client === client);
      if (state) setAside(state, error);
      return read(primary);
    }
  }

  // Counted only once finished: a check made while a write is under way may rightly pick a replica, but not after.
  const afterWrite = <T>(result: Promise<T>): Promise<T> => result.finally(() => finishedWrites++);

  function routedModel(model: string, delegate: Delegate): Delegate {
    return new Proxy(delegate, {
      get(target, operation) {
        const method = Reflect.get(target, operation, target);
        if (typeof operation !== "string" || typeof method !== "function") return method;
        if (readOperations.has(operation)) {
          return (...args: unknown[]) => readThrough((client) => (client as unknown as Clients)[model]![operation]!(...args));
        }
        return (...args: unknown[]) => afterWrite(method.apply(target, args));
      },
    });
  }

  const models = new Map<string, Delegate>();
  const db = new Proxy(primary, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof property !== "string" || (typeof value !== "function" && typeof value !== "object") || value === null) return value;
      if (primaryStatements.has(property)) {
        return (...args: unknown[]) => afterWrite((value as (...args: unknown[]) => Promise<unknown>).apply(target, args));
      }
      if (countedModels.has(property)) {
        const model = models.get(property) ?? routedModel(property, value as Delegate);
        models.set(property, model);
        return model;
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  routings.set(db, readThrough);
  // Raw SQL through the routed client is spelled for its primary's engine.
  recordProvider(db, providerOf(primary));
  return { db, withReadClient: readThrough };
}
