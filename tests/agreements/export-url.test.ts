// The export's `url` column links each agreement at the app's public address: ACCORDS_URL's origin when it is set,
// else the address the request reached, never the address Next.js listens on (http://localhost:<port>).
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AgreementRow } from "@/lib/agreements/table-types";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ readerRefusal: async () => null }));
vi.mock("@/lib/agreements/table-queries", () => ({
  getAllAgreementRows: async () =>
    (async function* () {
      const row: AgreementRow = {
        id: 1,
        slug: "ma-il-defence-mou-2021",
        title: "Defence MoU",
        titleLang: "en",
        shortName: null,
        form: "MEMORANDUM_OF_UNDERSTANDING",
        status: "IN_FORCE",
        signedOn: "2021-11",
        signedOnLabel: "November 2021",
        place: null,
        parties: [],
        domains: [],
        visit: null,
      };
      yield [row];
    })(),
}));

const { GET } = await import("@/app/api/agreements/export/route");
const { agreementUrl, publicOrigin } = await import("@/lib/agreements/public-url");

/** The url column of the export's first row, for a request that reached Next at its own listening address. */
async function exportedUrl(headers: Record<string, string>): Promise<string> {
  const response = await GET(new NextRequest("http://localhost:3000/api/agreements/export?format=csv", { headers }));
  const [, first] = (await response.text()).split("\r\n");
  return first!.split(",").at(-1)!;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the export's links", () => {
  it("use ACCORDS_URL's origin, without a trailing slash, when it is set", async () => {
    vi.stubEnv("ACCORDS_URL", "https://accords.example.org/");
    expect(await exportedUrl({ host: "127.0.0.1:3000" })).toBe("https://accords.example.org/agreements/ma-il-defence-mou-2021");
    vi.stubEnv("ACCORDS_URL", "https://accords.example.org:8443/some/path");
    expect(await exportedUrl({ host: "127.0.0.1:3000" })).toBe("https://accords.example.org:8443/agreements/ma-il-defence-mou-2021");
  });

  it("use the address the request reached when ACCORDS_URL is not set", async () => {
    vi.stubEnv("ACCORDS_URL", "");
    expect(await exportedUrl({ host: "accords.internal:8080" })).toBe("http://accords.internal:8080/agreements/ma-il-defence-mou-2021");
    expect(await exportedUrl({ host: "accords.example.org", "x-forwarded-proto": "https" })).toBe(
      "https://accords.example.org/agreements/ma-il-defence-mou-2021",
    );
  });

  it("are built from an origin and a slug by agreementUrl", () => {
    const request = (headers: Record<string, string>) => new Request("http://localhost:3000/api/agreements/export", { headers });
    expect(publicOrigin(request({ host: "127.0.0.1:3000" }), { ACCORDS_URL: " https://accords.example.org/ " })).toBe(
      "https://accords.example.org",
    );
    expect(publicOrigin(request({ host: "accords.example.org", "x-forwarded-proto": "https" }), {})).toBe("https://accords.example.org");
    // A setting that is not an address gives the address Next was reached at rather than a broken link.
    expect(publicOrigin(request({}), { ACCORDS_URL: "not an address" })).toBe("http://localhost:3000");
    expect(agreementUrl("https://accords.example.org", "ma-il-defence-mou-2021")).toBe(
      "https://accords.example.org/agreements/ma-il-defence-mou-2021",
    );
  });
});
