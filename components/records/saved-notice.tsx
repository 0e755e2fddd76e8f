// The message after a change: created, saved, archived (with an undo right there), restored, a version brought back.
import { getTranslations } from "next-intl/server";
import type { RecordKindName } from "./editor-tools";
import { RestoreForm } from "./editor-islands";

export type SavedFlag = "created" | "saved" | "archived" | "restored" | "reverted";
export const savedFlags: SavedFlag[] = ["created", "saved", "archived", "restored", "reverted"];

export async function SavedNotice({
  kind,
  flag,
  slug,
  version,
}: {
  kind: RecordKindName;
  flag: SavedFlag;
  slug: string;
  version?: string;
}) {
  const t = await getTranslations(kind === "visit" ? "visitTools" : "agreementTools");
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-900"
    >
      <span>{t(`done.${flag}`, { version: version ?? "" })}</span>
      {flag === "archived" && <RestoreForm kind={kind} slug={slug} label={t("undo")} />}
    </div>
  );
}
