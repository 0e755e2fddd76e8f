/** The reader pages the speed issue names: every kind of reader page, the tables with and without a search. */
export const readerPages = [
  "/",
  "/agreements",
  "/agreements?domain=training&q=securite",
  "/agreements/ma-il-defence-mou-2021",
  "/pairs/il-ma",
  "/visits",
  "/countries/ma",
] as const;

/** What each may weigh in JavaScript (KB gzip, what a modern browser downloads): the tables carry more. */
export const javascriptBudgetKb = (page: string) =>
  page.startsWith("/agreements?") || page === "/agreements" || page === "/visits" ? 150 : 120;
