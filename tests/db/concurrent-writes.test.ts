// Several app servers writing to one database at once, through the app's own agreement writer: no save fails with a
// database error, every acknowledged save is there afterwards, and two edits of one agreement from the same version
// end as one save and one conflict. On SQLite, before write transactions took the write lock at their start, a
// transaction that had read and then tried to write failed at once with SQLITE_BUSY (Prisma P1008) whenever another
// process had written meanwhile: 195 of 243 saves failed here (WAL), 255 of 317 (rollback journal); after, none of
// 333 and 315. On PostgreSQL the same writers run against one database from their own connection pools.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementInput } from "@/lib/agreements/schemas";
import { saveAgreement } from "@/lib/agreements/save";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const database = await createTestDatabase();
const sharedSlug = "shared-agreement-2025";
let editor = "";

beforeAll(async () => {
  await database.prismaCli("migrate", "deploy");
  const prisma = database.prisma();
  await seedDatabase(prisma);
  editor = (await createUser(prisma, { name: "Ed", email: "ed@example.org", role: "EDITOR", password: "long enough pass" })).id;
  const shared = agreementInput.parse({
    title: "Shared agreement",
    titleLanguage: "en",
    form: "AGREEMENT",
    status: "SIGNED",
    signedOn: "2025-01-01",
    parties: ["MA", "FR"],
    signatories: [],
    domains: [],
    links: [],
    sources: [{ publisher: "Ministry of Defence", title: "Press release", language: "en", url: "https://example.org/release" }],
  });
  expect(await saveAgreement(prisma, editor, shared)).toMatchObject({ ok: true, slug: sharedSlug });
});
afterAll(() => database.remove());

interface ProcessReport {
  created: { slug: string; title: string }[];
  edits: number[];
  conflicts: number;
  refusals: string[];
  errors: string[];
}

/** Runs the writers against `target` and checks what they report against what it holds afterwards. */
async function writeFromProcesses(target: TestDatabase, label: string) {
  const reports = await savesFromProcesses(target.url, 3, 5, 4000);
  const created = reports.flatMap((report) => report.created);
  const edits = reports.flatMap((report) => report.edits);
  const conflicts = reports.reduce((sum, report) => sum + report.conflicts, 0);
  const errors = reports.flatMap((report) => report.errors);
  console.info(`${label}: ${created.length} created, ${edits.length} edits, ${conflicts} conflicts, ${errors.length} errors`);
  expect(errors).toEqual([]);
  expect(reports.flatMap((report) => report.refusals)).toEqual([]);
  expect(created.length).toBeGreaterThan(30);

  const titles = new Map(
    (await target.query<{ slug: string; title: string }>(`SELECT "slug", "title" FROM "Agreement"`)).map((row) => [row.slug, row.title]),
  );
  for (const { slug, title } of created) expect(titles.get(slug), slug).toBe(title);
  // Every acknowledged edit made a version of its own, and nothing else did.
  const [shared] = await target.query<{ version: number }>(`SELECT "version" FROM "Agreement" WHERE "slug" = ?`, [sharedSlug]);
  expect(new Set(edits).size).toBe(edits.length);
  expect(shared?.version).toBe(1 + edits.length);
  expect(conflicts).toBeGreaterThan(0);
}

describe.skipIf(database.engine !== "sqlite")("writes from several processes sharing one SQLite file", () => {
  it.each(["delete", "wal"])(
    "3 processes × 5 writers for 4 s (%s journal): no errors, every acknowledged save kept, races end as conflicts",
    async (journalMode) => {
      const copy = await database.copy();
      await copy.query(`PRAGMA journal_mode = ${journalMode}`);
      await copy.disconnect();
      await writeFromProcesses(copy, journalMode);
    },
  );
});

describe.skipIf(database.engine !== "postgresql")("writes from several processes on one PostgreSQL database", () => {
  it("3 processes × 5 writers for 4 s: no errors, every acknowledged save kept, races end as conflicts", async () => {
    await writeFromProcesses(database, "postgresql");
  });
});

/** Starts the processes, waits until each is warm and has the database open, then lets them all write at once. */
async function savesFromProcesses(url: string, processes: number, writers: number, milliseconds: number) {
  const script = path.resolve("tests/helpers/agreement-saves-process.ts");
  // Each process warms up on a database of its own (agreement-saves-process.ts), made before any of them connects.
  const warmUps: TestDatabase[] = [];
  for (let label = 0; label < processes; label++) warmUps.push(await database.copy());
  const children = warmUps.map(({ url: warmUpUrl }, label) => {
    const child = spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        script,
        editor,
        String(writers),
        String(milliseconds),
        String(label),
        sharedSlug,
        warmUpUrl,
      ],
      { env: { ...process.env, DATABASE_URL: url }, stdio: ["pipe", "pipe", "inherit"] },
    );
    return { child, exited: once(child, "exit"), lines: createInterface({ input: child.stdout })[Symbol.asyncIterator]() };
  });
  const nextLine = async (lines: AsyncIterator<string>) => (await lines.next()).value as string | undefined;
  expect(await Promise.all(children.map(({ lines }) => nextLine(lines)))).toEqual(children.map(() => "ready"));
  for (const { child } of children) child.stdin.end("go\n");
  const reports = await Promise.all(children.map(async ({ lines }) => JSON.parse((await nextLine(lines)) ?? "null") as ProcessReport));
  for (const { exited } of children) expect((await exited)[0]).toBe(0);
  return reports;
}
