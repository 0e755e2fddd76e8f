import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { clientNamespaces } from "@/lib/i18n/client-namespaces";
import { localeDirection, toLocale } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("site"), getMessages()]);
  // Client components need only these namespaces; sending them alone keeps every page lighter.
  const clientMessages = Object.fromEntries(clientNamespaces.map((namespace) => [namespace, messages[namespace as keyof typeof messages]]));
  return (
    <html lang={locale} dir={localeDirection(toLocale(locale))}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-6xl px-4 py-8">
            {children}
          </main>
          <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted-foreground">{t("footer")}</footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
