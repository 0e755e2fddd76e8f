// Reads on a PostgreSQL streaming replica (lib/db/replicas.ts), against a real primary and replica made by
// `npm run pg:local -- --replica`: a caught-up replica serves the reads, a lagging one never serves a read that
// should see a write (this server's or another's), writes and transactions stay on the primary, and a replica that
// stops only sends the reads back to the primary. Replay is paused on the replica to make it lag on demand.
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpChangeVersion, getChangeVersion } from "@/lib/cache/change-counter";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";
import { createReadRouting, type ReadRouting, replicaUrls } from "@/lib/db/replicas";
import { seedDatabase } from "@/prisma/seed/seed";

const execFileAsync = promisify(execFile);
const postgresRoot = "/usr/lib/postgresql";
const postgresBin = existsSync(postgresRoot)
  ? readdirSync(postgresRoot)
      .map((version) => path.join(postgresRoot, version, "bin"))
      .find((bin) => existsSync(path.join(bin, "initdb")))
  : undefined;

const env = (variables: Record<string, string>) => variables as NodeJS.ProcessEnv;

describe("DATABASE_REPLICA_URLS", () => {
  it("is a list of postgresql:// URLs, refused beside a SQLite DATABASE_URL", () => {
    const primary = "postgresql://postgres@127.0.0.1:5432/accords";
    expect(
      replicaUrls(env({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: " postgresql://a:1/accords, ,postgres://b:2/accords " })),
    ).toEqual(["postgresql://a:1/accords", "postgres://b:2/accords"]);
    expect(replicaUrls(env({ DATABASE_URL: "file:./x.db" }))).toEqual([]);
    expect(() => replicaUrls(env({ DATABASE_URL: "file:./x.db", DATABASE_REPLICA_URLS: "postgresql://a:1/accords" }))).toThrow(
      /postgresql:\/\/ DATABASE_URL/,
    );
    expect(() => replicaUrls(env({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: "file:./copy.db" }))).toThrow(/not postgresql/);
  });
});

