// Reads of the cooperation domains, with how many agreements (not archived) each holds.
import "server-only";
import { db } from "@/lib/db";

export async function getDomains() {
  const domains = await db.cooperationDomain.findMany({
    orderBy: { nameEn: "asc" },
    include: { _count: { select: { agreements: { where: { agreement: { archived: false } } } } } },
  });
  return domains.map(({ _count, ...domain }) => ({ ...domain, agreementCount: _count.agreements }));
}

export type DomainRow = Awaited<ReturnType<typeof getDomains>>[number];

export function getDomain(slug: string) {
  return db.cooperationDomain.findUnique({ where: { slug } });
}
