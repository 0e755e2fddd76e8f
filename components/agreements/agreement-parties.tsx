import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { listSeparator, localName, pickLocalized } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { countryPath, pairPath } from "@/lib/pairs/pair-address";
import { ForeignText } from "@/components/i18n/foreign-text";

export async function AgreementParties({ agreement }: { agreement: AgreementDetail }) {
  const [t, tVisits, locale] = await Promise.all([getTranslations("agreement"), getTranslations("visits"), getAppLocale()]);
  const { parties, signatories } = agreement;
  // Every pair of parties has its relationship page, in the order of its address.
  const states = parties.map(({ country }) => country).sort((a, b) => a.code.localeCompare(b.code));
  const pairs = states.flatMap((first, index) => states.slice(index + 1).map((second) => [first, second] as const));
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <div>
        <h3 className="mb-2 font-medium">
          {t("parties")}{" "}
          <span className="text-sm font-normal text-muted-foreground">
            ({parties.length > 2 ? t("plurilateral", { count: parties.length }) : t("bilateral")})
          </span>
        </h3>
        <ul className="list-inside list-disc text-sm">
          {parties.map((party) => (
            <li key={party.countryCode}>
              {/* A block 24 px high at least: links in a list this tight are a small target on a touch screen. */}
              <Link href={countryPath(party.countryCode)} className="inline-block py-0.5 leading-5 text-primary hover:underline">
                {localName(locale, party.country)}
              </Link>
            </li>
          ))}
        </ul>
        {pairs.length > 0 && (
          <>
            <h3 className="mb-2 mt-4 font-medium">{t("relationships")}</h3>
            <ul className="flex flex-col gap-1 text-sm">
              {pairs.map(([first, second]) => (
                <li key={`${first.code}-${second.code}`}>
                  <Link href={pairPath(first.code, second.code)} className="text-primary hover:underline">
                    {tVisits("relationship", { a: localName(locale, first), b: localName(locale, second) })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div>
        <h3 className="mb-2 font-medium">{t("signatories")}</h3>
        {signatories.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noSignatories")}</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm">
            {signatories.map((signatory) => {
              const title = pickLocalized(locale, { en: signatory.titleEn, fr: signatory.titleFr });
              return (
                <li key={signatory.id}>
                  <bdi className="font-medium">{signatory.person.name}</bdi>
                  {title && (
                    <>
                      {listSeparator(locale)}
                      <ForeignText text={title} locale={locale} />
                    </>
                  )}{" "}
                  <span className="text-muted-foreground">{t("signedFor", { country: localName(locale, signatory.country) })}</span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
