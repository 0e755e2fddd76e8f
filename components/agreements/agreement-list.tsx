import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DomainBadges } from "./domain-badges";
import type { AgreementSummary } from "@/lib/agreements/queries";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { getAppLocale } from "@/lib/i18n/server";
import { agreementTitle, joinNames, localName } from "@/lib/i18n/localize";

export interface AgreementListProps {
  agreements: AgreementSummary[];
}

export async function AgreementList({ agreements }: AgreementListProps) {
  const [t, locale] = await Promise.all([getTranslations(), getAppLocale()]);
  if (agreements.length === 0) return <p className="text-muted-foreground">{t("agreements.empty")}</p>;
  return (
    <ul className="divide-y rounded-md border">
      {agreements.map((agreement) => {
        const title = agreementTitle(locale, agreement);
        const place = joinNames(locale, [agreement.placeCity, agreement.placeCountry && localName(locale, agreement.placeCountry)]);
        return (
          <li key={agreement.id} className="flex flex-col gap-2 p-4">
            <Link href={`/agreements/${agreement.slug}`} className="font-medium text-primary hover:underline">
              <span lang={title.lang}>{title.text}</span>
            </Link>
            <p className="text-sm text-muted-foreground">
              {t(`form.${agreement.form}`)} · {t(`status.${agreement.status}`)} ·{" "}
              {agreement.signedOn
                ? t("agreements.signedOn", { date: formatPartialDate(agreement.signedOn, locale) })
                : t("agreements.dateUnknown")}
              {place && <> · {place}</>}
            </p>
            <p className="text-sm">
              <span className="sr-only">{t("agreements.parties")}: </span>
              {agreement.parties.map((party) => localName(locale, party.country)).join(" – ")}
            </p>
            {agreement.domains.length > 0 && <DomainBadges domains={agreement.domains} locale={locale} label={t("agreement.domains")} />}
          </li>
        );
      })}
    </ul>
  );
}
