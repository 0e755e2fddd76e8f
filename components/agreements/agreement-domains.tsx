import { getTranslations } from "next-intl/server";
import { localName } from "@/lib/i18n/localize";
import { DomainLink } from "./domain-link";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { getAppLocale } from "@/lib/i18n/server";

type DomainEntry = AgreementDetail["domains"][number];

// Several domains often rest on the same sentence: show it once, under all of them.
function groupByEvidence(domains: DomainEntry[]): DomainEntry[][] {
  const groups = new Map<string, DomainEntry[]>();
  for (const entry of domains) {
    const key = entry.evidence ? `${entry.evidenceSourceId}:${entry.evidence}` : `none:${entry.domainId}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()];
}

export async function AgreementDomains({ domains }: { domains: AgreementDetail["domains"] }) {
  const [t, locale] = await Promise.all([getTranslations("agreement"), getAppLocale()]);
  if (domains.length === 0) return <p className="text-sm text-muted-foreground">{t("noDomains")}</p>;
  return (
    <ul className="flex flex-col gap-5">
      {groupByEvidence(domains).map((group) => {
        const { evidence, evidenceSource } = group[0]!;
        return (
          <li key={group.map((entry) => entry.domainId).join("-")} className="flex flex-col gap-2">
            <ul className="flex flex-wrap gap-1">
              {group.map(({ domain }) => (
                <li key={domain.id}>
                  <DomainLink domain={domain} locale={locale} title={t("domainLink", { domain: localName(locale, domain) })} />
                </li>
              ))}
            </ul>
            {evidence && (
              <figure className="text-sm">
                <blockquote lang={evidenceSource?.language} className="border-s-4 ps-3 italic">
                  {evidence}
                </blockquote>
                {evidenceSource && (
                  <figcaption className="mt-1 ps-4 text-muted-foreground">
                    {t("evidence")} — <span lang={evidenceSource.language}>{evidenceSource.publisher}</span>
                  </figcaption>
                )}
              </figure>
            )}
          </li>
        );
      })}
    </ul>
  );
}
