// The message namespaces client components need. Every page has only the error boundary's; a page with forms
// wraps them in ClientMessages (components/i18n/client-messages.tsx) with its own set, so a reader's page carries
// no form's messages.
export const clientNamespaces = ["errors"];

/** What every form's shared parts say (error summary, status line, lookups) and the names its choices show. */
const formBasics = ["forms", "form", "agreements", "visits", "legalNature", "status", "visitKind", "domains"];

export const agreementFormNamespaces = [...formBasics, "agreementForm", "agreementTools", "history", "linkKind", "disclosure", "agreement"];
export const visitFormNamespaces = [...agreementFormNamespaces, "visitForm", "visitTools", "visitKind"];
/** Sign-in, first-run setup, one's account and the accounts' administration. */
export const accountNamespaces = ["forms", "auth", "users", "roles"];
export const domainNamespaces = ["forms", "domains"];
