import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ar from "@/messages/ar.json";
import {
  AgreementForm,
  AgreementStatus,
  DisclosureLevel,
  LegalNature,
  VisitKind,
  AgreementLinkKind,
  Role,
} from "@/lib/generated/prisma/enums";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("interface messages", () => {
  it("have the same keys in English, French and Arabic", () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });

  it("label every value of every enum of the schema", () => {
    const labelled = new Set(keys(en));
    const enums = {
      form: AgreementForm,
      status: AgreementStatus,
      disclosure: DisclosureLevel,
      legalNature: LegalNature,
      visitKind: VisitKind,
      roles: Role,
    };
    for (const [namespace, values] of Object.entries(enums)) {
      for (const value of Object.values(values)) expect(labelled).toContain(`${namespace}.${value}`);
    }
    for (const value of Object.values(AgreementLinkKind)) {
      expect(labelled).toContain(`linkKind.${value}.out`);
      expect(labelled).toContain(`linkKind.${value}.in`);
    }
  });
});
