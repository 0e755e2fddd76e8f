// Starts scripts/synth/worker.ts on a worker thread. tsx's loader does not carry over to worker threads,
// so the TypeScript goes through its API instead.
import { tsImport } from "tsx/esm/api";

await tsImport("./worker.ts", import.meta.url);
