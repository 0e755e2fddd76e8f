// The pages `npm run bench` measures (scripts/bench.ts): each with its address and the raw SQL that stands
// for its own work. Add a page here with its queries.
import { parseAgreementSearch } from "@/lib/agreements/search-parser";
import { countQuery, domainCountsQuery, latestIdsQuery, pageQuery, type SqlFragment } from "@/lib/db/sql/agreement-search";
import { dashboardSql, talliesSql } from "@/lib/db/sql/tallies";
import {
  countryCountsQuery,
  countryDomainsQuery,
  countryIndexQuery,
  countryLatestAgreementsQuery,
  countryLatestVisitsQuery,
  countryPartnersQuery,
  pairCountsQuery,
  pairDomainsQuery,
  pairLatestAgreementsQuery,
  pairTimelineQuery,
  pairUndatedQuery,
  pairVisitsQuery,
} from "@/lib/db/sql/relationship";
import { visitCountQuery, visitPageQuery } from "@/lib/db/sql/visit-search";
import type { DatabaseProvider } from "@/lib/db/url";
import { timelinePerYear, undatedListLimit } from "@/lib/pairs/timeline-limits";
import { parseVisitSearch } from "@/lib/visits/search-parser";
import type { BenchDatabase } from "./database";

/**
 * A page to measure: its address, and the raw SQL that stands for its own work (timed on the database's own
 * driver, the app's figures are read against it), written for the database's engine. `path` may be found from the
 * database, e.g. its busiest pair.
 */
export interface BenchView {
  name: string;
  path: string | ((db: BenchDatabase) => Promise<string>);
  query?: string;
  raw: (db: BenchDatabase) => SqlFragment[] | Promise<SqlFragment[]>;
}

/** A view of the agreements table: the page's ids, its count and the domain facet's counts. */
function tableView(name: string, query: string): BenchView {
  return {
    name,
    path: "/agreements",
    query,
    raw: ({ provider }) => {
      const search = parseAgreementSearch(new URLSearchParams(query));
      return [
        pageQuery(search, "en", (search.page - 1) * search.size, provider),
        countQuery(search, provider),
        domainCountsQuery(search, provider),
      ];
    },
  };
}

/** The pair of states party to the most agreements together, as the pair page's address has it ("il-ma"). */
export async function busiestPair(db: BenchDatabase): Promise<string> {
  const [pair] = await db.all<{ key: string }>(talliesSql("PAIR", 1, db.provider));
  if (!pair) throw new Error("the database has no agreement between two states");
  return pair.key.replace(" ", "-").toLowerCase();
}

/** The state party to the most agreements, lower case as in its page's address. */
export async function busiestCountry(db: BenchDatabase): Promise<string> {
  const [row] = await db.all<{ code: string }>({
    sql: `SELECT "countryCode" AS "code" FROM "AgreementParty" GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`,
    params: [],
  });
  if (!row) throw new Error("the database has no agreement");
  return row.code.toLowerCase();
}

/** A view of the visits table: the page's ids and its count. */
function visitsView(name: string, query: string): BenchView {
  return {
    name,
    path: "/visits",
    query,
    raw: ({ provider }) => {
      const search = parseVisitSearch(new URLSearchParams(query));
      return [visitPageQuery(search, "en", (search.page - 1) * search.size, provider), visitCountQuery(search, provider)];
    },
  };
}

/** The pair page's reads (lib/pairs/queries.ts), for the pair "il-ma". */
function pairSql(pair: string, provider: DatabaseProvider): SqlFragment[] {
  const [a, b] = pair.toUpperCase().split("-") as [string, string];
  return [
    pairCountsQuery(a, b),
    pairLatestAgreementsQuery(a, b, 25, provider),
    pairDomainsQuery(a, b),
    pairVisitsQuery(a, b, provider),
    pairTimelineQuery(a, b, timelinePerYear, provider),
    pairUndatedQuery(a, b, undatedListLimit),
  ];
}

/** The country page's reads (lib/countries/queries.ts). */
function countrySql(code: string, provider: DatabaseProvider): SqlFragment[] {
  const upper = code.toUpperCase();
  return [
    countryCountsQuery(upper),
    countryLatestAgreementsQuery(upper, 10, provider),
    countryLatestVisitsQuery(upper, "visitor", 10, provider),
    countryLatestVisitsQuery(upper, "host", 10, provider),
    countryPartnersQuery(upper, provider),
    countryDomainsQuery(upper),
  ];
}

export const views: BenchView[] = [
  tableView("domain only", "domain=training"),
  tableView("domain + text", "domain=cybersecurity&q=securite"),
  tableView("text only", "q=maroc"),
  tableView("rare word", "q=gantz"),
  tableView("deep page", "page=2000&size=50"),
  tableView(
    "every filter",
    "q=defense&domain=training&domain=cybersecurity&party=fr&form=AGREEMENT&nature=BINDING&status=IN_FORCE&from=1990&to=2020&sort=title",
  ),
  // The home page: its counts, kept by the record writer (its other reads, figures and latest records, cost a few ms).
  { name: "dashboard", path: "/", raw: ({ provider }) => [...dashboardSql(provider), latestIdsQuery(5, provider)] },
  {
    name: "busiest pair",
    path: async (db) => `/pairs/${await busiestPair(db)}`,
    raw: async (db) => pairSql(await busiestPair(db), db.provider),
  },
  {
    name: "busiest country",
    path: async (db) => `/countries/${await busiestCountry(db)}`,
    raw: async (db) => countrySql(await busiestCountry(db), db.provider),
  },
  { name: "countries", path: "/countries", raw: () => [countryIndexQuery()] },
  visitsView("visits", ""),
  visitsView("visits: text + host", "q=republic&host=fr"),
  visitsView("visits: years + kind", "from=2000&to=2010&kind=OFFICIAL&sort=official"),
];
