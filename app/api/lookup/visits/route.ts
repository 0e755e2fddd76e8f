// Suggestions for the visit picker of the agreement form: `?q=words` → [{ value: slug, label, detail: dates }].
import { apiLocale } from "@/lib/agreements/api-locale";
import { readerRefusal } from "@/lib/auth/session";
import { lookupVisits } from "@/lib/visits/queries";

export async function GET(request: Request) {
  const refusal = await readerRefusal();
  if (refusal) return refusal;
  const params = new URL(request.url).searchParams;
  const q = (params.get("q") ?? "").slice(0, 200);
  return Response.json({ items: q.trim() ? await lookupVisits(q, apiLocale(request, params)) : [] });
}
