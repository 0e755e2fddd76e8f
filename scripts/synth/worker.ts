// Makes the synthetic rows on a thread of its own, so that generating them overlaps inserting them.
// Posts each batch of rows to the loader and waits while `maxQueued` batches are still unread, which keeps
// memory flat whatever the count.
import { once } from "node:events";
import { parentPort } from "node:worker_threads";
import { synthBatches, type SynthPlan } from "./rows";

export interface SynthRequest {
  plan: SynthPlan;
  /** One counter, of the batches the loader has taken; shared with it. */
  taken: Int32Array;
  maxQueued: number;
}

const port = parentPort!;
const [{ plan, taken, maxQueued }] = (await once(port, "message")) as [SynthRequest];
let posted = 0;
for (const batch of synthBatches(plan)) {
  port.postMessage(batch);
  posted++;
  for (let seen = Atomics.load(taken, 0); posted - seen >= maxQueued; seen = Atomics.load(taken, 0)) {
    Atomics.wait(taken, 0, seen);
  }
}
