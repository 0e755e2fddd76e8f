// The bar db:synth shows while rows go in, on either engine.
import { Presets, SingleBar } from "cli-progress";

export function progressBar(count: number) {
  const bar = new SingleBar(
    { format: "db:synth [{bar}] {percentage}% | {value}/{total} agreements | {duration}s" },
    Presets.shades_classic,
  );
  bar.start(count, 0);
  return bar;
}
