// Which columns of the visits table the reader has hidden (see lib/tables/column-preferences.ts).
import { columnPreferences } from "@/lib/tables/column-preferences";
import { visitColumnIds } from "./table-types";

// The official identifies the row: it stays whatever the cookie says.
export const visitColumnPreferences = columnPreferences("accords-visits-columns", visitColumnIds, "official");
