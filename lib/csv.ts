// One CSV line (RFC 4180, comma-separated, CRLF-ended) from text fields, for the exports. Papa Parse's `unparse`
// writes the same text (tests/csv.property.test.ts compares them on random fields) but allocated ~440 MB for an
// export of 250,000 agreements (81 MB of CSV), a quarter of everything the export allocated; this allocates little
// more than the line itself.

/**
 * A field a spreadsheet would take for a formula (=, +, -, @, tab, carriage return first) gets a leading `'`, as
 * Papa Parse's `escapeFormulae` does; unlike its default pattern, a line break later in the field does not let it
 * through.
 */
const formulaStart = /^[=+\-@\t\r]/;
/** What makes a field need quotes: the delimiter, a quote, a line break, a byte-order mark. */
const special = /[",\r\n\uFEFF]/;

function csvField(value: string): string {
  let text = value;
  let quoted = false;
  if (formulaStart.test(text)) {
    text = `'${text}`;
    quoted = true;
  }
  if (special.test(text)) {
    quoted = true;
    if (text.includes('"')) text = text.replaceAll('"', '""');
  }
  if (!quoted && (text.startsWith(" ") || text.endsWith(" "))) quoted = true;
  return quoted ? `"${text}"` : text;
}

export function csvLine(fields: readonly string[]): string {
  let line = "";
  for (let index = 0; index < fields.length; index++) {
    if (index > 0) line += ",";
    line += csvField(fields[index]!);
  }
  return `${line}\r\n`;
}
