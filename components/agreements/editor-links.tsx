// Shown to editors above the agreements table: add an agreement, see the archived ones.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";

export async function EditorLinks() {
  const t = await getTranslations("agreementTools");
  return (
    <nav aria-label={t("editorNav")} className="flex gap-2">
      <Link href="/agreements/new" className={buttonVariants({ size: "sm" })}>
        {t("newAgreement")}
      </Link>
      <Link href="/agreements/archived" className={buttonVariants({ size: "sm", variant: "outline" })}>
        {t("archivedList")}
      </Link>
    </nav>
  );
}
