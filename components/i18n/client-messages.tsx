// Gives the client components below it the messages of extra namespaces, on top of those every page has.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientNamespaces } from "@/lib/i18n/client-namespaces";

export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(
    [...clientNamespaces, ...namespaces].map((namespace) => [namespace, messages[namespace as keyof typeof messages]]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
