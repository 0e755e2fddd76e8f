"use client";
// Shown when a page fails. It stays on the same address, so retrying keeps the reader's filters. Every page loads
// this boundary, so it uses a plain button with the primary button's classes rather than the Button component
// (whose class merging and Radix slot would weigh on every page).
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      <button
        type="button"
        onClick={reset}
        className="inline-flex h-9 items-center justify-center rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground transition-colors hover:bg-primary/90"
      >
        {t("retry")}
      </button>
    </div>
  );
}
