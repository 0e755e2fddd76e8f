// @ts-check
// The app's HTTP server: Next.js's own request handler behind a thin layer that settles, from the connection
// itself, who the client is. `next start` only fills in X-Forwarded-For when the client sent none, so behind a
// forged header the app could never see the socket's address; here every forwarding header is removed and
// written again from the socket, or from the chain of proxies named in ACCORDS_TRUSTED_PROXIES
// (lib/http/forwarded.mjs), before Next.js runs. The app then reads a single X-Forwarded-For, -Proto and -Host.
//
//   node server.mjs [--dev] [-p <port>] [-H <hostname>]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import next from "next";
import { forwardedClient, forwardingHeaders, parseTrustedProxies } from "./lib/http/forwarded.mjs";

// V8 lets the old generation grow up to 4× what survived its last full collection before collecting again. An
// export's rows are garbage within a batch, yet node-postgres's parsed rows reach the old generation (a sampling
// heap profile shows them promoted), so a server of ~200 MB grew by 127–132 MB during a PostgreSQL export of
// 250,000 agreements before V8 collected them; the same statement in a bare Node process (live heap ~6 MB) stays
// under 25 MB. Growing by at most half (factor 1.5) before a full collection: +36 MB, the export 12.5 → 14.9 s and
// table pages meanwhile within 1.06× (`npm run bench:export`; factor 1.2: +11 MB; 2: +77 MB). A
// --heap-growing-percent given to node itself wins.
if (!process.execArgv.some((arg) => arg.startsWith("--heap-growing-percent"))) v8.setFlagsFromString("--heap-growing-percent=50");

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p", default: process.env.PORT || "3000" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = values.dev;
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: ${values.port}`);
const hostname = values.hostname;
const trust = parseTrustedProxies(process.env.ACCORDS_TRUSTED_PROXIES);
if (!dev) /** @type {Record<string, string>} */ (process.env).NODE_ENV = "production";

// Idle connections are kept 65 s, longer than the reverse proxies and load balancers in front of several app
// servers keep theirs (60 s is common): with Node's default of 5 s, a proxy (or any keep-alive client) that sends a
// request on a connection just as the server closes it gets a reset (seen as ECONNRESET in the two-server test).
const keepAliveMs = 65_000;
const httpServer = createServer({ keepAliveTimeout: keepAliveMs, headersTimeout: keepAliveMs + 1000 });
const app = next({ dev, hostname, port, httpServer });
const handle = app.getRequestHandler();
await app.prepare();

httpServer.on("request", (request, response) => {
  const client = forwardedClient(
    {
      socketAddress: request.socket.remoteAddress,
      encrypted: "encrypted" in request.socket && Boolean(request.socket.encrypted),
      headers: request.headers,
    },
    trust,
  );
  for (const name of forwardingHeaders) delete request.headers[name];
  request.headers["x-forwarded-for"] = client.address;
  request.headers["x-forwarded-proto"] = client.proto;
  if (client.host) request.headers["x-forwarded-host"] = client.host;
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end("Internal server error.");
  });
});

httpServer.listen(port, hostname, () => {
  const address = httpServer.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const wildcard = !hostname || hostname === "0.0.0.0" || hostname === "::";
  const host = wildcard ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;
  // Where this process can reach itself: proxy.ts asks the app for a page it then keeps (lib/cache/page-cache.ts).
  process.env.ACCORDS_INTERNAL_ORIGIN = `http://${host}:${actualPort}`;
  const trusted = trust.kind === "none" ? "no proxy" : trust.kind === "hops" ? `${trust.hops} proxy hop(s)` : `proxies ${trust.text}`;
  console.log(
    `> Accords (${dev ? "development" : "production"}) on http://${wildcard ? "localhost" : host}:${actualPort}, trusting ${trusted}`,
  );
});

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    httpServer.close();
    app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
