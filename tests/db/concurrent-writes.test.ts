// Several app servers writing to one SQLite file at once, through the app's own agreement writer: no save fails
// with a database error, every acknowledged save is there afterwards, and two edits of one agreement from the same
// version end as one save and one conflict. Before write transactions took the write lock at their start, a
// transaction that had read and then tried to write failed at once with SQLITE_BUSY (Prisma P1008) whenever another
// process had written meanwhile: 195 of 243 saves failed here (WAL), 255 of 317 (rollback journal); after, none of
// 333 and 315.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementInput } from "@/lib/agreements/schemas";
import { saveAgreement } from "@/lib/agreements/save";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase } from "@/tests/helpers/test-database";

const database = createTestDatabase();
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
    sources: [],
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

describe("writes from several processes sharing one SQLite file", () => {
  it.each(["delete", "wal"])(
    "3 processes × 5 writers for 4 s (%s journal): no errors, every acknowledged save kept, races end as conflicts",
    async (journalMode) => {
      const file = copyOfDatabase(`writers-${journalMode}.db`);
      const setup = new Database(file);
      setup.pragma(`journal_mode = ${journalMode}`);
      setup.close();

      const reports = await savesFromProcesses(`file:${file}`, 3, 5, 4000);
      const created = reports.flatMap((report) => report.created);
      const edits = reports.flatMap((report) => report.edits);
      const conflicts = reports.reduce((sum, report) => sum + report.conflicts, 0);
      const errors = reports.flatMap((report) => report.errors);
      console.info(`${journalMode}: ${created.length} created, ${edits.length} edits, ${conflicts} conflicts, ${errors.length} errors`);
      expect(errors).toEqual([]);
      expect(reports.flatMap((report) => report.refusals)).toEqual([]);
      expect(created.length).toBeGreaterThan(30);

      const check = new Database(file, { readonly: true });
      const titles = new Map(
        (check.prepare(`SELECT "slug", "title" FROM "Agreement"`).all() as { slug: string; title: string }[]).map((row) => [
          row.slug,
          row.title,
        ]),
      );
      for (const { slug, title } of created) expect(titles.get(slug), slug).toBe(title);
      // Every acknowledged edit made a version of its own, and nothing else did.
      const { version } = check.prepare(`SELECT "version" FROM "Agreement" WHERE "slug" = ?`).get(sharedSlug) as { version: number };
      check.close();
      expect(new Set(edits).size).toBe(edits.length);
      expect(version).toBe(1 + edits.length);
      expect(conflicts).toBeGreaterThan(0);
    },
  );
});

/** A consistent copy of the test database (its write-ahead log included), beside it. */
function copyOfDatabase(name: string): string {
  const file = path.join(path.dirname(database.file), name);
  const source = new Database(database.file);
  source.exec(`VACUUM INTO '${file.replaceAll("'", "''")}'`);
  source.close();
  return file;
}

/** Starts the processes, waits until each is warm and has the database open, then lets them all write at once. */
async function savesFromProcesses(url: string, processes: number, writers: number, milliseconds: number) {
  const script = path.resolve("tests/helpers/agreement-saves-process.ts");
  const children = Array.from({ length: processes }, (_, label) => {
    const warmUpUrl = `file:${copyOfDatabase(`warm-up-${label}-${Date.now()}.db`)}`;
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
