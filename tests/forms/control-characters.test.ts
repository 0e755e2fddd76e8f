// Text posted in a form reaches the schema without control characters: a NUL or a bell in a title would be saved,
// then rendered on every page and exported. Tab and newline are text; a carriage return becomes a newline.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readAll, readRows, readText } from "@/lib/forms/form-data";
import { formFields, objectFields, submittedValues } from "@/lib/forms/form-state";

const form = (entries: [string, string][]) => {
  const formData = new FormData();
  for (const [name, value] of entries) formData.append(name, value);
  return formData;
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
const forbidden = /[\u0000-\u0008\u000b-\u001f\u007f]/;

describe("form text", () => {
  it("reaches the schema without NUL, bell and the other C0 controls", () => {
    const formData = form([
      ["title", "Accord\u0000 de\u0007 défense\u001b"],
      ["next", "/x\u0000"],
    ]);
    expect(formFields(formData, ["title", "next"])).toEqual({ title: "Accord de défense", next: "/x" });
    expect(readText(formData, "title")).toBe("Accord de défense");
  });

  it("keeps tabs and newlines, and makes a carriage return a newline", () => {
    const formData = form([["summaryEn", "one\r\ntwo\rthree\n\tfour"]]);
    expect(formFields(formData, ["summaryEn"]).summaryEn).toBe("one\ntwo\nthree\n\tfour");
    expect(readText(formData, "summaryEn")).toBe("one\ntwo\nthree\n\tfour");
  });

  it("strips rows and repeated fields the same way", () => {
    const formData = form([
      ["signatories.0.personName", "Ana\u0000 Lima"],
      ["signatories.0.titleEn", "\u0007"],
      ["parties", "M\u0000A"],
    ]);
    expect(readRows(formData, "signatories", ["personName", "titleEn"])).toEqual([{ personName: "Ana Lima", titleEn: "" }]);
    expect(readAll(formData, "parties")).toEqual(["MA"]);
  });

  it("reaches the schema the same way from an action called with an object", () => {
    expect(objectFields({ nameEn: "Space\u0000", nameFr: 42, extra: "x" }, ["nameEn", "nameFr"])).toEqual({ nameEn: "Space" });
    expect(objectFields(Object.create({ nameEn: "inherited" }), ["nameEn"])).toEqual({});
    expect(objectFields(null, ["nameEn"])).toEqual({});
  });

  it("gives back the values of a refused form as they will be saved", () => {
    expect(
      submittedValues(
        form([
          ["title", "a\u0000b"],
          ["parties", "M\u0000A"],
          ["parties", "IL"],
        ]),
      ),
    ).toEqual({ title: "ab", parties: ["MA", "IL"] });
  });

  it("never holds a control character other than tab and newline, whatever was posted", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (value) => {
        const formData = form([
          ["title", value],
          ["rows.0.name", value],
          ["list", value],
        ]);
        const read = [
          formFields(formData, ["title"]).title as string,
          readText(formData, "title")!,
          readRows(formData, "rows", ["name"])[0]?.name ?? "",
          readAll(formData, "list")[0]!,
        ];
        for (const text of read) {
          expect(text).not.toMatch(forbidden);
          expect(text).not.toContain("\r");
        }
      }),
      { numRuns: 2000 },
    );
  });
});
