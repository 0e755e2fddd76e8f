// Suggestions for the agreement pickers of the forms: `?q=words` → [{ value: slug, label: title, detail }].
import type { NextRequest } from "next/server";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { getAgreementPage } from "@/lib/agreements/table-queries";
import { readerRefusal } from "@/lib/auth/session";
import { listSeparator } from "@/lib/i18n/localize";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function GET(request: NextRequest) {
  const refusal = await readerRefusal();
  if (refusal) return refusal;
  const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200);
  if (!q.trim()) return Response.json({ items: [] });
  const locale = requestLocale(request);
  const { rows } = await getAgreementPage(parseAgreementSearch(new URLSearchParams({ q, size: "25" })), locale);
  return Response.json({
    items: rows.slice(0, 15).map((row) => ({
      value: row.slug,
      label: row.title,
      // Same-titled agreements told apart by their date and parties.
      detail: [row.signedOn && formatPartialDate(row.signedOn, locale), row.parties.map((party) => party.name).join(listSeparator(locale))]
        .filter(Boolean)
        .join(" · "),
    })),
  });
}
