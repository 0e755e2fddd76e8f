"use server";
// Choosing the interface language is open to everyone: it only sets a preference cookie.
import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { formFields, rawField } from "@/lib/forms/form-state";
import { localeSwitchDestination } from "./locale-destination";
import { locales, localeCookie } from "./locales";

const setLocaleInput = z.object({ locale: z.enum(locales) });

export async function setLocale(formData: FormData): Promise<void> {
  const fields = formFields(formData, ["locale"]);
  const parsed = setLocaleInput.safeParse(fields);
  const destination = localeSwitchDestination(rawField(formData, "returnTo"), (await headers()).get("referer"));
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
