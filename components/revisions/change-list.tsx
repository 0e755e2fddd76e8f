// The fields a change touched, each with its value before and after, readable by people (lists joined, empty
// values named). No hooks and no directive: a record's history draws it on the server, and a form's conflict
// notice in the browser, each with its own translators (changeWords).
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

/** A translator as next-intl gives them on the server and in the browser, as far as a change list needs it. */
interface Translator {
  (key: never): string;
  has: (key: never) => boolean;
}

/** What a change list says, from the translators of the history, of the record's fields and of the whole catalogue. */
export function changeWords(history: Translator, fields: Translator, all: Translator) {
  const say = (translator: Translator, key: string) => translator(key as never);
  return {
    field: (field: string) => (fields.has(field as never) ? say(fields, field) : field),
    value: (field: string, value: unknown) => {
      const namespace = enumNamespaces[field as keyof typeof enumNamespaces];
      if (namespace && typeof value === "string" && value) return say(all, `${namespace}.${value}`);
      if (field === "archived") return value ? say(history, "archived") : say(history, "notArchived");
      return describe(value, say(history, "empty"));
    },
    becomes: say(history, "becomes"),
  };
}

export type ChangeWords = ReturnType<typeof changeWords>;

/** With `created`, only the values set are shown (there was nothing before). */
export function ChangeList({ changes, created = false, words }: { changes: FieldChange[]; created?: boolean; words: ChangeWords }) {
  if (changes.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      {changes.map((change) => (
        <div key={change.field} className="contents">
          <dt className="font-medium">{words.field(change.field)}</dt>
          <dd>
            {!created && (
              <>
                <del className="text-muted-foreground">{words.value(change.field, change.before)}</del> <span aria-hidden="true">→</span>
                <span className="sr-only">{words.becomes}</span>{" "}
              </>
            )}
            <ins className="no-underline">{words.value(change.field, change.after)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
