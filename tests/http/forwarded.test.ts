// Who the client is: the socket's address unless the connection comes from a proxy named in
// ACCORDS_TRUSTED_PROXIES, and then the right end of the chain only.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { forwardedClient, parseTrustedProxies } from "@/lib/http/forwarded.mjs";

const request = (socketAddress: string, headers: Record<string, string> = {}, encrypted = false) => ({
  socketAddress,
  encrypted,
  headers: { host: "accords.test", ...headers },
});

describe("with no trusted proxy (the default)", () => {
  const trust = parseTrustedProxies(undefined);

  it("a forged X-Forwarded-For is ignored: the address is the socket's", () => {
    const client = forwardedClient(request("203.0.113.9", { "x-forwarded-for": "198.51.100.1, 10.0.0.1" }), trust);
    expect(client).toMatchObject({ address: "203.0.113.9", trusted: false });
  });

  it("a forged X-Forwarded-Proto or -Host is ignored", () => {
    const client = forwardedClient(request("203.0.113.9", { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" }), trust);
    expect(client).toMatchObject({ proto: "http", host: "accords.test" });
  });

  it("an IPv4 address on a dual-stack socket reads as IPv4", () => {
    expect(forwardedClient(request("::ffff:192.0.2.4"), trust).address).toBe("192.0.2.4");
  });

  it("whatever the headers say, the address is the socket's (random chains)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string()), { maxLength: 6 }), fc.ipV4(), (chain, socket) => {
        expect(forwardedClient(request(socket, { "x-forwarded-for": chain.join(", ") }), trust).address).toBe(socket);
      }),
    );
  });
});

describe("with a list of trusted proxies", () => {
  const trust = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, ::1");

  it("from a trusted proxy, the nearest untrusted address from the right is the client", () => {
    const client = forwardedClient(request("10.1.2.3", { "x-forwarded-for": "198.51.100.7, 203.0.113.9, 10.0.0.5" }), trust);
    expect(client).toMatchObject({ address: "203.0.113.9", trusted: true });
  });

  it("the client cannot rotate its address by writing entries to the left", () => {
    for (const forged of ["1.1.1.1", "2.2.2.2", "3.3.3.3"]) {
      const client = forwardedClient(request("127.0.0.1", { "x-forwarded-for": `${forged}, 203.0.113.9` }), trust);
      expect(client.address).toBe("203.0.113.9");
    }
  });

  it("a connection from an address that is not listed is the client itself, whatever it claims", () => {
    const client = forwardedClient(request("203.0.113.9", { "x-forwarded-for": "10.0.0.1", "x-forwarded-proto": "https" }), trust);
    expect(client).toMatchObject({ address: "203.0.113.9", proto: "http", trusted: false });
  });

  it("scheme and host come from the trusted proxy nearest to us", () => {
    const client = forwardedClient(
      request("::1", { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "http, https", "x-forwarded-host": "accords.example.org" }),
      trust,
    );
    expect(client).toMatchObject({ address: "203.0.113.9", proto: "https", host: "accords.example.org" });
  });

  it("a host that is not a host name is not believed", () => {
    const client = forwardedClient(request("127.0.0.1", { "x-forwarded-host": "evil.example/path" }), trust);
    expect(client.host).toBe("accords.test");
  });

  it("junk in the chain is skipped towards the proxy", () => {
    expect(forwardedClient(request("127.0.0.1", { "x-forwarded-for": "not-an-address" }), trust).address).toBe("127.0.0.1");
  });
});

describe("with a number of proxy hops", () => {
  it("takes the entry that many hops from the right", () => {
    const trust = parseTrustedProxies("2");
    const client = forwardedClient(request("10.0.0.2", { "x-forwarded-for": "1.1.1.1, 203.0.113.9, 10.0.0.1" }), trust);
    expect(client.address).toBe("203.0.113.9");
  });

  it("a shorter chain than the hops gives its leftmost entry", () => {
    const trust = parseTrustedProxies("3");
    expect(forwardedClient(request("10.0.0.2", { "x-forwarded-for": "203.0.113.9" }), trust).address).toBe("203.0.113.9");
  });
});

describe("the setting", () => {
  it("is off when unset, empty, 0 or off", () => {
    for (const value of [undefined, "", " ", "0", "off", "OFF"]) expect(parseTrustedProxies(value).kind).toBe("none");
  });

  it("refuses what is neither a count nor addresses, saying which entry", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/"10.0.0.0\/33"/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/"proxy.internal"/);
    expect(() => parseTrustedProxies("127.0.0.1, yes")).toThrow(/"yes"/);
    expect(() => parseTrustedProxies("99")).toThrow(/at most 32/);
  });
});
