// Suggestions for the visit picker of the agreement form: `?q=words` → [{ value: slug, label, detail: dates }].
import type { NextRequest } from "next/server";
import { readerRefusal } from "@/lib/auth/session";
import { requestLocale } from "@/lib/i18n/request-locale";
import { lookupVisits } from "@/lib/visits/queries";

export async function GET(request: NextRequest) {
  const refusal = await readerRefusal();
  if (refusal) return refusal;
  const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200);
  return Response.json({ items: q.trim() ? await lookupVisits(q, requestLocale(request)) : [] });
}
