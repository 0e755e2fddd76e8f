// Every server action and every route handler is a public endpoint. This spec lists them from the build and
// proves that a caller without the right is refused before anything is written. A new action fails the first
// test until its policy is declared below, and then the refusal tests cover it.
// It runs alone, before the other specs (its own Playwright project), so that the database digests it compares
// are not disturbed by other tests' writes.
import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import type { Role } from "@/lib/generated/prisma/enums";
import { accounts, signIn, type TestAccount } from "./fixtures/accounts";
import { appRoutes, serverActions, type ServerAction } from "./fixtures/build-manifest";
import { callAction, type ActionArgument } from "./fixtures/call-action";
import { databaseFingerprint, userIdOf } from "./fixtures/database";

// `writes` names the tables an open action may write even when it refuses (a failed sign-in is counted).
type Policy = { open: string; writes?: string[] } | { role: Role };

// Who may call each action. `open` actions are open to anyone by nature; the reason says what bounds them.
const policies: Record<string, Policy> = {
  "lib/i18n/actions.ts#setLocale": { open: "sets the language cookie of the caller, nothing else" },
  "lib/tables/actions.ts#setShownColumns": { open: "sets the caller's own hidden-columns cookie of a table, nothing else" },
  "lib/auth/actions.ts#signIn": { open: "checks a password, limited per account and address", writes: ["SignInFailure"] },
  "lib/auth/actions.ts#signOut": { open: "ends the caller's own session, if any" },
  "lib/auth/actions.ts#setUpFirstAdmin": { open: "works only while no account exists" },
  "lib/auth/actions.ts#changePassword": { role: "VIEWER" },
  "lib/agreements/actions.ts#createAgreement": { role: "EDITOR" },
  "lib/agreements/actions.ts#updateAgreement": { role: "EDITOR" },
  "lib/agreements/actions.ts#archiveAgreement": { role: "EDITOR" },
  "lib/agreements/actions.ts#restoreAgreement": { role: "EDITOR" },
  "lib/agreements/actions.ts#revertAgreement": { role: "EDITOR" },
  "lib/visits/actions.ts#createVisit": { role: "EDITOR" },
  "lib/visits/actions.ts#updateVisit": { role: "EDITOR" },
  "lib/visits/actions.ts#archiveVisit": { role: "EDITOR" },
  "lib/visits/actions.ts#restoreVisit": { role: "EDITOR" },
  "lib/visits/actions.ts#revertVisit": { role: "EDITOR" },
  "lib/domains/actions.ts#createDomain": { role: "EDITOR" },
  "lib/domains/actions.ts#createDomainInline": { role: "EDITOR" },
  "lib/domains/actions.ts#updateDomain": { role: "EDITOR" },
  "lib/users/actions.ts#createUserAccount": { role: "ADMIN" },
  "lib/users/actions.ts#setUserRole": { role: "ADMIN" },
  "lib/users/actions.ts#resetUserPassword": { role: "ADMIN" },
};

const ranks: Role[] = ["VIEWER", "EDITOR", "ADMIN"];
const actions = serverActions();

// The account the payloads aim at, read once: every test of this spec runs in one worker.
let viewerId = "";
test.beforeAll(async () => {
  viewerId = await userIdOf(accounts.viewer.email);
});

/**
 * A payload that every action would act on if nothing stopped it: valid values for every field any form has,
 * aimed at a real account. Each action is called both as `(formData)` and as `(previousState, formData)`.
 */
