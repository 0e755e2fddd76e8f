// db:synth loads PostgreSQL with COPY in its text format: a value holding a tab, a newline or a backslash must
// arrive as it was, and a missing one as NULL.
import { describe, expect, it } from "vitest";
import { copyText } from "@/scripts/synth/copy-text";

describe("COPY text rows", () => {
  it("writes one line per row, tab between values, \\N for null", () => {
    expect(copyText([1, "Accord", null, 2, "Traité", 7], 3)).toBe("1\tAccord\t\\N\n2\tTraité\t7\n");
  });

  it("escapes the characters COPY reads as separators or escapes", () => {
    expect(copyText(["a\tb", "c\nd", "e\\f", "g\rh"], 4)).toBe("a\\tb\tc\\nd\te\\\\f\tg\\rh\n");
  });

  it("gives nothing for no rows", () => {
    expect(copyText([], 3)).toBe("");
  });
});
