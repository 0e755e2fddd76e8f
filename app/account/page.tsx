import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { accountNamespaces } from "@/lib/i18n/client-namespaces";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { DescriptionItem, DescriptionList } from "@/components/ui/description-list";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("accountTitle") };
}

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=%2Faccount");
  const [t, roles] = await Promise.all([getTranslations("auth"), getTranslations("roles")]);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("accountTitle")}</h1>
      <DescriptionList>
        <DescriptionItem term={t("name")}>{user.name}</DescriptionItem>
        <DescriptionItem term={t("email")}>{user.email}</DescriptionItem>
        <DescriptionItem term={t("role")}>{roles(user.role)}</DescriptionItem>
      </DescriptionList>
      <section aria-labelledby="change-password" className="flex flex-col gap-4">
        <h2 id="change-password" className="text-lg font-semibold">
          {t("changePassword")}
        </h2>
        <ClientMessages namespaces={accountNamespaces}>
          <ChangePasswordForm email={user.email} />
        </ClientMessages>
      </section>
    </div>
  );
}
