// Reads of countries.
import "server-only";
import { db } from "@/lib/db";

/** How many states are party to at least one agreement on record. */
export async function getCoveredCountryCount(): Promise<number> {
  return db.country.count({ where: { parties: { some: { agreement: { archived: false } } } } });
}
