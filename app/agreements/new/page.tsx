import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/form/agreement-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Role } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { getAgreementFormOptions } from "@/lib/agreements/queries";
import { agreementFormNamespaces } from "@/lib/i18n/client-namespaces";
import { getAppLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  await requireRole(Role.EDITOR);
  return { title: (await getTranslations("agreementForm"))("newTitle") };
}

export default async function NewAgreementPage() {
  await requireRole(Role.EDITOR);
  const locale = await getAppLocale();
  const [t, options] = await Promise.all([getTranslations("agreementForm"), getAgreementFormOptions(locale)]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-muted-foreground">{t("newIntro")}</p>
      <ClientMessages namespaces={agreementFormNamespaces}>
        <AgreementForm options={options} initialValues={{ titleLanguage: "en", notesLanguage: locale }} labels={{}} />
      </ClientMessages>
    </div>
  );
}
