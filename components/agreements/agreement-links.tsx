import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoteText } from "@/components/i18n/foreign-text";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { agreementTitle } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";

export async function AgreementLinks({ agreement }: { agreement: AgreementDetail }) {
  const [t, locale] = await Promise.all([getTranslations(), getAppLocale()]);
  const links = [
    ...agreement.linksFrom.map((link) => ({ ...link, direction: "out" as const, other: link.to })),
    ...agreement.linksTo.map((link) => ({ ...link, direction: "in" as const, other: link.from })),
  ];
  if (links.length === 0) return <p className="text-sm text-muted-foreground">{t("agreement.noLinks")}</p>;
  return (
    <ul className="flex flex-col gap-3 text-sm">
      {links.map((link) => {
        const title = agreementTitle(locale, link.other);
        return (
          <li key={`${link.direction}-${link.id}`}>
            <span className="text-muted-foreground">{t(`linkKind.${link.kind}.${link.direction}`)}</span>{" "}
            <Link href={`/agreements/${link.other.slug}`} className="text-primary hover:underline">
              <span lang={title.lang}>{title.text}</span>
            </Link>
            {link.note && (
              <p className="text-muted-foreground">
                <NoteText text={link.note} lang={link.noteLanguage} locale={locale} />
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
