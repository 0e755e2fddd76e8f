"use client";
// The fields a change touched, each with its value before and after, readable by people (lists joined, empty
// values named).
import { useTranslations } from "next-intl";
import type { FieldChange } from "@/lib/agreements/snapshot";

function describe(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return empty;
  if (Array.isArray(value)) return value.map((item) => describe(item, empty)).join("; ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key, item]) => key !== "sourceId" && item !== null && item !== "")
      .map(([, item]) => describe(item, empty))
      .join(", ");
  }
  return String(value);
}

const enumNamespaces = { form: "form", status: "status", legalNature: "legalNature", disclosure: "disclosure", kind: "visitKind" } as const;

/** With `created`, only the values set are shown (there was nothing before). */
export function ChangeList({
  changes,
  created = false,
  fieldsNamespace = "agreementForm",
}: {
  changes: FieldChange[];
  created?: boolean;
  fieldsNamespace?: "agreementForm" | "visitForm";
}) {
  const t = useTranslations("history");
  const fields = useTranslations(fieldsNamespace);
  const all = useTranslations();
  const show = (field: string, value: unknown) => {
    const namespace = enumNamespaces[field as keyof typeof enumNamespaces];
    if (namespace && typeof value === "string" && value) return all(`${namespace}.${value}` as never);
    if (field === "archived") return value ? t("archived") : t("notArchived");
    return describe(value, t("empty"));
  };
  if (changes.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      {changes.map((change) => (
        <div key={change.field} className="contents">
          <dt className="font-medium">{fields.has(change.field as never) ? fields(change.field as never) : change.field}</dt>
          <dd>
            {!created && (
              <>
                <del className="text-muted-foreground">{show(change.field, change.before)}</del> <span aria-hidden="true">→</span>
                <span className="sr-only">{t("becomes")}</span>{" "}
              </>
            )}
            <ins className="no-underline">{show(change.field, change.after)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
