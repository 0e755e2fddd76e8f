// Results of the table's heavier queries (counts, facet counts, page ids), kept in memory per app server and
// dropped as soon as the data's change counter moves. better-sqlite3 answers one query at a time per
// process, so every query not run again is time given back to the other requests.
// ACCORDS_QUERY_CACHE=off turns it off (the benchmark uses it to show uncached figures).
const limit = 500;
const entries = new Map<string, { version: number; value: Promise<unknown> }>();

export function queryCacheEnabled(): boolean {
  return process.env.ACCORDS_QUERY_CACHE !== "off";
}

export function cachedQuery<T>(version: number, key: string, load: () => Promise<T>): Promise<T> {
  if (!queryCacheEnabled()) return load();
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    // Re-inserting keeps the Map's order by last use, so the oldest entry is the first to go.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = load();
  entries.set(key, { version, value });
  value.catch(() => entries.delete(key));
  if (entries.size > limit) entries.delete(entries.keys().next().value!);
  return value;
}
