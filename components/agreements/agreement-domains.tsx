import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { getAppLocale } from "@/lib/i18n/server";

export async function AgreementDomains({ domains }: { domains: AgreementDetail["domains"] }) {
  const t = await getTranslations("agreement");
  const locale = await getAppLocale();
  if (domains.length === 0) return <p className="text-sm text-muted-foreground">{t("noDomains")}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {domains.map(({ domain, evidence, evidenceSource }) => (
        <li key={domain.id} className="flex flex-col gap-1">
          <p>
            <Badge>{locale === "fr" ? domain.nameFr : domain.nameEn}</Badge>
          </p>
          {evidence && (
            <figure className="text-sm">
              <blockquote lang={evidenceSource?.language} className="border-l-4 pl-3 italic">
                {evidence}
              </blockquote>
              {evidenceSource && (
                <figcaption className="mt-1 pl-4 text-muted-foreground">
                  {t("evidence")} — <span lang={evidenceSource.language}>{evidenceSource.publisher}</span>
                </figcaption>
              )}
            </figure>
          )}
        </li>
      ))}
    </ul>
  );
}
