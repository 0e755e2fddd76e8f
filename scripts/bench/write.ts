// A write as an editor makes one, for the bench's "first request after a write": the record writer archives an
// agreement and restores it (two writes, each moving the change counter and the dashboard's counts in its
// transaction), so every kept result and page of the app server is stale and the data is as it was before.
import { setAgreementArchived } from "@/lib/agreements/save";
import { createPrismaClient } from "@/lib/db/create-client";

export async function openBenchWriter(databaseUrl: string) {
  const prisma = createPrismaClient(databaseUrl);
  // The latest agreement that is not archived: the one the default order shows first.
  const agreement = await prisma.agreement.findFirstOrThrow({
    where: { archived: false },
    orderBy: [{ signedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    select: { slug: true },
  });
  // The revisions name the database's first account (on a synthetic database, the bench's viewer).
  const { id: author } = await prisma.user.findFirstOrThrow({ select: { id: true }, orderBy: { createdAt: "asc" } });
  const write = async (archived: boolean) => {
    const result = await setAgreementArchived(prisma, author, agreement.slug, archived);
    if (!result.ok) throw new Error(`the bench's write of ${agreement.slug} was refused: ${JSON.stringify(result)}`);
  };
  return {
    slug: agreement.slug,
    /** Archives the agreement and restores it. */
    async writeTwice() {
      await write(true);
      await write(false);
    },
    close: () => prisma.$disconnect(),
  };
}
