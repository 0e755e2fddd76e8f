// What a reader comes for, first: what the agreement is and where it stands, between whom, when and where it was
// signed, in which fields and during which visit. The sections below the glance give every detail and its source.
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { formatPartialDate, formatPartialDateRange } from "@/lib/dates/partial-date";
import { joinNames, localName } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { countryPath } from "@/lib/pairs/pair-address";
import { cn } from "@/lib/utils";
import { DomainLink } from "./domain-link";

function Item({ term, className, children }: { term: string; className?: string; children: ReactNode }) {
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export async function AgreementAtAGlance({ agreement, locale }: { agreement: AgreementDetail; locale: Locale }) {
  const t = await getTranslations();
  const place = joinNames(locale, [agreement.placeCity, agreement.placeCountry && localName(locale, agreement.placeCountry)]);
  const signedOn = agreement.signedOn ? formatPartialDate(agreement.signedOn, locale) : null;
  const visit = agreement.signedDuringVisit;
  const visitDates = visit && formatPartialDateRange(visit.startOn, visit.endOn, locale);
  return (
    <section aria-label={t("agreement.atAGlance")} className="rounded-md border bg-muted/40 p-4">
      <dl className="grid gap-x-8 gap-y-4 text-sm sm:grid-cols-2">
        <Item term={t("agreement.formAndStatus")}>
          {t(`form.${agreement.form}`)} · {t(`status.${agreement.status}`)}
        </Item>
        <Item term={t("agreement.parties")}>
          <ul className="flex flex-wrap gap-x-3">
            {agreement.parties.map((party) => (
              <li key={party.countryCode}>
                <Link href={countryPath(party.countryCode)} className="inline-block py-0.5 text-primary hover:underline">
                  {localName(locale, party.country)}
                </Link>
              </li>
            ))}
          </ul>
        </Item>
        <Item term={t("agreement.signature")}>
          {signedOn || place ? (
            [signedOn, place].filter(Boolean).join(" · ")
          ) : (
            <span className="text-muted-foreground">{t("agreement.unknown")}</span>
          )}
        </Item>
        <Item term={t("agreement.visit")}>
          {visit ? (
            <Link href={`/visits/${visit.slug}`} className="text-primary hover:underline">
              {t("visits.to", { visitor: visit.visitor.name, host: localName(locale, visit.hostCountry) })}
              {visitDates && ` (${visitDates})`}
            </Link>
          ) : (
            <span className="text-muted-foreground">{t("agreement.noVisit")}</span>
          )}
        </Item>
        <Item term={t("agreement.domains")} className="sm:col-span-2">
          {agreement.domains.length > 0 ? (
            <ul className="flex flex-wrap gap-1.5">
              {agreement.domains.map(({ domain }) => (
                <li key={domain.id}>
                  <DomainLink domain={domain} locale={locale} title={t("agreement.domainLink", { domain: localName(locale, domain) })} />
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-muted-foreground">{t("agreement.noDomains")}</span>
          )}
        </Item>
      </dl>
    </section>
  );
}
