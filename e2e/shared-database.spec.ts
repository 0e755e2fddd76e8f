// Two app servers on one database of their own (e2e/databases.mjs: .tmp/e2e-shared.db on SQLite, <name>_e2e_shared
// on PostgreSQL), ten editors on each for 15 s, through the real server actions: no answer is a server error, the
// other server finds each new agreement at once, every acknowledged agreement is there at the end and nothing else
// is, and two edits of one agreement from the same version end as one save and one conflict. On SQLite, before
// write transactions took the write lock when they began, 66 of 310 creates and 3 of 66 edits here answered 500
// (SQLITE_BUSY, Prisma P1008); after, none of 303 and 60.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eDatabaseUrls } from "./databases.mjs";
import { accounts, signIn } from "./fixtures/accounts";
import { serverActions, type ServerAction } from "./fixtures/build-manifest";
import { callAction } from "./fixtures/call-action";
import { openDatabase } from "./fixtures/database";

const servers = [process.env.E2E_SHARED_PORT, process.env.E2E_SHARED_PEER_PORT].map((port) => `http://127.0.0.1:${port}`);
const writersPerServer = 10;
const milliseconds = 15_000;
// Every fifth save edits the contested agreement instead of creating one, from each writer's second save on: on
// PostgreSQL a cold server's first saves took 8–12 s and later ones 3–5 s (20 writers, 2 busy cores), so a writer
// may make only two or three saves in 15 s.
const editEvery = 5;

const action = (name: string): ServerAction => {
  const found = serverActions().find((candidate) => candidate.name === `lib/agreements/actions.ts#${name}`);
  if (!found) throw new Error(`No server action ${name} in the build`);
  return found;
};

function agreementForm(title: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    title,
    titleLanguage: "en",
    form: "AGREEMENT",
    status: "SIGNED",
    signedOn: "2025",
    "sources.0.publisher": "Ministry of Defence",
    "sources.0.title": "Press release",
    "sources.0.language": "en",
    confirmDuplicate: "yes",
    ...fields,
  }))
    form.append(name, value);
  for (const party of ["MA", "FR"]) form.append("parties", party);
  form.append("domains", "training");
  return form;
}

/** How many agreements a server's table counts. */
async function agreementCount(request: APIRequestContext, server: string): Promise<number> {
  const response = await request.get(`${server}/api/agreements?size=10`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

test("ten editors on each of two servers sharing one database: no server errors, every save seen at once by the other", async ({
  page,
}) => {
  test.setTimeout(150_000);
  // One session serves on both servers: they share the database, where sessions are kept.
  await signIn(page, accounts.editor, servers[0]);
  const request = page.context().request;
  const [create, update] = [action("createAgreement"), action("updateAgreement")];
  const countsBefore = await Promise.all(servers.map((server) => agreementCount(request, server)));

  const contested = await callAction(request, servers[0]!, create, [null, agreementForm("Contested shared-database agreement")]);
  const contestedSlug = /^\/agreements\/([^/?]+)\?created=1/.exec(contested.redirect ?? "")?.[1];
  expect(contestedSlug, contested.body.slice(0, 300)).toBeTruthy();

  const database = await openDatabase(e2eDatabaseUrls().shared);
  const versionOf = async (slug: string) =>
    Number((await database.rows<{ version: number }>(`SELECT "version" FROM "Agreement" WHERE "slug" = ?`, [slug]))[0]?.version ?? 0);

  const acknowledged: { slug: string; title: string }[] = [];
  const serverErrors: string[] = [];
  const refusals: string[] = [];
  const unseen: string[] = [];
  let edits = 0;
  let conflicts = 0;

  async function writer(server: number, writerNumber: number, deadline: number) {
    const [here, other] = [servers[server]!, servers[1 - server]!];
    for (let save = 0; Date.now() < deadline; save++) {
      if (save % editEvery === 1) {
        // An edit from the version just read: another server's edit may slip in before it is saved.
        const version = await versionOf(contestedSlug!);
        const answer = await callAction(request, here, update, [
          null,
          agreementForm(`Contested shared-database agreement ${server}-${writerNumber}-${save}`, {
            slug: contestedSlug!,
            version: String(version),
          }),
        ]);
        if (answer.status >= 500) serverErrors.push(`update on ${here}: ${answer.status} ${answer.body.slice(0, 300)}`);
        else if (answer.redirect?.includes("saved=1")) edits++;
        else if (answer.body.includes('"conflict"')) conflicts++;
        else refusals.push(`update: ${answer.status} ${answer.body.slice(0, 300)}`);
        continue;
      }
      // A word of fixed length, so that no word is the beginning of another and a search finds this one alone.
      const word = `zqs${server}w${String(writerNumber).padStart(2, "0")}n${String(save).padStart(4, "0")}`;
      const title = `Shared database agreement ${word}`;
      const answer = await callAction(request, here, create, [null, agreementForm(title)]);
      if (answer.status >= 500) {
        serverErrors.push(`create on ${here}: ${answer.status} ${answer.body.slice(0, 300)}`);
        continue;
      }
      const slug = /^\/agreements\/([^/?]+)\?created=1/.exec(answer.redirect ?? "")?.[1];
      if (!slug) {
        refusals.push(`create: ${answer.status} ${answer.body.slice(0, 300)}`);
        continue;
      }
      acknowledged.push({ slug, title });
      const found = await request.get(`${other}/api/agreements?q=${word}`);
      if (found.status() >= 500) serverErrors.push(`search on ${other}: ${found.status()}`);
      else if (!((await found.json()) as { items: { slug: string }[] }).items.some((item) => item.slug === slug)) unseen.push(slug);
    }
  }

  const deadline = Date.now() + milliseconds;
  await Promise.all(
    servers.flatMap((_, server) => Array.from({ length: writersPerServer }, (_, writerNumber) => writer(server, writerNumber, deadline))),
  );
  console.info(
    `${acknowledged.length} agreements created, ${edits} edits saved, ${conflicts} conflicts, ${serverErrors.length} server errors in ${milliseconds / 1000} s`,
  );

  expect(serverErrors).toEqual([]);
  expect(refusals).toEqual([]);
  expect(unseen).toEqual([]);
  // Every writer had at least one new agreement acknowledged.
  expect(acknowledged.length).toBeGreaterThanOrEqual(servers.length * writersPerServer);
  expect(conflicts).toBeGreaterThan(0);
  // Every acknowledged edit made a version of its own, and nothing else did.
  expect(await versionOf(contestedSlug!)).toBe(1 + edits);

  const titles = new Map(
    (await database.rows<{ slug: string; title: string }>(`SELECT "slug", "title" FROM "Agreement"`)).map((row) => [row.slug, row.title]),
  );
  await database.close();
  for (const { slug, title } of acknowledged) expect(titles.get(slug), slug).toBe(title);
  // Both servers count exactly the acknowledged agreements (and the contested one) more than before.
  const countsAfter = await Promise.all(servers.map((server) => agreementCount(request, server)));
  expect(countsAfter).toEqual(countsBefore.map((count) => count + 1 + acknowledged.length));
});
