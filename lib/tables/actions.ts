"use server";
// Showing and hiding a table's columns is open to everyone, like the language: it only sets the caller's own
// preference cookie. The table is then drawn again where it is (same address, same open panel); without
// JavaScript the answer to the form's POST is that page, drawn with the new columns.
import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { z } from "@/lib/zod";
import { columnPreferences as agreementColumns } from "@/lib/agreements/column-preferences";
import { formFields } from "@/lib/forms/form-state";
import { columnPreferences as visitColumns } from "@/lib/visits/column-preferences";

const tables = { agreements: agreementColumns, visits: visitColumns } as const;

const shownColumnsInput = z.object({
  table: z.enum(["agreements", "visits"]),
  shown: z.array(z.string().max(40)).max(20),
});

export async function setShownColumns(formData: FormData): Promise<void> {
  // A public endpoint: anything may arrive in place of the form's data.
  const form = formData instanceof FormData ? formData : new FormData();
  const parsed = shownColumnsInput.safeParse({ ...formFields(form, ["table"]), shown: form.getAll("shown") });
  if (!parsed.success) return;
  const preferences = tables[parsed.data.table];
  const shown = new Set(parsed.data.shown);
  (await cookies()).set(preferences.cookie, preferences.serialize(preferences.hideable.filter((id) => !shown.has(id))), {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
  refresh();
}
