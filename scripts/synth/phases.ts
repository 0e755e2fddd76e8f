// The time each step of a load takes: a line as each step ends (with what it handled and the rate, when it says),
// so a log shows the progress as a terminal does, and the summary line db:synth ends with.
export function phaseTimer(log: (line: string) => void = console.log) {
  const started = performance.now();
  let phaseStarted = started;
  const phases: string[] = [];
  return {
    /** Ends the current step; `done` is how many of what it handled ("agreements"), for the rate. */
    end(name: string, done?: { count: number; of: string }) {
      const now = performance.now();
      const seconds = (now - phaseStarted) / 1000;
      phases.push(`${name} ${seconds.toFixed(1)}`);
      const handled = done
        ? `, ${done.count.toLocaleString("en")} ${done.of} (${Math.round(done.count / Math.max(seconds, 0.001)).toLocaleString("en")}/s)`
        : "";
      log(`db:synth: ${name} done in ${seconds.toFixed(1)} s${handled}`);
      phaseStarted = now;
    },
    summary: () => `${((performance.now() - started) / 1000).toFixed(1)} s (${phases.join(", ")})`,
  };
}
export type PhaseTimer = ReturnType<typeof phaseTimer>;
