// Reading forms with repeatable rows. A row's fields are named "<list>.<index>.<field>" ("signatories.0.titleEn");
// rows come back in index order, and a row left entirely empty (an unused blank row) is dropped. Each row keeps
// the index it had in the form, so an error about the second row read can be shown on the field it came from.
import type { FieldErrors } from "./form-state";
import { formText } from "./form-text";

export type RowIndexes = Record<string, number[]>;

const maxRows = 200;

export function readRows<Field extends string>(
  formData: FormData,
  list: string,
  fields: readonly Field[],
  indexes?: RowIndexes,
  /** Fields that alone do not make a row (a hidden id): a row with nothing else filled in is dropped. */
  hiddenFields: readonly Field[] = [],
): Record<Field, string>[] {
  const rows = new Map<number, Record<string, string>>();
  const pattern = new RegExp(`^${list.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d{1,4})\\.(.+)$`);
  for (const [name, value] of formData) {
    const match = pattern.exec(name);
    if (!match || typeof value !== "string" || !(fields as readonly string[]).includes(match[2]!)) continue;
    const index = Number(match[1]);
    if (!rows.has(index) && rows.size >= maxRows) continue;
    const row = rows.get(index) ?? {};
    row[match[2]!] ??= formText(value);
    rows.set(index, row);
  }
  const kept = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, row]) => [index, Object.fromEntries(fields.map((field) => [field, row[field] ?? ""]))] as [number, Record<Field, string>])
    .filter(([, row]) => fields.some((field) => !hiddenFields.includes(field) && row[field].trim() !== ""));
  if (indexes) indexes[list] = kept.map(([index]) => index);
  return kept.map(([, row]) => row);
}

/** Field errors about rows read by readRows, renamed after the rows' places in the form. */
export function errorsInFormRows(errors: FieldErrors, indexes: RowIndexes): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, messages]) => {
      const [list, position, ...rest] = path.split(".");
      const index = list && position !== undefined ? indexes[list]?.[Number(position)] : undefined;
      return [index === undefined ? path : [list, index, ...rest].join("."), messages];
    }),
  );
}

/** The first value of a field, when it is text: a file posted in its place reads as if the field were absent. */
export function readText(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? formText(value) : undefined;
}

/** Every value of a field sent several times (checkboxes, a multi-select), strings only, at most `max`. */
export function readAll(formData: FormData, name: string, max = maxRows): string[] {
  return formData
    .getAll(name)
    .filter((value): value is string => typeof value === "string")
    .slice(0, max)
    .map(formText);
}
