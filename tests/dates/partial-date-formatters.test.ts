// Each Intl.DateTimeFormat holds native memory the garbage collector does not see, so formatting must not make
// one per date: an export of 250,000 agreements made one per row and grew the server to ~2 GB.
import { afterEach, describe, expect, it } from "vitest";
import { formatPartialDate } from "@/lib/dates/partial-date";

const original = Intl.DateTimeFormat;

/** Counts the formatters made from now on, whether with `new` or without. */
function countFormatters() {
  const count = { made: 0 };
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args) {
      count.made++;
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      count.made++;
      return Reflect.apply(target, self, args);
    },
  });
  return count;
}

afterEach(() => {
  Intl.DateTimeFormat = original;
});

describe("partial date formatting", () => {
  it("counts the formatters it makes (the check below can fail)", () => {
    const count = countFormatters();
    expect(new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }).format(new Date(0))).toBe("1970");
    expect(count.made).toBe(1);
  });

  it("makes no new formatter for each date once a language and precision have been used", () => {
    for (const locale of ["en", "fr"]) for (const date of ["2021-11-24", "2020-12", "1999"]) formatPartialDate(date, locale);
    const count = countFormatters();
    const labels = new Set<string>();
    for (let day = 1; day <= 28; day++) {
      for (const locale of ["en", "fr"]) {
        labels.add(formatPartialDate(`2021-02-${String(day).padStart(2, "0")}`, locale));
        labels.add(formatPartialDate(`19${day + 50}-03`, locale));
      }
    }
    expect(count.made).toBe(0);
    expect(labels.size).toBe(28 * 4);
    expect(labels).toContain("1 February 2021");
    expect(labels).toContain("mars 1978");
  });
});
