import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { domainNamespaces } from "@/lib/i18n/client-namespaces";
import { DomainForm } from "@/components/domains/domain-form";
import { DomainTable } from "@/components/domains/domain-table";
import { hasRole, Role } from "@/lib/auth/roles";
import { requireReader } from "@/lib/auth/session";
import { getDomains } from "@/lib/domains/queries";
import { localName } from "@/lib/i18n/localize";
import { getAppLocale } from "@/lib/i18n/server";
import { toSearchParams } from "@/lib/search/url-params";

export async function generateMetadata(): Promise<Metadata> {
  await requireReader();
  return { title: (await getTranslations("domains"))("title") };
}

export default async function DomainsPage({ searchParams }: PageProps<"/domains">) {
  const user = await requireReader();
  const [t, locale, domains, query] = await Promise.all([
    getTranslations("domains"),
    getAppLocale(),
    getDomains(),
    searchParams.then(toSearchParams),
  ]);
  const saved = query.get("saved");
  const savedDomain = domains.find((domain) => domain.slug === saved);
  const canEdit = hasRole(user, Role.EDITOR);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-muted-foreground">{t("intro")}</p>
      {savedDomain && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900">
          {t("saved", { name: localName(locale, savedDomain) })}
        </p>
      )}
      <DomainTable domains={domains} locale={locale} canEdit={canEdit} savedSlug={savedDomain?.slug} />
      {canEdit && (
        <section aria-labelledby="new-domain" className="flex max-w-3xl flex-col gap-3">
          <h2 id="new-domain" className="text-lg font-semibold">
            {t("addTitle")}
          </h2>
          <ClientMessages namespaces={domainNamespaces}>
            <DomainForm />
          </ClientMessages>
        </section>
      )}
    </div>
  );
}
