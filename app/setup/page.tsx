import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { accountNamespaces } from "@/lib/i18n/client-namespaces";
import { SetupForm } from "@/components/auth/setup-form";
import { hasAnyUser } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("setupTitle") };
}

// The first visitor of a new installation makes the administrator account; once any account exists, this
// page is closed and sends people to sign in.
export default async function SetupPage() {
  if (await hasAnyUser()) redirect("/sign-in");
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("setupTitle")}</h1>
      <p className="text-sm text-muted-foreground">{t("setupIntro")}</p>
      <ClientMessages namespaces={accountNamespaces}>
        <SetupForm />
      </ClientMessages>
    </div>
  );
}