function hostilePayloads(): ActionArgument[][] {
  // The slug names a cooperation domain, an agreement or a visit, so that each kind of action has something
  // real to act on.
  return ["training", "ma-il-defence-mou-2021", "2021-11-gantz-morocco"].flatMap((slug) => {
    const form = new FormData();
    const fields: Record<string, string> = {
      name: "Mallory",
      email: "mallory@attacker.test",
      role: "ADMIN",
      password: "mallory's long password",
      confirmPassword: "mallory's long password",
      currentPassword: accounts.viewer.password,
      userId: viewerId,
      locale: "fr",
      next: "/",
      // Everything an agreement form needs to be saved, and what archive, restore and revert name.
      title: "Treaty of mind control",
      titleLanguage: "en",
      form: "TREATY",
      status: "SIGNED",
      signedOn: "2024",
      version: "1",
      confirm: "yes",
      confirmDuplicate: "yes",
      visitorName: "Mallory",
      visitorCountryCode: "US",
      hostCountryCode: "MA",
      kind: "STATE",
      nameEn: "Mind control",
      nameFr: "Contrôle des esprits",
      slug,
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append("parties", "MA");
    form.append("parties", "IL");
    return [[form], [{ status: "idle" }, form]];
  });
}

async function expectRefusedWithoutWrites(
  request: APIRequestContext,
  baseURL: string,
  action: ServerAction,
  refusal: "sign-in" | "forbidden",
) {
  for (const args of hostilePayloads()) {
    const before = await databaseFingerprint();
    const answer = await callAction(request, baseURL, action, args);
    if (refusal === "sign-in") expect(answer.redirect ?? "", `${action.name} sends an anonymous caller to sign in`).toMatch(/^\/sign-in/);
    else expect(answer.status, `${action.name} answers 403`).toBe(403);
    expect(await databaseFingerprint(), `${action.name} wrote nothing`).toBe(before);
  }
}

test.describe.configure({ mode: "serial" });

// Each account signs in once for the whole spec (its tests run one after the other, in one worker), and each
// test gets a fresh context carrying that session.
const sessions = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>>();

async function contextAs(browser: Browser, baseURL: string, account: TestAccount): Promise<BrowserContext> {
  let state = sessions.get(account.email);
  if (!state) {
    const context = await browser.newContext({ baseURL });
    await signIn(await context.newPage(), account);
    state = await context.storageState();
    await context.close();
    sessions.set(account.email, state);
  }
  return browser.newContext({ baseURL, storageState: state });
}

test("every server action in the build has a declared policy, and every declared one exists", () => {
  const names = actions.map((action) => action.name).sort();
  expect(names).toEqual(Object.keys(policies).sort());
});

for (const action of actions) {
  const policy = policies[action.name];
  if (!policy || !("role" in policy)) continue;

  test(`${action.name}: an anonymous call is refused and writes nothing`, async ({ request, baseURL }) => {
    await expectRefusedWithoutWrites(request, baseURL!, action, "sign-in");
  });

  for (const role of ranks.filter((rank) => ranks.indexOf(rank) < ranks.indexOf(policy.role))) {
    test(`${action.name}: ${role === "EDITOR" ? "an editor" : "a viewer"} is refused and writes nothing`, async ({ browser, baseURL }) => {
      const context = await contextAs(browser, baseURL!, role === "VIEWER" ? accounts.viewer : accounts.editor);
      await expectRefusedWithoutWrites(context.request, baseURL!, action, "forbidden");
      await context.close();
    });
  }
}

test("the open actions, called anonymously with a hostile payload, write nothing", async ({ request, baseURL }) => {
  for (const action of actions) {
    const policy = policies[action.name];
    if (!policy || !("open" in policy)) continue;
    for (const args of hostilePayloads()) {
      const before = await databaseFingerprint({ except: policy.writes });
      const answer = await callAction(request, baseURL!, action, args);
      expect(answer.status, `${action.name} does not fail`).toBeLessThan(500);
      expect(await databaseFingerprint({ except: policy.writes }), `${action.name} wrote nothing`).toBe(before);
    }
  }
});

test("a server action posted from another site is refused before it runs", async ({ page, baseURL }) => {
  await signIn(page, accounts.admin);
  const createUser = actions.find((action) => action.name.endsWith("#createUserAccount"))!;
  for (const args of hostilePayloads()) {
    const before = await databaseFingerprint();
    const answer = await callAction(page.request, baseURL!, createUser, args, { origin: "https://attacker.example" });
    expect(answer.status).toBe(403);
    expect(await databaseFingerprint()).toBe(before);
  }
});

test("no route handler accepts a write: POST, PUT, PATCH and DELETE answer 405 and write nothing", async ({ request, baseURL }) => {
  const routes = appRoutes().filter((route) => route.kind === "route");
  expect(routes.length).toBeGreaterThan(0);
  for (const route of routes) {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const before = await databaseFingerprint();
      const response = await request.fetch(`${baseURL}${route.path}`, { method, data: { title: "x" }, headers: { Origin: baseURL! } });
      expect(response.status(), `${method} ${route.path}`).toBe(405);
      expect(await databaseFingerprint()).toBe(before);
    }
  }
});
