// The time each step of a load took, for the summary line db:synth ends with.
export function phaseTimer() {
  const started = performance.now();
  let phaseStarted = started;
  const phases: string[] = [];
  return {
    end(name: string) {
      const now = performance.now();
      phases.push(`${name} ${((now - phaseStarted) / 1000).toFixed(1)}`);
      phaseStarted = now;
    },
    summary: () => `${((performance.now() - started) / 1000).toFixed(1)} s (${phases.join(", ")})`,
  };
}
export type PhaseTimer = ReturnType<typeof phaseTimer>;
