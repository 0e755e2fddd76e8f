import { describe, expect, it } from "vitest";
import { statusWarning } from "@/lib/agreements/status-check";

const today = "2026-12-05";

describe("statusWarning", () => {
  it("warns when the entry into force is past and the status still says signed", () => {
    expect(statusWarning("SIGNED", "2024-03", null, today)).toBe("entryPassed");
    expect(statusWarning("UNDER_NEGOTIATION", "2026-12-05", null, today)).toBe("entryPassed");
  });

  it("warns when the end is past and the status says the agreement still applies", () => {
    expect(statusWarning("IN_FORCE", "2020", "2025-01-31", today)).toBe("endPassed");
  });

  it("warns when the status says in force before the entry into force", () => {
    expect(statusWarning("IN_FORCE", "2027-06", null, today)).toBe("entryAhead");
  });

  it("says nothing when status and dates agree, or when a partial date may still be either side of today", () => {
    expect(statusWarning("IN_FORCE", "2024-03", null, today)).toBeNull();
    expect(statusWarning("SIGNED", null, null, today)).toBeNull();
    expect(statusWarning("SIGNED", "2026-12", null, today)).toBeNull();
    expect(statusWarning("TERMINATED", "2001", "2010", today)).toBeNull();
  });
});
