// The pages' CSP has no 'unsafe-eval': zod must never reach for `new Function`, not even to probe whether it may
// (the browser reports a violation for the probe although zod catches its failure). Every module that makes
// schemas, in the browser or on the server, takes zod already configured without JIT.
import { afterAll, describe, expect, it } from "vitest";

// Every `new Function` made from zod's code while the app's schema modules load and parse.
const fromZod: string[] = [];
const RealFunction = globalThis.Function;
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args, newTarget) {
    const stack = new Error().stack ?? "";
    if (/node_modules[\\/]zod[\\/]/.test(stack)) fromZod.push(stack);
    return Reflect.construct(target, args, newTarget);
  },
});
afterAll(() => {
  globalThis.Function = RealFunction;
});

describe("zod without JIT", () => {
  it("never builds or probes for a function from text while the schemas load and parse", async () => {
    // Imported here, after the spy is in place: loading them is what used to trigger the probe.
    const [{ z }, auth, agreements, visits, domains, paths] = await Promise.all([
      import("zod"),
      import("@/lib/auth/schemas"),
      import("@/lib/agreements/search-parser"),
      import("@/lib/visits/search-parser"),
      import("@/lib/domains/schemas"),
      import("@/lib/auth/paths"),
      import("@/lib/agreements/schemas"),
      import("@/lib/visits/schemas"),
      import("@/lib/dates/partial-date"),
    ]);
    auth.signInInput.safeParse({ email: "ana@example.org", password: "x" });
    auth.changePasswordInput.safeParse({ currentPassword: "a", password: "b", confirmPassword: "c" });
    agreements.parseAgreementSearch(new URLSearchParams("q=cyber&sort=title"));
    visits.parseVisitSearch(new URLSearchParams("host=il"));
    paths.sitePath.safeParse("/agreements");
    expect(Object.keys(domains).length).toBeGreaterThan(0);
    expect(fromZod).toEqual([]);
    expect(z.config().jitless).toBe(true);
  });
});
