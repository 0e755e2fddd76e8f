// The PostgreSQL database db:synth fills: made when it does not exist, dropped and made again with --replace. Both
// are done from the server's `postgres` database, since a database cannot drop itself.
import pg from "pg";

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new Error("the PostgreSQL URL names no database, e.g. postgresql://user@host:5432/accords_bench");
  return name;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Leaves an empty database at `url`; refuses one that holds tables unless `replace`. */
export async function emptyDatabase(url: string, replace: boolean): Promise<void> {
  const name = databaseName(url);
  const server = new URL(url);
  server.pathname = "/postgres";
  await withClient(server.href, async (client) => {
    const exists = (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount! > 0;
    if (exists) {
      const tables = await withClient(url, async (target) =>
        Number((await target.query("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n),
      );
      if (tables === 0) return;
      if (!replace) throw new Error(`the database ${name} holds tables; pass --replace to start it anew`);
      // WITH (FORCE) ends the sessions still open on it, such as an app server left running on the bench data.
      await client.query(`DROP DATABASE ${quoted(name)} WITH (FORCE)`);
    }
    await client.query(`CREATE DATABASE ${quoted(name)}`);
  });
}
