import type { NextRequest } from "next/server";
import { exportFormats, exportStream, type ExportFormat } from "@/lib/agreements/export";
import { publicOrigin } from "@/lib/agreements/public-url";
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { readerRefusal } from "@/lib/auth/session";
import { requestLocale } from "@/lib/i18n/request-locale";

const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export async function GET(request: NextRequest) {
  const refusal = await readerRefusal();
  if (refusal) return refusal;
  const params = request.nextUrl.searchParams;
  const requested = params.get("format") ?? "csv";
  if (!(exportFormats as readonly string[]).includes(requested)) {
    return Response.json({ error: `Unknown format "${requested}": use csv or json.` }, { status: 400 });
  }
  const format = requested as ExportFormat;
  const stream = await exportStream(format, parseAgreementSearch(params), requestLocale(request), publicOrigin(request));
  const date = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="accords-agreements-${date}.${format}"`,
    },
  });
}
