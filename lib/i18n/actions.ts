"use server";
// Choosing the interface language is open to everyone: it only sets a preference cookie.
import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { sitePath } from "@/lib/auth/paths";
import { formFields } from "@/lib/forms/form-state";
import { locales, localeCookie } from "./locales";

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
  const fields = formFields(formData, ["locale", "returnTo"]);
  const parsed = setLocaleInput.safeParse(fields);
  const returnTo = sitePath.safeParse(fields.returnTo || (await refererPath()));
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
