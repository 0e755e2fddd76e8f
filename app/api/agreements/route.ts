import type { NextRequest } from "next/server";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { getAgreementPage } from "@/lib/agreements/table-queries";
import { readerRefusal } from "@/lib/auth/session";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function GET(request: NextRequest) {
  const refusal = await readerRefusal();
  if (refusal) return refusal;
  const { search, rows, total, pageCount } = await getAgreementPage(
    parseAgreementSearch(request.nextUrl.searchParams),
    requestLocale(request),
  );
  return Response.json({ total, page: search.page, size: search.size, pageCount, items: rows });
}
