#!/usr/bin/env node
// A throw-away PostgreSQL cluster for development and tests, made with the system's PostgreSQL binaries (on
// Debian: `apt-get install -y postgresql`) on a free port, with an `accords` database. Prints its DATABASE_URL.
//
//   npm run pg:local                 start a cluster in .tmp/pg-<port>; prints DATABASE_URL=…
//   npm run pg:local -- --dir D      the same, in folder D (kept between runs: started again if it exists)
//   npm run pg:local -- --replica    also a streaming replica of it, in <folder>-replica on another free port;
//                                    prints DATABASE_REPLICA_URLS=… too (the app reads through it, lib/db/replicas.ts)
//   npm run pg:local -- --stop D     stop the cluster in D, and its replica if it has one
//
// The cluster trusts local connections and runs with fsync off: it is for throw-away data only.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { dir: { type: "string" }, stop: { type: "string" }, port: { type: "string" }, replica: { type: "boolean" } },
});

function binaries() {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(path.join(root, name, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest) return path.join(root, newest, "bin");
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("No PostgreSQL binaries found: install them (Debian: apt-get install -y postgresql).");
  }
}

// PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user.
const asRoot = process.getuid?.() === 0;
function run(bin, args) {
  const command = path.join(binaries(), bin);
  return asRoot
    ? execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
    : execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

if (values.stop) {
  const replica = `${path.resolve(values.stop)}-replica`;
  if (existsSync(path.join(replica, "postmaster.pid"))) run("pg_ctl", ["-D", replica, "-m", "fast", "-w", "stop"]);
  run("pg_ctl", ["-D", path.resolve(values.stop), "-m", "fast", "-w", "stop"]);
  console.log(`stopped ${values.stop}`);
  process.exit(0);
}

const port = Number(values.port ?? (await freePort()));
const dir = path.resolve(values.dir ?? `.tmp/pg-${port}`);
if (!existsSync(path.join(dir, "PG_VERSION"))) {
  makeOwnDir(dir);
  run("initdb", ["-D", dir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "-N"]);
}
// wal_level=replica and the WAL senders let pg_basebackup copy the cluster and replicas stream from it.
start(dir, port, "-c wal_level=replica -c max_wal_senders=4");
const exists = run("psql", [
  "-h",
  "127.0.0.1",
  "-p",
  String(port),
  "-U",
  "postgres",
  "-tAc",
  "SELECT 1 FROM pg_database WHERE datname = 'accords'",
]);
if (exists.trim() !== "1") run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "accords"]);
console.log(`DATABASE_URL=postgresql://postgres@127.0.0.1:${port}/accords`);
if (values.replica) {
  const replicaDir = `${dir}-replica`;
  const replicaPort = await freePort();
  if (!existsSync(path.join(replicaDir, "PG_VERSION"))) {
    makeOwnDir(replicaDir);
    // -R writes standby.signal and the connection to the primary; -X stream copies the WAL written meanwhile; -c fast
    // checkpoints at once instead of spreading the checkpoint out (1 min 48 s here before, for an empty cluster).
    run("pg_basebackup", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-D", replicaDir, "-R", "-X", "stream", "-c", "fast"]);
  }
  // The primary's port may differ from the one the copy was made from: the command line wins over -R's setting.
  start(replicaDir, replicaPort, `-c "primary_conninfo=host=127.0.0.1 port=${port} user=postgres"`);
  console.log(`DATABASE_REPLICA_URLS=postgresql://postgres@127.0.0.1:${replicaPort}/accords`);
}
console.log(`# stop it with: npm run pg:local -- --stop ${path.relative(process.cwd(), dir)}`);

function start(clusterDir, clusterPort, options) {
  run("pg_ctl", [
    "-D",
    clusterDir,
    "-w",
    "-l",
    path.join(clusterDir, "server.log"),
    "-o",
    `-c listen_addresses=127.0.0.1 -p ${clusterPort} -k ${clusterDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${options}`,
    "start",
  ]);
}

// PostgreSQL wants its folder private to the user it runs as.
function makeOwnDir(clusterDir) {
  mkdirSync(clusterDir, { recursive: true });
  chmodSync(clusterDir, 0o700);
  if (asRoot) chownSync(clusterDir, idOf("-u"), idOf("-g"));
}

function idOf(flag) {
  return Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
}
