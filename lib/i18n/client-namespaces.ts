// The message namespaces every page's client components need; pages with forms add their own
// (components/i18n/client-messages.tsx), so the messages of a form do not weigh on every page.
export const clientNamespaces = [
  "agreements",
  "errors",
  "table",
  "form",
  "legalNature",
  "status",
  "forms",
  "auth",
  "users",
  "roles",
  "domains",
];
export const agreementFormNamespaces = ["agreementForm", "agreementTools", "history", "linkKind", "disclosure", "agreement"];
export const visitFormNamespaces = [
  "visitForm",
  "visitTools",
  "agreementForm",
  "agreementTools",
  "history",
  "visitKind",
  "linkKind",
  "disclosure",
  "agreement",
];
