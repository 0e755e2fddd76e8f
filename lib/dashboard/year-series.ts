// The year chart's shape: every year from the first to the last, and the years its axis names.

/** Every year from the first to the last with agreements, those without given a count of zero. */
export function yearSeries(years: { year: number; count: number }[]): { year: number; count: number }[] {
  if (years.length === 0) return [];
  const counts = new Map(years.map(({ year, count }) => [year, count]));
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, index) => ({ year: first + index, count: counts.get(first + index) ?? 0 }));
}

/** The years the axis names: all of them when few, else one in five or ten. */
export function yearTicks(years: number[]): number[] {
  const step = years.length > 40 ? 10 : years.length > 12 ? 5 : 1;
  return years.filter((year) => year % step === 0);
}
