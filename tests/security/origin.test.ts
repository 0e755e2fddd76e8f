// Writes are accepted only from this app's own origin: scheme, host and port, not the host alone.
import { describe, expect, it } from "vitest";
import { appOrigin, isSameOrigin } from "@/lib/security/origin";

const plain = new Headers({ host: "accords.test:3000", "x-forwarded-proto": "http" });
const secure = new Headers({ host: "internal:3000", "x-forwarded-proto": "https", "x-forwarded-host": "accords.example.org" });

describe("the origin check", () => {
  it("accepts the app's own origin", () => {
    expect(isSameOrigin("http://accords.test:3000", plain, {})).toBe(true);
    expect(isSameOrigin("https://accords.example.org", secure, {})).toBe(true);
  });

  it("refuses the same host over another scheme, or on another port", () => {
    expect(isSameOrigin("https://accords.test:3000", plain, {})).toBe(false);
    expect(isSameOrigin("http://accords.test:3001", plain, {})).toBe(false);
    expect(isSameOrigin("http://accords.example.org", secure, {})).toBe(false);
  });

  it("refuses null and garbage origins", () => {
    for (const origin of ["null", "", "accords.test:3000", "file:///etc/passwd"]) expect(isSameOrigin(origin, plain, {})).toBe(false);
  });

  it("uses ACCORDS_URL when it is set, whatever the request says", () => {
    const env = { ACCORDS_URL: "https://accords.example.org/some/path" };
    expect(appOrigin(plain, env)).toBe("https://accords.example.org");
    expect(isSameOrigin("https://accords.example.org", plain, env)).toBe(true);
    expect(isSameOrigin("http://accords.test:3000", plain, env)).toBe(false);
  });

  it("treats a default port as no port", () => {
    expect(
      isSameOrigin("https://accords.example.org", new Headers({ host: "accords.example.org:443", "x-forwarded-proto": "https" }), {}),
    ).toBe(true);
  });
});
