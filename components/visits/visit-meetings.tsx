import { getTranslations } from "next-intl/server";
import type { VisitDetail } from "@/lib/visits/queries";
import { listSeparator, localName, pickLocalized } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { ForeignText } from "@/components/i18n/foreign-text";

export async function VisitMeetings({ meetings }: { meetings: VisitDetail["meetings"] }) {
  const [t, locale] = await Promise.all([getTranslations("visit"), getAppLocale()]);
  if (meetings.length === 0) return <p className="text-sm text-muted-foreground">{t("noMeetings")}</p>;
  return (
    <ol className="flex flex-col gap-4">
      {meetings.map((meeting) => {
        const title = pickLocalized(locale, { en: meeting.counterpartTitleEn, fr: meeting.counterpartTitleFr });
        const summary = pickLocalized(locale, { en: meeting.summaryEn, fr: meeting.summaryFr });
        return (
          <li key={meeting.id} className="flex flex-col gap-1 text-sm">
            <p>
              <bdi className="font-medium">
                {meeting.counterpart?.name ?? <span className="italic text-muted-foreground">{t("counterpartUnnamed")}</span>}
              </bdi>
              {title && (
                <>
                  {listSeparator(locale)}
                  <ForeignText text={title} locale={locale} />
                </>
              )}
              {meeting.counterpartCountry && (
                <span className="text-muted-foreground"> ({localName(locale, meeting.counterpartCountry)})</span>
              )}
            </p>
            {summary && (
              <p>
                <ForeignText text={summary} locale={locale} />
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
