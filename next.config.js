import createNextIntlPlugin from "next-intl/plugin";

// Messages are compiled when the app is built (next-intl's precompile): the browser then formats them with a small
// runtime instead of shipping the whole ICU message parser (12 KB gzip on every page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

// The build's own files (scripts, styles, the icon) do not pass through proxy.ts, which gives every other
// answer its security headers (lib/security/headers.ts): they get the same fixed set here.
const fileHeaders = [
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
const hsts = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };
const overHttps = [{ type: "header", key: "x-forwarded-proto", value: "https" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The benchmark builds into its own folder, so it never races the browser tests' build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  // forbidden() answers 403 to a signed-in user without the role an action or page needs.
  experimental: { authInterrupts: true, inlineCss: true },
  async headers() {
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico"].flatMap((source) => [
      { source, headers: fileHeaders },
      { source, has: overHttps, headers: [hsts] },
    ]);
  },
};

export default withNextIntl(nextConfig);
