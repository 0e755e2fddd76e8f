import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { accountNamespaces } from "@/lib/i18n/client-namespaces";
import { SignInForm } from "@/components/auth/sign-in-form";
import { returnPath } from "@/lib/auth/paths";
import { getCurrentUser } from "@/lib/auth/session";
import { toSearchParams } from "@/lib/search/url-params";
import { hasAnyUser } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const next = returnPath(toSearchParams(await searchParams).get("next"));
  if (!(await hasAnyUser())) redirect("/setup");
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      {/* Sent here from a page that needs an account: say why. */}
      {next !== "/" && (
        <p role="status" className="rounded-md border border-amber-500 bg-amber-50 p-3 text-sm">
          {/\/(new|edit)$/.test(next.split("?")[0]!) ? t("signInToEdit") : t("signInToContinue")}
        </p>
      )}
      <p className="text-sm text-muted-foreground">{t("signInIntro")}</p>
      <ClientMessages namespaces={accountNamespaces}>
        <SignInForm next={next} />
      </ClientMessages>
    </div>
  );
}
