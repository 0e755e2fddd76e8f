import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { VisitForm } from "@/components/visits/form/visit-form";
import { Role } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { visitFormNamespaces } from "@/lib/i18n/client-namespaces";
import { getAppLocale } from "@/lib/i18n/server";
import { getVisitFormOptions } from "@/lib/visits/queries";

export async function generateMetadata(): Promise<Metadata> {
  await requireRole(Role.EDITOR);
  return { title: (await getTranslations("visitForm"))("newTitle") };
}

export default async function NewVisitPage() {
  await requireRole(Role.EDITOR);
  const locale = await getAppLocale();
  const [t, options] = await Promise.all([getTranslations("visitForm"), getVisitFormOptions(locale)]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <ClientMessages namespaces={visitFormNamespaces}>
        <VisitForm options={options} initialValues={{ notesLanguage: locale }} labels={{}} />
      </ClientMessages>
    </div>
  );
}
