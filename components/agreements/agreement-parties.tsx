import { getTranslations } from "next-intl/server";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { countryName, pickLocalized } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";

export async function AgreementParties({ agreement }: { agreement: AgreementDetail }) {
  const t = await getTranslations("agreement");
  const locale = await getAppLocale();
  const { parties, signatories } = agreement;
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
            <li key={party.countryCode}>{countryName(locale, party.country)}</li>
          ))}
        </ul>
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
                  <span className="font-medium">{signatory.person.name}</span>
                  {title && (
                    <>
                      , <span lang={title.lang}>{title.text}</span>
                    </>
                  )}{" "}
                  <span className="text-muted-foreground">
                    {t("signedFor", { country: countryName(locale, signatory.country) })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
