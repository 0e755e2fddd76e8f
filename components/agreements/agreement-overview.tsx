import { getTranslations } from "next-intl/server";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { joinNames, languageName, localName, pickLocalized } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { ForeignText, NoteText } from "@/components/i18n/foreign-text";

export async function AgreementOverview({ agreement }: { agreement: AgreementDetail }) {
  const [t, locale] = await Promise.all([getTranslations(), getAppLocale()]);
  const unknown = <span className="text-muted-foreground">{t("agreement.unknown")}</span>;
  const notRecorded = <span className="text-muted-foreground">{t("agreement.notRecorded")}</span>;
  const date = (value: string | null) => (value ? formatPartialDate(value, locale) : unknown);
  const summary = pickLocalized(locale, { en: agreement.summaryEn, fr: agreement.summaryFr });
  const place = joinNames(locale, [agreement.placeCity, agreement.placeCountry && localName(locale, agreement.placeCountry)]);
  return (
    <DescriptionList>
      <DescriptionItem term={t("agreement.originalTitle", { language: languageName(locale, agreement.titleLanguage) })}>
        <span lang={agreement.titleLanguage}>{agreement.title}</span>
      </DescriptionItem>
      {/* A title in the text's own language is the title above: it is not asked for again. */}
      {(agreement.titleEn || agreement.titleLanguage !== "en") && (
        <DescriptionItem term={t("agreement.titleEn")}>
          {agreement.titleEn ? <span lang="en">{agreement.titleEn}</span> : notRecorded}
        </DescriptionItem>
      )}
      {(agreement.titleFr || agreement.titleLanguage !== "fr") && (
        <DescriptionItem term={t("agreement.titleFr")}>
          {agreement.titleFr ? <span lang="fr">{agreement.titleFr}</span> : notRecorded}
        </DescriptionItem>
      )}
      {(agreement.titleAr || agreement.titleLanguage !== "ar") && (
        <DescriptionItem term={t("agreement.titleAr")}>
          {agreement.titleAr ? (
            <span lang="ar" dir="rtl">
              {agreement.titleAr}
            </span>
          ) : (
            notRecorded
          )}
        </DescriptionItem>
      )}
      <DescriptionItem term={t("agreement.shortName")}>{agreement.shortName ?? notRecorded}</DescriptionItem>
      <DescriptionItem term={t("agreement.form")}>{t(`form.${agreement.form}`)}</DescriptionItem>
      <DescriptionItem term={t("agreement.legalNature")}>
        {agreement.legalNature ? t(`legalNature.${agreement.legalNature}`) : unknown}
      </DescriptionItem>
      <DescriptionItem term={t("agreement.status")}>{t(`status.${agreement.status}`)}</DescriptionItem>
      <DescriptionItem term={t("agreement.signedOn")}>{date(agreement.signedOn)}</DescriptionItem>
      <DescriptionItem term={t("agreement.place")}>{place || unknown}</DescriptionItem>
      <DescriptionItem term={t("agreement.entryIntoForceOn")}>{date(agreement.entryIntoForceOn)}</DescriptionItem>
      <DescriptionItem term={t("agreement.endedOn")}>{date(agreement.endedOn)}</DescriptionItem>
      <DescriptionItem term={t("agreement.disclosure")}>
        {agreement.disclosure ? t(`disclosure.${agreement.disclosure}`) : unknown}
      </DescriptionItem>
      <DescriptionItem term={t("agreement.summary")}>
        {summary ? <ForeignText text={summary} locale={locale} /> : notRecorded}
      </DescriptionItem>
      <DescriptionItem term={t("agreement.notes")}>
        {agreement.notes ? <NoteText text={agreement.notes} lang={agreement.notesLanguage} locale={locale} /> : notRecorded}
      </DescriptionItem>
    </DescriptionList>
  );
}
