// The button that brings back an earlier version, with the messages it needs: only an editor's page carries
// them.
import { ClientMessages } from "@/components/i18n/client-messages";
import { RevertButton } from "@/components/records/editor-islands";

export function RevertControl({ slug, version, kind }: { slug: string; version: number; kind: "agreement" | "visit" }) {
  return (
    <ClientMessages namespaces={["history"]}>
      <RevertButton slug={slug} version={version} kind={kind} />
    </ClientMessages>
  );
}
