// The pages `npm run bench` measures (scripts/bench.ts): each with its address and the raw SQL that stands
// for its own work. Add a page here with its queries.
import type Database from "better-sqlite3";
import { parseAgreementSearch } from "@/lib/agreements/search-params";
import { countQuery, domainCountsQuery, pageQuery, type SqlFragment } from "@/lib/db/sql/agreement-search";
import { busiestPairsSql, dashboardSql } from "@/lib/db/sql/dashboard";
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
import { timelinePerYear, undatedListLimit } from "@/lib/pairs/timeline-limits";
import { parseVisitSearch } from "@/lib/visits/search-params";

/**
 * A page to measure: its address, and the raw SQL that stands for its own work (timed on better-sqlite3,
 * the app's figures are read against it). `path` may be found from the database, e.g. its busiest pair.
 */
export interface BenchView {
  name: string;
  path: string | ((db: Database.Database) => string);
  query?: string;
  raw: (db: Database.Database) => SqlFragment[];
}

/** A view of the agreements table: the page's ids, its count and the domain facet's counts. */
function tableView(name: string, query: string): BenchView {
  return {
    name,
    path: "/agreements",
    query,
    raw: () => {
      const search = parseAgreementSearch(new URLSearchParams(query));
      return [pageQuery(search, "en", (search.page - 1) * search.size), countQuery(search), domainCountsQuery(search)];
    },
  };
}

/** The pair of states party to the most agreements together, as the pair page's address has it ("il-ma"). */
export function busiestPair(db: Database.Database): string {
  const { sql, params } = busiestPairsSql(1);
  const pair = db.prepare(sql).get(...params) as { a: string; b: string } | undefined;
  if (!pair) throw new Error("the database has no agreement between two states");
  return `${pair.a}-${pair.b}`.toLowerCase();
}

/** The state party to the most agreements, lower case as in its page's address. */
export function busiestCountry(db: Database.Database): string {
  const row = db.prepare("SELECT countryCode AS code FROM AgreementParty GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1").get() as
    | { code: string }
    | undefined;
  if (!row) throw new Error("the database has no agreement");
  return row.code.toLowerCase();
}

/** A view of the visits table: the page's ids and its count. */
function visitsView(name: string, query: string): BenchView {
  return {
    name,
    path: "/visits",
    query,
    raw: () => {
      const search = parseVisitSearch(new URLSearchParams(query));
      return [visitPageQuery(search, "en", (search.page - 1) * search.size), visitCountQuery(search)];
    },
  };
}

/** The pair page's reads (lib/pairs/queries.ts), for the pair "il-ma". */
function pairSql(pair: string): SqlFragment[] {
  const [a, b] = pair.toUpperCase().split("-") as [string, string];
  return [
    pairCountsQuery(a, b),
    pairLatestAgreementsQuery(a, b, 25),
    pairDomainsQuery(a, b),
    pairVisitsQuery(a, b),
    pairTimelineQuery(a, b, timelinePerYear),
    pairUndatedQuery(a, b, undatedListLimit),
  ];
}

/** The country page's reads (lib/countries/queries.ts). */
function countrySql(code: string): SqlFragment[] {
  const upper = code.toUpperCase();
  return [
    countryCountsQuery(upper),
    countryLatestAgreementsQuery(upper, 10),
    countryLatestVisitsQuery(upper, "visitor", 10),
    countryLatestVisitsQuery(upper, "host", 10),
    countryPartnersQuery(upper),
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
  // The home page: its aggregations (its other reads, figures and latest records, cost a few ms).
  { name: "dashboard", path: "/", raw: () => dashboardSql() },
  { name: "busiest pair", path: (db) => `/pairs/${busiestPair(db)}`, raw: (db) => pairSql(busiestPair(db)) },
  { name: "busiest country", path: (db) => `/countries/${busiestCountry(db)}`, raw: (db) => countrySql(busiestCountry(db)) },
  { name: "countries", path: "/countries", raw: () => [countryIndexQuery()] },
  visitsView("visits", ""),
  visitsView("visits: text + host", "q=republic&host=fr"),
  visitsView("visits: years + kind", "from=2000&to=2010&kind=OFFICIAL&sort=official"),
];
