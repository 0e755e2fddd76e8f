// The pairs of states party to the most agreements together, each leading to the page of the pair.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import type { BusiestPair } from "@/lib/dashboard/queries";
import { pairHref } from "@/lib/dashboard/links";

export async function BusiestPairs({ pairs }: { pairs: BusiestPair[] }) {
  const t = await getTranslations("dashboard");
  return (
    <Card aria-labelledby="busiest-pairs">
      <CardTitle id="busiest-pairs">{t("busiestPairs")}</CardTitle>
      <p className="mb-3 text-sm text-muted-foreground">{t("busiestPairsDescription")}</p>
      {pairs.length === 0 ? (
        <p className="text-muted-foreground">{t("noData")}</p>
      ) : (
        <ol className="divide-y rounded-md border">
          {pairs.map(({ states: [first, second], count }) => (
            <li key={`${first.code}-${second.code}`} className="flex items-baseline justify-between gap-4 p-3">
              <Link href={pairHref(first.code, second.code)} className="font-medium text-primary hover:underline">
                {t("pair", { first: first.name, second: second.name })}
              </Link>
              <span className="text-sm whitespace-nowrap tabular-nums">{t("pairCount", { count })}</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
