// Which columns of the agreements table the reader has hidden (see lib/tables/column-preferences.ts).
import { defineColumnPreferences } from "@/lib/tables/column-preferences";
import { agreementColumnIds } from "./table-types";

// The title identifies the row: it stays whatever the cookie says.
export const columnPreferences = defineColumnPreferences("accords-agreements-columns", agreementColumnIds, "title");
