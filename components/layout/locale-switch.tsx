// The language switch: a plain form, so it works without JavaScript. The action sends the reader back to
// the page they were on (it reads the Referer), now in the other language.
import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/actions";
import { locales } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils";

export async function LocaleSwitch() {
  const [t, current] = await Promise.all([getTranslations("locale"), getLocale()]);
  return (
    <form action={setLocale} aria-label={t("label")} className="flex items-center gap-1">
      {locales.map((locale) => {
        const active = locale === current;
        return (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={active}
            title={t("switchTo", { language: t(locale) })}
            className={cn(
              "rounded-md px-2 py-1 text-sm",
              active ? "bg-primary text-primary-foreground" : "hover:bg-accent hover:text-accent-foreground",
            )}
          >
            {t(locale)}
          </button>
        );
      })}
    </form>
  );
}
