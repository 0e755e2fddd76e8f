// Reading forms with repeatable rows. A row's fields are named "<list>.<index>.<field>" ("signatories.0.titleEn");
// rows come back in index order, and a row left entirely empty (an unused blank row) is dropped.

const maxRows = 200;

export function readRows<Field extends string>(
  formData: FormData,
  list: string,
  fields: readonly Field[],
): Record<Field, string>[] {
  const rows = new Map<number, Record<string, string>>();
  const pattern = new RegExp(`^${list.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d{1,4})\\.(.+)$`);
  for (const [name, value] of formData) {
    const match = pattern.exec(name);
    if (!match || typeof value !== "string" || !(fields as readonly string[]).includes(match[2]!)) continue;
    const index = Number(match[1]);
    if (!rows.has(index) && rows.size >= maxRows) continue;
    const row = rows.get(index) ?? {};
    row[match[2]!] ??= value;
    rows.set(index, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => Object.fromEntries(fields.map((field) => [field, row[field] ?? ""])) as Record<Field, string>)
    .filter((row) => Object.values(row).some((value) => (value as string).trim() !== ""));
}

/** Every value of a field sent several times (checkboxes, a multi-select), strings only, at most `max`. */
export function readAll(formData: FormData, name: string, max = maxRows): string[] {
  return formData
    .getAll(name)
    .filter((value): value is string => typeof value === "string")
    .slice(0, max);
}
