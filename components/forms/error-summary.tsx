"use client";
// The GOV.UK error summary: at the top of the form, it lists each problem with a link to its field and takes
// focus when a submission is refused.
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import type { SummaryItem } from "./use-form-feedback";

interface ErrorSummaryProps {
  items: SummaryItem[];
  summaryRef: RefObject<HTMLDivElement | null>;
  idPrefix: string;
}

export function ErrorSummary({ items, summaryRef, idPrefix }: ErrorSummaryProps) {
  const t = useTranslations("forms");
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${idPrefix}-error-summary-title`}
      hidden={items.length === 0}
      className="rounded-md border-2 border-red-700 p-4 focus:outline-3 focus:outline-offset-2 focus:outline-amber-400"
    >
      <h2 id={`${idPrefix}-error-summary-title`} className="font-semibold text-red-800">
        {t("summaryTitle")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 ps-5 text-sm">
        {items.map(({ field, message, anchor }) => (
          <li key={`${field}:${message}`}>
            {field || anchor ? (
              <a href={anchor ? `#${anchor}` : `#${idPrefix}-${field}`} className="text-red-800 underline underline-offset-2">
                {message}
              </a>
            ) : (
              <span className="text-red-800">{message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
