// Which columns of the visits table the reader has hidden (see lib/tables/column-preferences.ts).
import { defineColumnPreferences } from "@/lib/tables/column-preferences";
import { visitColumnIds } from "./table-types";

// The official identifies the row: it stays whatever the cookie says.
export const columnPreferences = defineColumnPreferences("accords-visits-columns", visitColumnIds, "official");
