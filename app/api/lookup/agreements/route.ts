// Suggestions for the agreement pickers of the forms: `?q=words` → [{ value: slug, label: title, detail }].
import { apiLocale } from "@/lib/agreements/api-locale";
import { parseAgreementSearch } from "@/lib/agreements/search-params";
import { getAgreementPage } from "@/lib/agreements/table-queries";
import { readerRefusal } from "@/lib/auth/session";

export async function GET(request: Request) {
  const refusal = await readerRefusal();
  if (refusal) return refusal;
  const params = new URL(request.url).searchParams;
  const q = (params.get("q") ?? "").slice(0, 200);
  if (!q.trim()) return Response.json({ items: [] });
  const { rows } = await getAgreementPage(parseAgreementSearch(new URLSearchParams({ q, size: "25" })), apiLocale(request, params));
  return Response.json({
    items: rows.slice(0, 15).map((row) => ({ value: row.slug, label: row.title, detail: [row.signedOn, row.parties.map((party) => party.name).join(", ")].filter(Boolean).join(" · ") })),
  });
}
