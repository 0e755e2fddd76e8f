// Stored search text made by an older recipe (lib/agreements/search-text.ts, searchTextRecipe) is rewritten once:
// the seed runs on every start, finds the recipe it last brought the database to in AppSetting, and when that is
// not today's recomputes every agreement's and visit's text, a batch of ids at a time, each batch in its own
// transaction (so the app's writers wait for one batch, not the whole run, and a stopped run keeps what it did).
// Only texts that differ are written. The recipe is recorded last: a run stopped halfway starts again next time.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { refreshAgreementSearchText, searchTextRecipe } from "@/lib/agreements/search-text";
import { refreshVisitSearchText } from "@/lib/visits/search-text";
import { bumpChangeVersion } from "@/lib/cache/change-counter";
import { writeTransaction, type WriteTransaction } from "@/lib/db/write";

export const searchTextRecipeKey = "searchText.recipe";

const batchSize = 5_000;

export interface SearchTextUpgrade {
  /** The recipe the stored text was made with before, or null when no run recorded one. */
  from: string | null;
  agreements: number;
  visits: number;
}

/** Rewrites, in batches, the text of every row of a table; resolves to how many changed. */
async function refreshAll(
  prisma: PrismaClient,
  nextIds: (tx: WriteTransaction, after: number) => Promise<number[]>,
  refresh: (tx: WriteTransaction, ids: number[]) => Promise<number>,
): Promise<number> {
  let changed = 0;
  for (let after = 0; ; ) {
    const batch = await writeTransaction(prisma, async (tx) => {
      const ids = await nextIds(tx, after);
      return { ids, changed: ids.length > 0 ? await refresh(tx, ids) : 0 };
    });
    if (batch.ids.length === 0) return changed;
    changed += batch.changed;
    after = batch.ids[batch.ids.length - 1]!;
  }
}

const idsAfter = (after: number) =>
  ({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: batchSize, select: { id: true } }) as const;

/** Brings every stored search text to today's recipe, unless it is there already; null when nothing had to run. */
export async function upgradeSearchText(prisma: PrismaClient): Promise<SearchTextUpgrade | null> {
  const recorded = await prisma.appSetting.findUnique({ where: { key: searchTextRecipeKey } });
  const value = String(searchTextRecipe);
  if (recorded?.value === value) return null;
  const agreements = await refreshAll(
    prisma,
    async (tx, after) => (await tx.agreement.findMany(idsAfter(after))).map(({ id }) => id),
    refreshAgreementSearchText,
  );
  const visits = await refreshAll(
    prisma,
    async (tx, after) => (await tx.visit.findMany(idsAfter(after))).map(({ id }) => id),
    refreshVisitSearchText,
  );
  await writeTransaction(prisma, async (tx) => {
    await tx.appSetting.upsert({ where: { key: searchTextRecipeKey }, create: { key: searchTextRecipeKey, value }, update: { value } });
    if (agreements + visits > 0) await bumpChangeVersion(tx, "agreements");
  });
  return { from: recorded?.value ?? null, agreements, visits };
}
