import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { VisitForm } from "@/components/visits/form/visit-form";
import { getFormLabels } from "@/lib/agreements/queries";
import { Role } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { visitFormNamespaces } from "@/lib/i18n/client-namespaces";
import { getAppLocale } from "@/lib/i18n/server";
import { visitFormValues } from "@/lib/visits/form-values";
import { getVisitForEdit, getVisitFormOptions } from "@/lib/visits/queries";

export async function generateMetadata(): Promise<Metadata> {
  await requireRole(Role.EDITOR);
  return { title: (await getTranslations("visitForm"))("editTitle") };
}

export default async function EditVisitPage({ params }: PageProps<"/visits/[slug]/edit">) {
  await requireRole(Role.EDITOR);
  const [visit, locale, t] = await Promise.all([getVisitForEdit((await params).slug), getAppLocale(), getTranslations("visitForm")]);
  if (!visit) notFound();
  const [options, labels] = await Promise.all([
    getVisitFormOptions(locale),
    getFormLabels({ visit: null, agreements: visit.snapshot.agreements.map((row) => row.slug) }, locale),
  ]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("editNamed", { name: visit.visitor.name })}</h1>
      <p className="text-sm">
        <Link href={`/visits/${visit.slug}`} className="text-primary hover:underline">
          {t("backToVisit")}
        </Link>
      </p>
      <ClientMessages namespaces={visitFormNamespaces}>
        <VisitForm
          options={options}
          initialValues={visitFormValues(visit.snapshot)}
          labels={labels}
          edit={{ slug: visit.slug, version: visit.version }}
        />
      </ClientMessages>
    </div>
  );
}
