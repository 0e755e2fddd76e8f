// One line that names a visit: who, to where, when. Used in lists and on agreement pages.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatPartialDateRange } from "@/lib/dates/partial-date";
import { localName } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import type { Country, Person, Visit } from "@/lib/generated/prisma/client";

export interface VisitHeadingProps {
  visit: Visit & { visitor: Person; visitorCountry: Country; hostCountry: Country };
}

export async function VisitHeading({ visit }: VisitHeadingProps) {
  const [t, locale] = await Promise.all([getTranslations(), getAppLocale()]);
  const dates = formatPartialDateRange(visit.startOn, visit.endOn, locale);
  return (
    <div className="flex flex-col gap-1">
      <Link href={`/visits/${visit.slug}`} className="font-medium text-primary hover:underline">
        {t("visits.to", { visitor: visit.visitor.name, host: localName(locale, visit.hostCountry) })}
      </Link>
      <p className="text-sm text-muted-foreground">
        {t(`visitKind.${visit.kind}`)} · {localName(locale, visit.visitorCountry)} → {localName(locale, visit.hostCountry)}
        {visit.city && <>, {visit.city}</>}
        {dates && <> · {dates}</>}
      </p>
    </div>
  );
}
