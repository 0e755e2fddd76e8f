// @ts-check
// Who is really on the other end of a request. The client writes X-Forwarded-For, X-Forwarded-Proto and
// X-Forwarded-Host as freely as any other header, so they are believed only when the connection itself comes
// from a reverse proxy the operator has named in ACCORDS_TRUSTED_PROXIES, and then only from the right end of
// the chain, which is the part that trusted proxies wrote. Used by server.mjs before Next.js sees the request;
// the app then reads one clean X-Forwarded-For, -Proto and -Host and never parses a chain itself.
import { BlockList, isIP } from "node:net";

/**
 * @typedef {{ kind: "none" } | { kind: "hops", hops: number } | { kind: "list", list: BlockList, text: string }} TrustedProxies
 * @typedef {{ address: string, proto: "http" | "https", host: string | undefined, trusted: boolean }} ForwardedClient
 */

/** IPv4 addresses reach a dual-stack socket as "::ffff:a.b.c.d": compare them as IPv4. */
export function plainAddress(/** @type {string} */ address) {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? /** @type {string} */ (mapped[1]) : trimmed;
}

/**
 * ACCORDS_TRUSTED_PROXIES: unset, empty, "0" or "off" trusts nobody (the default); a whole number N says that
 * every request passes through N proxies; otherwise a comma-separated list of addresses and CIDR ranges
 * ("127.0.0.1, 10.0.0.0/8, ::1") names the proxies. Anything else is a configuration error, reported at
 * start rather than silently trusting or ignoring it.
 * @param {string | undefined} value
 * @returns {TrustedProxies}
 */
export function parseTrustedProxies(value) {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text.toLowerCase() === "off") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 32) throw new Error(`ACCORDS_TRUSTED_PROXIES: ${hops} proxy hops is not plausible (at most 32).`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const entry of text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const plain = plainAddress(address);
    const family = isIP(plain);
    const type = family === 6 ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || rest.length > 0 || (bits !== undefined && (!/^\d+$/.test(prefix ?? "") || bits > maxBits))) {
      throw new Error(`ACCORDS_TRUSTED_PROXIES: "${entry}" is neither an IP address nor a CIDR range (e.g. 10.0.0.0/8).`);
    }
    if (bits === undefined) list.addAddress(plain, type);
    else list.addSubnet(plain, bits, type);
  }
  return { kind: "list", list, text };
}

/** @param {BlockList} list @param {string} address */
function listed(list, address) {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The values of a header that proxies may repeat or join with commas, in order. @param {string | string[] | undefined} header */
function entries(header) {
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The client's address, scheme and host for one request.
 * @param {{ socketAddress: string | undefined, encrypted: boolean, headers: Record<string, string | string[] | undefined> }} request
 * @param {TrustedProxies} trust
 * @returns {ForwardedClient}
 */
export function forwardedClient({ socketAddress, encrypted, headers }, trust) {
  const socket = plainAddress(socketAddress ?? "") || "unknown";
  /** @type {ForwardedClient} */
  const untrusted = { address: socket, proto: encrypted ? "https" : "http", host: headerValue(headers.host), trusted: false };
  if (trust.kind === "none") return untrusted;
  if (trust.kind === "list" && !listed(trust.list, socket)) return untrusted;

  // The chain as the nearest proxy sees it: what the earlier hops wrote, then the proxy's own peer (the socket).
  const chain = [...entries(headers["x-forwarded-for"]).map(plainAddress), socket];
  let index = chain.length - 1;
  if (trust.kind === "hops") {
    index = Math.max(0, chain.length - 1 - trust.hops);
  } else {
    while (index > 0 && listed(trust.list, /** @type {string} */ (chain[index]))) index--;
  }
  // An entry that is not an address was not written by a proxy: the walk stops at the last real one after it.
  while (index < chain.length - 1 && !isIP(/** @type {string} */ (chain[index]))) index++;

  // Scheme and host as the proxy nearest to us says (the last value); an unknown scheme counts as plain HTTP.
  const proto = entries(headers["x-forwarded-proto"]).at(-1)?.toLowerCase();
  const host = entries(headers["x-forwarded-host"]).at(-1);
  return {
    address: /** @type {string} */ (chain[index]),
    proto: proto === "https" ? "https" : proto === "http" ? "http" : untrusted.proto,
    host: host && validHost(host) ? host : untrusted.host,
    trusted: true,
  };
}

/** @param {string | string[] | undefined} value */
function headerValue(value) {
  return Array.isArray(value) ? value[0] : value;
}

/** A host, optionally with a port: nothing that could smuggle a path or a second value. @param {string} host */
function validHost(host) {
  return /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host);
}

/** Headers that describe the connection: only server.mjs may set them, from forwardedClient. */
export const forwardingHeaders = ["forwarded", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip"];
