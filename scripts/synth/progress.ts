// The bar db:synth shows while rows go in, on either engine. Without a terminal (a log, CI) cli-progress draws
// nothing by default: there it writes the bar as a line every 2 s instead.
import { Presets, SingleBar } from "cli-progress";

export function progressBar(count: number) {
  const bar = new SingleBar(
    {
      format: "db:synth [{bar}] {percentage}% | {value}/{total} agreements | {duration}s",
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    Presets.shades_classic,
  );
  bar.start(count, 0);
  return bar;
}
