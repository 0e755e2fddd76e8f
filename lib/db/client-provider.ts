// Which engine each Prisma client was built for (create-client.ts records it), for the few steps that differ by
// engine after a client exists: connection settings and the placeholders of raw SQL.
import { databaseProvider, type DatabaseProvider } from "./url";

const providers = new WeakMap<object, DatabaseProvider>();

export function recordProvider(client: object, provider: DatabaseProvider): void {
  providers.set(client, provider);
}

/** The engine a client was built for; the configured one for a client built elsewhere. */
export function providerOf(client: object): DatabaseProvider {
  return providers.get(client) ?? databaseProvider();
}
