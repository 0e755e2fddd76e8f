import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PairSections } from "@/components/pairs/pair-sections";
import { requireReader } from "@/lib/auth/session";
import { localName } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { parsePairParam } from "@/lib/pairs/pair-address";
import { getPairCountries, getPairOverview } from "@/lib/pairs/queries";

/** The two states of the address, in canonical order; redirects other spellings, 404 for unknown states. */
async function findPair(param: string) {
  const address = parsePairParam(param);
  if (address.kind === "invalid") notFound();
  if (address.kind === "redirect") {
    const [a, b] = address.path.slice("/pairs/".length).toUpperCase().split("-") as [string, string];
    if (!(await getPairCountries(a, b))) notFound();
    permanentRedirect(address.path);
  }
  const countries = await getPairCountries(...address.value);
  if (!countries) notFound();
  return countries;
}

/** The pair's title, the two names in the reader's alphabetical order: "Israel – Morocco". */
async function pairTitle(countries: Awaited<ReturnType<typeof findPair>>) {
  const [locale, t] = await Promise.all([getAppLocale(), getTranslations("pair")]);
  const [a, b] = countries.map((country) => localName(locale, country)).sort((x, y) => x.localeCompare(y, locale));
  return t("title", { a: a!, b: b! });
}

export async function generateMetadata({ params }: PageProps<"/pairs/[pair]">): Promise<Metadata> {
  await requireReader();
  return { title: await pairTitle(await findPair((await params).pair)) };
}

export default async function PairPage({ params }: PageProps<"/pairs/[pair]">) {
  await requireReader();
  const [countries, locale] = await Promise.all([findPair((await params).pair), getAppLocale()]);
  const [t, overview, title] = await Promise.all([
    getTranslations("pair"),
    getPairOverview(countries[0].code, countries[1].code, locale),
    pairTitle(countries),
  ]);
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p>{t("counts", { agreements: overview.agreementCount, visits: overview.visits.length })}</p>
      </header>
      <PairSections countries={countries} overview={overview} locale={locale} />
    </article>
  );
}
