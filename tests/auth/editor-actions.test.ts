// The agreement and visit actions are public endpoints: each asks for an editor before it reads anything the caller
// sent, and asks once. The save functions behind them trust the editor they are given, so this is the only check.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInUser } from "@/lib/auth/roles";

const requireRole = vi.fn<(role: string) => Promise<SignedInUser>>();
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: () => {
    throw new Error("redirected");
  },
}));
vi.mock("@/lib/auth/session", () => ({ requireRole }));
vi.mock("@/lib/db", () => ({ db: {} }));
vi.mock("@/lib/agreements/save", () => ({ saveAgreement: vi.fn(), setAgreementArchived: vi.fn(), revertAgreement: vi.fn() }));
vi.mock("@/lib/visits/save", () => ({ saveVisit: vi.fn(), setVisitArchived: vi.fn(), revertVisit: vi.fn() }));

const agreementActions = await import("@/lib/agreements/actions");
const visitActions = await import("@/lib/visits/actions");
const agreementWrites = await import("@/lib/agreements/save");
const visitWrites = await import("@/lib/visits/save");

type Action = (previous: never, formData: FormData) => Promise<unknown>;
const actions: Record<string, Action> = { ...agreementActions, ...visitActions } as unknown as Record<string, Action>;
const actionNames = Object.keys(actions).filter((name) => typeof actions[name] === "function");
const writes = [...Object.values(agreementWrites), ...Object.values(visitWrites)] as ReturnType<typeof vi.fn>[];

/** A form that records whether anyone looked at it. */
function watchedForm(): { formData: FormData; read: () => boolean } {
  let read = false;
  const formData = new FormData();
  for (const name of ["get", "getAll", "has", "entries", "keys", "values", "forEach"] as const) {
    const original = formData[name].bind(formData) as (...args: unknown[]) => unknown;
    (formData as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      read = true;
      return original(...args);
    };
  }
  return { formData, read: () => read };
}

const editor: SignedInUser = { id: "editor-1", name: "Ed", email: "ed@example.org", role: "EDITOR" };

beforeEach(() => {
  requireRole.mockReset();
  for (const write of writes) write.mockReset();
});

describe("editor actions", () => {
  it("are the ten writes of agreements and visits", () => {
    expect(actionNames.sort()).toEqual([
      "archiveAgreement",
      "archiveVisit",
      "createAgreement",
      "createVisit",
      "restoreAgreement",
      "restoreVisit",
      "revertAgreement",
      "revertVisit",
      "updateAgreement",
      "updateVisit",
    ]);
  });

  it.each(actionNames)("%s refuses a caller who is not an editor before reading the form or writing", async (name) => {
    requireRole.mockRejectedValue(new Error("forbidden"));
    const { formData, read } = watchedForm();
    await expect(actions[name]!(undefined as never, formData)).rejects.toThrow("forbidden");
    expect(requireRole).toHaveBeenCalledExactlyOnceWith("EDITOR");
    expect(read(), "the form was read").toBe(false);
    for (const write of writes) expect(write).not.toHaveBeenCalled();
  });

  it.each(actionNames)("%s asks for the editor once", async (name) => {
    requireRole.mockResolvedValue(editor);
    const formData = new FormData();
    formData.set("slug", "some-record");
    formData.set("version", "1");
    await actions[name]!(undefined as never, formData).catch(() => {});
    expect(requireRole).toHaveBeenCalledExactlyOnceWith("EDITOR");
  });
});
