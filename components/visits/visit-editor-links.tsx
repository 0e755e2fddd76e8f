// Shown to editors above the visits: add a visit, see the archived ones.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";

export async function VisitEditorLinks() {
  const t = await getTranslations("visitTools");
  return (
    <nav aria-label={t("editorNav")} className="flex gap-2">
      <Link href="/visits/new" className={buttonVariants({ size: "sm" })}>
        {t("newVisit")}
      </Link>
      <Link href="/visits/archived" className={buttonVariants({ size: "sm", variant: "outline" })}>
        {t("archivedList")}
      </Link>
    </nav>
  );
}
