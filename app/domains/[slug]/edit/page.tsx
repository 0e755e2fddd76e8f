import type { Metadata } from "next";
import { localName } from "@/lib/i18n/localize";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { domainNamespaces } from "@/lib/i18n/client-namespaces";
import { DomainForm } from "@/components/domains/domain-form";
import { Role } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { getDomain } from "@/lib/domains/queries";
import { getAppLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  await requireRole(Role.EDITOR);
  return { title: (await getTranslations("domains"))("editTitle") };
}

export default async function EditDomainPage({ params }: PageProps<"/domains/[slug]/edit">) {
  await requireRole(Role.EDITOR);
  const [domain, t, locale] = await Promise.all([getDomain((await params).slug), getTranslations("domains"), getAppLocale()]);
  if (!domain) notFound();
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("editNamed", { name: localName(locale, domain) })}</h1>
      <p className="text-sm text-muted-foreground">{t("slugKept", { slug: domain.slug })}</p>
      <ClientMessages namespaces={domainNamespaces}>
        <DomainForm domain={domain} />
      </ClientMessages>
      <Link href="/domains" className="text-sm text-primary hover:underline">
        {t("back")}
      </Link>
    </div>
  );
}
