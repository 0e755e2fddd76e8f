// The zod every module of the app takes its `z` from, configured before any schema exists, in the browser and on
// the server. With JIT on, zod probes `new Function` when it makes its first object schema and compiles parsers
// with it; the pages' CSP has no 'unsafe-eval', so the browser reports the probe as a violation even though zod
// catches the failure. Jitless, zod skips the probe (`allowsEval` in zod/v4/core/util.js) and parses by its
// interpreter. The setting lives on globalThis, so it covers other copies of zod (better-auth's) too.
import { z } from "zod";

z.config({ jitless: true });

export { z };
