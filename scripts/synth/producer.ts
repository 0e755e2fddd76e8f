// The batches of synthetic rows, made by scripts/synth/worker.ts on a thread of its own while the caller
// inserts the ones before. The thread starts at once, so that it is ready by the time the database is;
// a failure on it rejects the iteration.
import { on } from "node:events";
import { Worker } from "node:worker_threads";
import type { RowBatch, SynthPlan } from "./rows";
import type { SynthRequest } from "./worker";

export function startSynthWorker(maxQueued = 4) {
  const taken = new Int32Array(new SharedArrayBuffer(4));
  // A young generation larger than the default: each batch's strings live until the batch is posted, and
  // with the default too many of them survive into the old generation, which is costly to collect.
  const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: 128 },
  });
  // Until it has work, the thread must not keep the process alive (say if the database cannot be made).
  worker.unref();
  return {
    async *batches(plan: SynthPlan): AsyncGenerator<RowBatch> {
      let received = 0;
      try {
        const messages = on(worker, "message", { close: ["exit"] }) as AsyncIterableIterator<[RowBatch]>;
        worker.ref();
        worker.postMessage({ plan, taken, maxQueued } satisfies SynthRequest);
        for await (const [batch] of messages) {
          yield batch;
          Atomics.add(taken, 0, 1);
          Atomics.notify(taken, 0);
          received += batch.agreements;
          if (received === plan.count) return;
        }
        throw new Error("the generating thread stopped before making every agreement");
      } finally {
        await worker.terminate();
      }
    },
  };
}
