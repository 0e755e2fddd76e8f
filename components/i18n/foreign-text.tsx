// A record's text in the language it exists in: marked with that language for screen readers (lang) and, when it
// is not the reader's, with a visible tag ("French"), so the interface around it can stay in the reader's language.
import { languageName } from "@/lib/i18n/localize";

export function LanguageTag({ lang, locale }: { lang: string; locale: string }) {
  if (lang === locale) return null;
  return (
    <span className="ms-1.5 inline-block rounded-sm border px-1 align-middle text-xs font-normal not-italic text-muted-foreground">
      {languageName(locale as never, lang)}
    </span>
  );
}

export function ForeignText({ text, locale }: { text: { text: string; lang: string }; locale: string }) {
  return (
    <>
      <span lang={text.lang}>{text.text}</span>
      <LanguageTag lang={text.lang} locale={locale} />
    </>
  );
}

/** Editors' notes: marked like any record text when their language was said; else their letters set their direction. */
export function NoteText({ text, lang, locale }: { text: string; lang: string | null; locale: string }) {
  return lang ? <ForeignText text={{ text, lang }} locale={locale} /> : <span dir="auto">{text}</span>;
}
