import type { getTranslations } from "next-intl/server";

/**
 * The table messages' translator. DataTableScreen gets it once and hands it down: the kit's components stay
 * synchronous, so the whole table renders in one pass. (Each async component would be a piece of its own in the
 * server's stream; when the database is slow React then sends those pieces late, to be put in place by an inline
 * script, which a reader without JavaScript never runs: the filters would land at the foot of the page.)
 */
export type TableTranslator = Awaited<ReturnType<typeof getTranslations<"table">>>;