describe.skipIf(!postgresBin)(
  postgresBin ? "reads on a streaming replica" : `reads on a streaming replica (skipped: no ${postgresRoot}/*/bin/initdb)`,
  () => {
    let folder = "";
    let primary: PrismaClient;
    let replica: PrismaClient;
    const log: string[] = [];
    let routing: ReadRouting;

    const inRecovery = async (client: PrismaClient) =>
      (await client.$queryRaw<{ inRecovery: boolean }[]>`SELECT pg_is_in_recovery() AS "inRecovery"`)[0]!.inRecovery;
    /** Where a routed read lands: true on the replica. */
    const readsOnReplica = (through: ReadRouting = routing) => through.withReadClient(inRecovery);
    const pauseReplay = () => replica.$executeRaw`SELECT pg_wal_replay_pause()`;
    const resumeReplay = () => replica.$executeRaw`SELECT pg_wal_replay_resume()`;

    // The insert position: pg-local's primary commits asynchronously, so the written position may not hold the last
    // commit yet (with pg_current_wal_lsn, 2 runs in 3 went on before the replica had the last write).
    async function caughtUp() {
      const [{ lsn }] = (await primary.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_insert_lsn()::text AS lsn`) as [{ lsn: string }];
      for (let waited = 0; waited < 20_000; waited += 50) {
        const [{ reached }] = (await replica.$queryRaw<{ reached: boolean }[]>`
          SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS reached`) as [{ reached: boolean }];
        if (reached) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`the replica did not reach ${lsn} in 20 s`);
    }

    const nameOf = async (client: PrismaClient, code: string) => (await client.country.findUnique({ where: { code } }))?.nameEn ?? null;
    const insertUncounted = (code: string) =>
      primary.$executeRaw`INSERT INTO "Country" ("code", "nameEn", "nameFr", "unStatus") VALUES (${code}, 'Uncounted', 'Non compté', 'MEMBER')`;

    beforeAll(async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), "accords-replicas-"));
      // As root the clusters run as `postgres` (scripts/pg-local.mjs), which must be able to reach its folders.
      chmodSync(folder, 0o755);
      const { stdout } = await execFileAsync("node", ["scripts/pg-local.mjs", "--dir", path.join(folder, "pg"), "--replica"]);
      const printed = (name: string) => stdout.match(new RegExp(`^${name}=(.+)$`, "m"))![1]!;
      const primaryUrl = printed("DATABASE_URL");
      await execFileAsync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
        env: { ...process.env, DATABASE_URL: primaryUrl },
        timeout: 120_000,
      });
      primary = createPrismaClient(primaryUrl);
      replica = createPrismaClient(printed("DATABASE_REPLICA_URLS"));
      routing = createReadRouting(primary, [{ name: "the replica", client: replica }], {
        log: (line) => log.push(line),
        retryAfterMs: 60_000,
      });
      // Every write of the seed goes through the routing: on the replica, the first would be refused as read-only.
      await seedDatabase(routing.db);
      await caughtUp();
    });

    afterAll(async () => {
      await Promise.all([primary?.$disconnect(), replica?.$disconnect()]);
      if (folder) {
        await execFileAsync("node", ["scripts/pg-local.mjs", "--stop", path.join(folder, "pg")]).catch(() => undefined);
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it("reads on the replica once it holds the primary's change counter", async () => {
      expect(await readsOnReplica()).toBe(true);
      await pauseReplay();
      // A row the counter does not cover: a read that reached the primary would find it.
      await insertUncounted("Z1");
      expect(await nameOf(primary, "Z1")).toBe("Uncounted");
      expect(await nameOf(routing.db, "Z1")).toBeNull();
      expect(await routing.db.country.count()).toBe((await primary.country.count()) - 1);
      await resumeReplay();
    });

    it("after a write, reads on the primary until the replica has replayed it, on this server and on another", async () => {
      await caughtUp();
      await pauseReplay();
      await routing.db.$transaction(async (tx) => {
        await tx.country.update({ where: { code: "Z1" }, data: { nameEn: "Saved" } });
        await bumpChangeVersion(tx, "agreements");
      });
      expect(await nameOf(routing.db, "Z1")).toBe("Saved");
      expect(await readsOnReplica()).toBe(false);
      // Another app server: its own routing, which has seen no write, learns of this one from the counter alone.
      const otherServer = createReadRouting(primary, [{ name: "the replica", client: replica }]);
      expect(await nameOf(otherServer.db, "Z1")).toBe("Saved");
      expect(await readsOnReplica(otherServer)).toBe(false);

      await resumeReplay();
      await caughtUp();
      expect(await readsOnReplica()).toBe(true);
      expect(await nameOf(routing.db, "Z1")).toBe("Saved");
    });

    it("keeps writes, transactions, raw SQL, accounts and the change counter on the primary", async () => {
      await caughtUp();
      await pauseReplay();
      await insertUncounted("Z2");
      // The replica, holding the same counter, would answer null for each of these.
      expect(await routing.db.$transaction((tx) => nameOf(tx as PrismaClient, "Z2"))).toBe("Uncounted");
      expect(await inRecovery(routing.db)).toBe(false);
      await primary.$executeRaw`INSERT INTO "AppSetting" ("key", "value") VALUES ('replica-test', 'primary')`;
      expect((await routing.db.appSetting.findUnique({ where: { key: "replica-test" } }))?.value).toBe("primary");
      await primary.$executeRaw`UPDATE "ChangeCounter" SET "version" = "version" + 1 WHERE "scope" = 'agreements'`;
      const version = await getChangeVersion(primary, "agreements");
      expect((await routing.db.changeCounter.findUnique({ where: { scope: "agreements" } }))?.version).toBe(version);
      // Each write through the routing would fail on the replica ("cannot execute … in a read-only transaction").
      await routing.db.country.create({ data: { code: "Z3", nameEn: "Created", nameFr: "Créé", unStatus: "MEMBER" } });
      await routing.db.country.update({ where: { code: "Z3" }, data: { nameEn: "Updated" } });
      await routing.db.country.upsert({
        where: { code: "Z4" },
        create: { code: "Z4", nameEn: "Upserted", nameFr: "Créé", unStatus: "OBSERVER" },
        update: {},
      });
      await routing.db.country.delete({ where: { code: "Z4" } });
      await routing.db.$executeRaw`UPDATE "Country" SET "nameFr" = 'Mis à jour' WHERE "code" = 'Z3'`;
      expect(await primary.country.findUnique({ where: { code: "Z3" } })).toMatchObject({ nameEn: "Updated", nameFr: "Mis à jour" });
      await resumeReplay();
    });

    it("reads on the primary, and says so once, when the replica stops", async () => {
      await caughtUp();
      expect(await readsOnReplica()).toBe(true);
      expect(log).toEqual([]);
      const stop = [path.join(postgresBin!, "pg_ctl"), "-D", path.join(folder, "pg-replica"), "-m", "fast", "-w", "stop"];
      await (process.getuid?.() === 0
        ? execFileAsync("runuser", ["-u", "postgres", "--", ...stop])
        : execFileAsync(stop[0]!, stop.slice(1)));
      const expected = await primary.country.count();
      for (let read = 0; read < 5; read++) expect(await routing.db.country.count()).toBe(expected);
      expect(await readsOnReplica()).toBe(false);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatch(/^Replica the replica set aside, reading on the primary/);
    });
  },
);
