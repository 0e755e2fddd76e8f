"use server";
// Choosing the interface language is open to everyone: it only sets a preference cookie.
import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { locales, localeCookie } from "./locales";

// Only a path on this site, so the switch cannot be used to send people elsewhere.
const sitePath = z
  .string()
  .startsWith("/")
  .refine((value) => !value.startsWith("//") && !value.includes("\\"));

const setLocaleInput = z.object({ locale: z.enum(locales) });

async function refererPath(): Promise<string | undefined> {
  const referer = (await headers()).get("referer");
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    return url.pathname + url.search;
  } catch {
    return undefined;
  }
}

export async function setLocale(formData: FormData): Promise<void> {
  const parsed = setLocaleInput.safeParse({ locale: formData.get("locale") });
  const returnTo = sitePath.safeParse(formData.get("returnTo") || (await refererPath()));
  const destination = returnTo.success ? returnTo.data : "/";
  if (parsed.success) {
    (await cookies()).set(localeCookie, parsed.data.locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
    });
    revalidatePath("/", "layout");
  }
  redirect(destination);
}
