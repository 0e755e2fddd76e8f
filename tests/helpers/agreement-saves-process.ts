// One app server's share of concurrent agreement saves, for the test that writes never fail under contention.
// Run as `node --conditions=react-server --import tsx <this file> <editor id> <writers> <milliseconds> <label>
// <shared slug> <warm-up database url>` with DATABASE_URL set: it loads the app's own Prisma client and agreement
// writer, warms up on a database of its own, says "ready", waits for a line on standard input, then runs its
// writers side by side until the time is up. Each writer
// creates agreements and, every third save, edits the shared agreement at the version it has just read, so the
// processes race for it. Prints what was acknowledged, the conflicts, and any error.
import { createInterface } from "node:readline";
import { once } from "node:events";

const { db } = await import("@/lib/db");
const { saveAgreement } = await import("@/lib/agreements/save");
const { agreementInput } = await import("@/lib/agreements/schemas");
const { createPrismaClient } = await import("@/lib/db/create-client");

const [editor = "", writers = "5", milliseconds = "4000", label = "0", shared = "", warmUpUrl = ""] = process.argv.slice(2);

const input = (title: string) =>
  agreementInput.parse({
    title,
    titleLanguage: "en",
    form: "AGREEMENT",
    status: "SIGNED",
    signedOn: "2025-06-01",
    parties: ["MA", "FR"],
    signatories: [{ personName: `Signatory ${label}`, countryCode: "MA" }],
    domains: [{ slug: "training", evidence: null }],
    links: [],
    sources: [{ publisher: "Ministry of Defence", title: "Press release", language: "en", url: "https://example.org/release" }],
  });

const created: { slug: string; title: string }[] = [];
const edits: number[] = [];
let conflicts = 0;
const refusals: string[] = [];
const errors: string[] = [];

async function write(save: () => ReturnType<typeof saveAgreement>, onSaved: (result: { slug: string; version: number }) => void) {
  try {
    const result = await save();
    if (result.ok) onSaved(result);
    else if (result.conflict) conflicts++;
    else refusals.push(JSON.stringify(result));
  } catch (error) {
    errors.push(error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error));
  }
}

async function writer(number: number, deadline: number) {
  for (let save = 0; Date.now() < deadline; save++) {
    if (save % 3 === 2) {
      const { version } = await db.agreement.findUniqueOrThrow({ where: { slug: shared }, select: { version: true } });
      await write(
        () => saveAgreement(db, editor, input(`Shared agreement ${label}-${number}-${save}`), { slug: shared, version }),
        (result) => edits.push(result.version),
      );
    } else {
      const title = `Contention ${label}x${number}x${save} zq${label}${number}${save}`;
      await write(
        () => saveAgreement(db, editor, input(title), { confirmDuplicate: true }),
        (result) => created.push({ slug: result.slug, title }),
      );
    }
  }
}

// A cold process's first saves took 0.6–2.6 s each, against 50–140 ms once warm, all of it holding the write lock:
// the processes warm up on databases of their own first, so that the measured writes overlap.
const warmUp = createPrismaClient(warmUpUrl);
for (let save = 0; save < 8; save++) {
  const result = await saveAgreement(warmUp, editor, input(`Warm-up ${save}`), { confirmDuplicate: true });
  if (!result.ok) throw new Error(`Warm-up save refused: ${JSON.stringify(result)}`);
}
await warmUp.$disconnect();
await db.agreement.count();
process.stdout.write("ready\n");
const signal = createInterface({ input: process.stdin });
await once(signal, "line");
signal.close();

const deadline = Date.now() + Number(milliseconds);
await Promise.all(Array.from({ length: Number(writers) }, (_, number) => writer(number, deadline)));
process.stdout.write(`${JSON.stringify({ created, edits, conflicts, refusals, errors })}\n`);
await db.$disconnect();
