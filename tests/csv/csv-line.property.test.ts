// lib/csv.ts against Papa Parse, the library it stands in for in the exports: on random fields, including quotes,
// commas, line breaks, byte-order marks, leading and trailing spaces and formula-like starts, both write the same
// text, and Papa Parse reads it back as the fields (with the formula guard's `'`).
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvLine } from "@/lib/csv";

const tricky = fc.constantFrom('"', ",", "\r", "\n", "\r\n", "\uFEFF", " ", "=", "+", "-", "@", "\t", "'", "é", "a");
const field = fc.oneof(
  fc.string(),
  fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join("")),
  fc.string({ unit: "grapheme" }),
);
const fields = fc.array(field, { minLength: 1, maxLength: 8 });
const papaOptions = { header: false, escapeFormulae: /^[=+\-@\t\r]/, newline: "\r\n" } as const;

describe("csvLine", () => {
  it("writes what Papa Parse's unparse writes", () => {
    fc.assert(
      fc.property(fields, (values) => {
        expect(csvLine(values)).toBe(`${Papa.unparse([values], papaOptions)}\r\n`);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back as the same fields, formulas guarded", () => {
    fc.assert(
      fc.property(fields, (values) => {
        const { data, errors } = Papa.parse<string[]>(csvLine(values), { newline: "\r\n", delimiter: "," });
        expect(errors).toEqual([]);
        expect(data[0]).toEqual(values.map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)));
      }),
      { numRuns: 2000 },
    );
  });

  it("quotes and guards the cases a spreadsheet would misread", () => {
    expect(csvLine(["plain", "a,b", 'say "hi"', " padded", "=SUM(A1)", "-1\nline", ""])).toBe(
      'plain,"a,b","say ""hi"""," padded","\'=SUM(A1)","\'-1\nline",\r\n',
    );
  });
});
