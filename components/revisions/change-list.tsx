// The fields a change touched, as people read them: states, domains, visits and agreements by name in the reader's
// language, dates written out, choices by their label; a long text as the words that changed; a list as what was
// added and removed; a domain's evidence as the quoted sentence once, with the words that name each domain marked;
// a source's quoted text folded away. No hooks and no directive: a record's history draws it on the server, and a
// form's conflict notice in the browser, each with its own translators and labels (changeWords).
import { diffWords } from "diff";
import type { ReactNode } from "react";
import { comparable, type FieldChange } from "@/lib/agreements/snapshot";
import { formatPartialDate, formatPartialDateRange } from "@/lib/dates/partial-date";
import { markNamingPhrases } from "@/lib/domains/naming-phrase";
import { agreementTitle, languageName, listSeparator, localName, pickLocalized } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/locales";
import { type ChangeLabels, countryFields } from "@/lib/revisions/labels";

/** A translator as next-intl gives them on the server and in the browser, as far as a change list needs it. */
interface Translator {
  (key: never, values?: never): string;
  has: (key: never) => boolean;
}

const enumNamespaces = { form: "form", status: "status", legalNature: "legalNature", disclosure: "disclosure", kind: "visitKind" } as const;
const dateFields = new Set(["signedOn", "entryIntoForceOn", "endedOn", "startOn", "endOn"]);
/** Texts longer than this are shown as the words that changed rather than whole, before and after. */
const longText = 60;

type Row = Record<string, unknown>;

/** The words two texts share, and those only one has, each keyed by where it starts in its own text. */
function wordChanges(before: string, after: string) {
  const at = { before: 0, after: 0 };
  return diffWords(before, after).map((part) => {
    const key = part.added ? `+${at.after}` : part.removed ? `-${at.before}` : `=${at.after}`;
    if (!part.added) at.before += part.value.length;
    if (!part.removed) at.after += part.value.length;
    return { ...part, key };
  });
}
const isRow = (value: unknown): value is Row => typeof value === "object" && value !== null && !Array.isArray(value);
const asText = (value: unknown) => (typeof value === "string" ? value : value === null || value === undefined ? "" : String(value));

