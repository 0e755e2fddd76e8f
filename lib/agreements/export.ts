// The current search's agreements as CSV or JSON, streamed in batches so a large result never sits in memory.
import "server-only";
import { csvLine } from "@/lib/csv";
import type { Locale } from "@/lib/i18n/locales";
import { agreementUrl } from "./public-url";
import type { AgreementSearch } from "./search-params";
import { getAllAgreementRows } from "./table-queries";
import type { AgreementRow } from "./table-types";

export const exportFormats = ["csv", "json"] as const;
export type ExportFormat = (typeof exportFormats)[number];

const csvColumns = [
  "slug",
  "title",
  "title_language",
  "form",
  "status",
  "signed_on",
  "place",
  "party_codes",
  "parties",
  "domain_slugs",
  "domains",
  "visit",
  "url",
] as const;

/** A row's CSV fields, in the order of `csvColumns` (arrays rather than objects: fewer allocations per row). */
function csvFields(row: AgreementRow, origin: string): string[] {
  return [
    row.slug,
    row.title,
    row.titleLang,
    row.form,
    row.status,
    row.signedOn ?? "",
    row.place ?? "",
    row.parties.map((party) => party.code).join(";"),
    row.parties.map((party) => party.name).join("; "),
    row.domains.map((domain) => domain.slug).join(";"),
    row.domains.map((domain) => domain.name).join("; "),
    row.visit?.label ?? "",
    agreementUrl(origin, row.slug),
  ];
}

export async function exportStream(format: ExportFormat, search: AgreementSearch, locale: Locale, origin: string) {
  const encoder = new TextEncoder();
  const batches = await getAllAgreementRows(search, locale);
  let first = true;
  // Pulled, one batch per pull, and nothing read ahead beyond one chunk (highWaterMark 1): the reader's pace, down
  // to the socket's, sets the pace of the database reads, so memory holds a batch or two whatever the count.
  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        // A byte-order mark, so spreadsheet programs read the accents as UTF-8.
        controller.enqueue(encoder.encode(format === "csv" ? `\uFEFF${csvColumns.join(",")}\r\n` : "["));
      },
      async pull(controller) {
        // better-sqlite3 answers synchronously, so batch after batch would never let the event loop take another
        // request: measured at 250,000 agreements, the sign-in page waited 270 s behind an export. One turn of the
        // event loop per batch lets others in.
        await new Promise((resolve) => setImmediate(resolve));
        const { value: rows, done } = await batches.next();
        if (done) {
          if (format === "json") controller.enqueue(encoder.encode(first ? "]\n" : "\n]\n"));
          controller.close();
          return;
        }
        const text =
          format === "csv"
            ? rows.map((row) => csvLine(csvFields(row, origin))).join("")
            : rows.map((row, index) => `${first && index === 0 ? "\n" : ",\n"}${JSON.stringify(row)}`).join("");
        first = false;
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        // The reader went away (say the download was stopped): end the reading of batches there.
        await batches.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
