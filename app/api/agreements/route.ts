import { apiLocale } from "@/lib/agreements/api-locale";
import { parseAgreementSearch } from "@/lib/agreements/search-params";
import { getAgreementPage } from "@/lib/agreements/table-queries";
import { readerRefusal } from "@/lib/auth/session";

export async function GET(request: Request) {
  const refusal = await readerRefusal();
  if (refusal) return refusal;
  const params = new URL(request.url).searchParams;
  const { search, rows, total, pageCount } = await getAgreementPage(parseAgreementSearch(params), apiLocale(request, params));
  return Response.json({ total, page: search.page, size: search.size, pageCount, items: rows });
}