/** What a change list says, from the translators of the history, of the record's fields and of the whole catalogue. */
export function changeWords(history: Translator, fields: Translator, all: Translator, locale: Locale, labels: ChangeLabels) {
  const say = (translator: Translator, key: string, values?: Record<string, string | number>) => translator(key as never, values as never);
  const country = (code: unknown) => {
    const named = labels.countries[asText(code)];
    return named ? localName(locale, named) : asText(code);
  };
  const agreement = (slug: unknown) => {
    const found = labels.agreements[asText(slug)];
    return found ? agreementTitle(locale, found) : { text: asText(slug), lang: locale };
  };
  const visit = (slug: unknown) => {
    const found = labels.visits[asText(slug)];
    if (!found) return asText(slug);
    const dates = formatPartialDateRange(found.startOn, found.endOn, locale);
    const name = say(all, "visits.to", { visitor: found.visitorName, host: localName(locale, found.host) });
    return dates ? `${name} (${dates})` : name;
  };
  const domain = (slug: unknown) => {
    const named = labels.domains[asText(slug)];
    return named ? localName(locale, named) : asText(slug);
  };
  const comma = listSeparator(locale);
  const date = (value: unknown) => (asText(value) ? formatPartialDate(asText(value), locale) : "");

  /** One item of a list field, in a line. */
  const item = (field: string, row: unknown): ReactNode => {
    if (!isRow(row)) return field === "parties" ? country(row) : asText(row);
    switch (field) {
      case "signatories": {
        const title = pickLocalized(locale, { en: asText(row.titleEn), fr: asText(row.titleFr) });
        return (
          <>
            <bdi>{asText(row.personName)}</bdi>
            {title && (
              <>
                {comma}
                <span lang={title.lang}>{title.text}</span>
              </>
            )}{" "}
            ({country(row.countryCode)})
          </>
        );
      }
      case "links": {
        const target = agreement(row.target);
        const kind = `linkKind.${asText(row.kind)}.out`;
        return (
          <>
            {all.has(kind as never) ? say(all, kind) : asText(row.kind)}: <span lang={target.lang}>{target.text}</span>
            {asText(row.note) && (
              <>
                {" "}
                <bdi>({asText(row.note)})</bdi>
              </>
            )}
          </>
        );
      }
      case "agreements": {
        const target = agreement(row.slug);
        return <span lang={target.lang}>{target.text}</span>;
      }
      case "meetings": {
        const who =
          asText(row.counterpartName) ||
          pickLocalized(locale, { en: asText(row.counterpartTitleEn), fr: asText(row.counterpartTitleFr) })?.text;
        const summary = pickLocalized(locale, { en: asText(row.summaryEn), fr: asText(row.summaryFr) });
        return (
          <>
            {who ?? say(history, "empty")}
            {asText(row.counterpartCountryCode) && <> ({country(row.counterpartCountryCode)})</>}
            {summary && (
              <>
                : <span lang={summary.lang}>{summary.text}</span>
              </>
            )}
          </>
        );
      }
      case "sources": {
        const language = asText(row.language);
        const details = [language && languageName(locale, language), date(row.publishedOn)].filter(Boolean).join(comma);
        const excerpt = asText(row.excerpt);
        return (
          <>
            <span lang={language || undefined}>
              {asText(row.publisher)}
              {asText(row.title) && (
                <>
                  {comma}
                  <cite>{asText(row.title)}</cite>
                </>
              )}
            </span>
            {details && <> ({details})</>}
            {asText(row.url) && (
              <>
                {" "}
                <span className="break-all text-muted-foreground">{asText(row.url)}</span>
              </>
            )}
            {excerpt && (
              <details className="mt-1">
                <summary className="cursor-pointer text-muted-foreground">
                  {say(history, "excerpt", { count: excerpt.split(/\s+/).filter(Boolean).length })}
                </summary>
                <blockquote lang={language || undefined} className="mt-1 whitespace-pre-line border-s-4 ps-3">
                  {excerpt}
                </blockquote>
              </details>
            )}
          </>
        );
      }
      default:
        return Object.values(row).map(asText).filter(Boolean).join(comma);
    }
  };

  /** Domains that rest on the same sentence share one quote, in which the words naming each are marked. */
  const domains = (rows: Row[], Mark: "ins" | "del") => {
    const groups = new Map<string, Row[]>();
    for (const row of rows) groups.set(asText(row.evidence), [...(groups.get(asText(row.evidence)) ?? []), row]);
    return [...groups].map(([evidence, group]) => {
      const slugs = group.map((row) => asText(row.slug));
      const pieces = evidence
        ? markNamingPhrases(
            evidence,
            slugs.map((slug) => {
              const named = labels.domains[slug];
              return { key: slug, names: named ? [named.nameFr, named.nameEn, ...(named.nameAr ? [named.nameAr] : [])] : [slug] };
            }),
          )
        : [];
      return (
        <li key={slugs.join(" ")} className="flex flex-col gap-1">
          <Mark className={Mark === "ins" ? "no-underline" : "text-muted-foreground"}>{slugs.map(domain).join(comma)}</Mark>
          {evidence && (
            <blockquote dir="auto" className="border-s-4 ps-3 italic">
              {pieces.map((piece, index) =>
                piece.keys.length === 0 ? (
                  piece.text
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one quote, cut once, never reordered.
                  <span key={index}>
                    <mark className="rounded-sm bg-amber-100 px-0.5 not-italic text-foreground">{piece.text}</mark>
                    <bdi className="ms-1 text-xs not-italic text-muted-foreground">[{piece.keys.map(domain).join(comma)}]</bdi>
                  </span>
                ),
              )}
            </blockquote>
          )}
        </li>
      );
    });
  };

  /** A list field: with `created`, its items; else what was removed and what was added. */
  const list = (field: string, before: unknown[], after: unknown[], created: boolean) => {
    const key = comparable;
    const kept = new Set(before.map(key));
    const added = after.filter((value) => !kept.has(key(value)));
    const now = new Set(after.map(key));
    const removed = created ? [] : before.filter((value) => !now.has(key(value)));
    const part = (values: unknown[], Mark: "ins" | "del", heading?: string) =>
      values.length > 0 && (
        <div className="flex flex-col gap-1">
          {heading && <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{heading}</p>}
          <ul className="flex flex-col gap-2">
            {field === "domains"
              ? domains(values.filter(isRow), Mark)
              : values.map((value) => (
                  <li key={key(value)}>
                    <Mark className={Mark === "ins" ? "no-underline" : "text-muted-foreground"}>{item(field, value)}</Mark>
                  </li>
                ))}
          </ul>
        </div>
      );
    return (
      <div className="flex flex-col gap-2">
        {part(removed, "del", say(history, "removed"))}
        {part(added, "ins", created ? undefined : say(history, "added"))}
      </div>
    );
  };

  /** A single value, as a phrase. */
  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === "") return say(history, "empty");
    const namespace = enumNamespaces[field as keyof typeof enumNamespaces];
    if (namespace && typeof raw === "string") return say(all, `${namespace}.${raw}`);
    if (field === "archived") return raw ? say(history, "archived") : say(history, "notArchived");
    if (dateFields.has(field)) return date(raw);
    if (countryFields.has(field)) return country(raw);
    if (field === "titleLanguage" || field === "notesLanguage") return languageName(locale, asText(raw));
    if (field === "signedDuringVisit") return visit(raw);
    return asText(raw);
  };

  /** What the change shows for one field. */
  const change = ({ field, before, after }: FieldChange, created: boolean): ReactNode => {
    if (Array.isArray(before) || Array.isArray(after)) {
      return list(field, Array.isArray(before) ? before : [], Array.isArray(after) ? after : [], created);
    }
    if (created) return <ins className="no-underline">{value(field, after)}</ins>;
    const [a, b] = [asText(before), asText(after)];
    if (typeof before !== "boolean" && typeof after !== "boolean" && a && b && Math.max(a.length, b.length) > longText) {
      return (
        <p>
          {wordChanges(a, b).map(({ key, value, added, removed }) =>
            added ? (
              <ins key={key} className="rounded-sm bg-green-100 text-green-900 no-underline">
                {value}
              </ins>
            ) : removed ? (
              <del key={key} className="rounded-sm bg-red-50 text-red-900">
                {value}
              </del>
            ) : (
              <span key={key}>{value}</span>
            ),
          )}
        </p>
      );
    }
    return (
      <>
        <del className="text-muted-foreground">{value(field, before)}</del> <span aria-hidden="true">→</span>
        <span className="sr-only">{say(history, "becomes")}</span> <ins className="no-underline">{value(field, after)}</ins>
      </>
    );
  };

  return {
    field: (field: string) => (fields.has(field as never) ? say(fields, field) : field),
    change,
  };
}

export type ChangeWords = ReturnType<typeof changeWords>;

/** With `created`, only the values set are shown (there was nothing before), and "not archived" goes unsaid. */
export function ChangeList({ changes, created = false, words }: { changes: FieldChange[]; created?: boolean; words: ChangeWords }) {
  const shown = created ? changes.filter((change) => change.after !== false) : changes;
  if (shown.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {shown.map((change) => (
        <div key={change.field} className="contents">
          <dt className="font-medium">{words.field(change.field)}</dt>
          <dd className="min-w-0 break-words">{words.change(change, created)}</dd>
        </div>
      ))}
    </dl>
  );
}
