// An editor's tools on a record's page (edit, archive or restore), with the messages their client components
// need: only an editor's page carries those messages.
import { ClientMessages } from "@/components/i18n/client-messages";
import { agreementFormNamespaces, visitFormNamespaces } from "@/lib/i18n/client-namespaces";
import { EditorTools } from "./editor-islands";

export function RecordEditorTools({ kind, slug, archived }: { kind: "agreement" | "visit"; slug: string; archived: boolean }) {
  return (
    <ClientMessages namespaces={kind === "visit" ? visitFormNamespaces : agreementFormNamespaces}>
      <EditorTools kind={kind} slug={slug} archived={archived} />
    </ClientMessages>
  );
}
