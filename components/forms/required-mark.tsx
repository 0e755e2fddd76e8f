"use client";
// Said after the label of a field that must be filled in, in words rather than a symbol alone.
import { useTranslations } from "next-intl";

export function RequiredMark() {
  const t = useTranslations("forms");
  return <span className="font-normal text-muted-foreground"> ({t("required")})</span>;
}
