import { describe, expect, it } from "vitest";
import { returnPath, signInHref } from "@/lib/auth/paths";
import { hasRole } from "@/lib/auth/roles";
import { changePasswordInput, createUserInput, signInInput } from "@/lib/auth/schemas";
import { publicRead } from "@/lib/auth/settings";

describe("roles", () => {
  it("rank viewer < editor < admin, and nobody has none", () => {
    expect(hasRole({ role: "ADMIN" }, "EDITOR")).toBe(true);
    expect(hasRole({ role: "EDITOR" }, "EDITOR")).toBe(true);
    expect(hasRole({ role: "VIEWER" }, "EDITOR")).toBe(false);
    expect(hasRole({ role: "EDITOR" }, "ADMIN")).toBe(false);
    expect(hasRole(null, "VIEWER")).toBe(false);
  });
});

describe("ACCORDS_PUBLIC_READ", () => {
  it("is open unless set to a false value", () => {
    expect(publicRead({})).toBe(true);
    expect(publicRead({ ACCORDS_PUBLIC_READ: "true" })).toBe(true);
    for (const closed of ["false", "FALSE", "0", "no", " off "]) expect(publicRead({ ACCORDS_PUBLIC_READ: closed })).toBe(false);
  });
});

describe("the address to return to after sign-in", () => {
  it("keeps paths of this site", () => {
    expect(returnPath("/agreements?q=maroc")).toBe("/agreements?q=maroc");
    expect(signInHref("/admin/users")).toBe("/sign-in?next=%2Fadmin%2Fusers");
    expect(signInHref("/")).toBe("/sign-in");
  });

  it("never leads to another site or back to the sign-in page", () => {
    for (const hostile of [
      "https://attacker.example",
      "//attacker.example",
      "/\\attacker.example",
      "javascript:alert(1)",
      "",
      null,
      42,
      "/sign-in?next=/x",
    ]) {
      expect(returnPath(hostile)).toBe("/");
    }
  });
});

describe("account forms", () => {
  it("normalise the email address and require a password", () => {
    expect(signInInput.parse({ email: "  Ana@Example.ORG ", password: "x" }).email).toBe("ana@example.org");
    const missing = signInInput.safeParse({ email: "", password: "" });
    expect(missing.success || missing.error.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["email", "required"],
      ["password", "required"],
    ]);
    expect(signInInput.safeParse({ email: "not an address", password: "x" }).error?.issues[0]?.message).toBe("invalidEmail");
  });

  it("refuse short, overlong and mismatched new passwords, and unknown roles", () => {
    const base = {
      name: "Ana",
      email: "ana@example.org",
      role: "EDITOR",
      password: "long enough pass",
      confirmPassword: "long enough pass",
    };
    expect(createUserInput.safeParse(base).success).toBe(true);
    const problems = (input: object) => createUserInput.safeParse({ ...base, ...input }).error?.issues.map((issue) => issue.message);
    expect(problems({ password: "short", confirmPassword: "short" })).toEqual(["passwordTooShort"]);
    expect(problems({ password: "x".repeat(129), confirmPassword: "x".repeat(129) })).toEqual(["passwordTooLong"]);
    expect(problems({ confirmPassword: "something else" })).toEqual(["passwordsDiffer"]);
    expect(problems({ role: "SUPERUSER" })).toEqual(["invalidRole"]);
    expect(problems({ name: "x".repeat(101) })).toEqual(["tooLong"]);
    expect(
      changePasswordInput.safeParse({ currentPassword: "a", password: "new password!", confirmPassword: "new password?" }).error?.issues[0]
        ?.path,
    ).toEqual(["confirmPassword"]);
  });
});
