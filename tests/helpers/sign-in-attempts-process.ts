// One app server's share of a burst of sign-in attempts, for the test that the limit holds across processes.
// Run as `node --conditions=react-server --import tsx <this file> <email> <attempts> <label>` with DATABASE_URL
// set: it loads the app's own throttle and Prisma client, says "ready", waits for a line on standard input,
// then fires its attempts all at once and prints how many were admitted and how many throttled.
import { createInterface } from "node:readline";
import { once } from "node:events";

const { db } = await import("@/lib/db");
const { reserveSignInAttempt } = await import("@/lib/auth/throttle");

const [email = "", attempts = "10", label = "0"] = process.argv.slice(2);

// Opening the database and loading the engine take a while: done before the signal, so that the processes'
// bursts overlap.
await db.signInFailure.count();
process.stdout.write("ready\n");
const signal = createInterface({ input: process.stdin });
await once(signal, "line");
signal.close();

const results = await Promise.all(
  Array.from({ length: Number(attempts) }, (_, attempt) => reserveSignInAttempt(email, `10.3.${label}.${attempt}`)),
);
const admitted = results.filter((result) => "reservation" in result).length;
process.stdout.write(`${JSON.stringify({ admitted, throttled: results.length - admitted })}\n`);
await db.$disconnect();
