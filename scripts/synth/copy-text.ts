// Rows in PostgreSQL's COPY text format: tab between columns, a newline after each row, \N for NULL, and the
// backslash, tab, newline and carriage return inside a value written as escapes.
const special = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** Rows given as one flat array of values, row after row, each `width` values long (scripts/synth/rows.ts). */
export function copyText(values: readonly unknown[], width: number): string {
  const lines: string[] = [];
  for (let start = 0; start < values.length; start += width) {
    const fields: string[] = [];
    for (let index = start; index < start + width; index++) {
      const value = values[index];
      fields.push(value === null || value === undefined ? "\\N" : String(value).replace(special, (character) => escapes[character]!));
    }
    lines.push(`${fields.join("\t")}\n`);
  }
  return lines.join("");
}
