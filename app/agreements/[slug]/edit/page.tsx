import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/form/agreement-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { agreementFormValues } from "@/lib/agreements/form-values";
import { getAgreementFormOptions, getAgreementForEdit, getFormLabels } from "@/lib/agreements/queries";
import { Role } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { agreementFormNamespaces } from "@/lib/i18n/client-namespaces";
import { getAppLocale } from "@/lib/i18n/server";
import { agreementTitle } from "@/lib/i18n/localize";

export async function generateMetadata(): Promise<Metadata> {
  await requireRole(Role.EDITOR);
  return { title: (await getTranslations("agreementForm"))("editTitle") };
}

export default async function EditAgreementPage({ params }: PageProps<"/agreements/[slug]/edit">) {
  await requireRole(Role.EDITOR);
  const [agreement, locale, t] = await Promise.all([
    getAgreementForEdit((await params).slug),
    getAppLocale(),
    getTranslations("agreementForm"),
  ]);
  if (!agreement) notFound();
  const { snapshot } = agreement;
  const [options, labels] = await Promise.all([
    getAgreementFormOptions(locale),
    getFormLabels({ visit: snapshot.signedDuringVisit, agreements: snapshot.links.map((link) => link.target) }, locale),
  ]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("editNamed", { title: agreementTitle(locale, agreement).text })}</h1>
      <p className="text-sm text-muted-foreground">
        <Link href={`/agreements/${agreement.slug}`} className="text-primary hover:underline">
          {t("backToAgreement")}
        </Link>
      </p>
      <ClientMessages namespaces={agreementFormNamespaces}>
        <AgreementForm
          options={options}
          initialValues={agreementFormValues(snapshot)}
          labels={labels}
          edit={{ slug: agreement.slug, version: agreement.version }}
        />
      </ClientMessages>
    </div>
  );
}
