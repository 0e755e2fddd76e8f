// `npm run user:create -- --email ana@example.org --role editor [--name "Ana Lima"] [--db file:…]`
// Makes an account for servers and tests. The password is asked for (hidden) on a terminal, or read from the
// first line of standard input otherwise: `printf '%s\n' "$PASSWORD" | npm run user:create -- …`.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "@/lib/zod";
import { databaseUrl } from "@/lib/db/url";
import { createPrismaClient } from "@/lib/db/create-client";
import { emailField, nameField, newPasswordField, roleField } from "@/lib/auth/schemas";
import { passwordLength } from "@/lib/auth/settings";
import { createUser, EmailTakenError } from "@/lib/users/create-user";

const messages: Record<string, string> = {
  required: "is required",
  tooLong: "is too long",
  invalidEmail: "is not an email address",
  invalidRole: "must be viewer, editor or admin",
  passwordTooShort: `must be at least ${passwordLength.min} characters`,
  passwordTooLong: `must be at most ${passwordLength.max} characters`,
};

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, db: { type: "string" } },
});

const input = z.object({ email: emailField, role: roleField, name: nameField });
const parsed = input.safeParse({
  email: values.email,
  role: values.role?.toUpperCase(),
  name: values.name ?? values.email?.split("@")[0],
});
if (!parsed.success) {
  const problems = parsed.error.issues.map((issue) => `--${String(issue.path[0])} ${messages[issue.message] ?? issue.message}`);
  fail(`${problems.join("; ")}\nusage: npm run user:create -- --email <address> --role viewer|editor|admin [--name <name>]`);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    return "";
  }
  // On a terminal: ask twice, without echoing what is typed.
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const write = (terminal as unknown as { _writeToOutput: (text: string) => void })._writeToOutput;
      (terminal as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
        if (text.startsWith(question)) write.call(terminal, text);
      };
      terminal.question(question, (answer) => {
        terminal.close();
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const password = await ask("Password: ");
  if ((await ask("Password again: ")) !== password) fail("the two passwords differ");
  return password;
}

const password = newPasswordField.safeParse(await readPassword());
if (!password.success) fail(`the password ${messages[password.error.issues[0]!.message] ?? "is not valid"}`);

const url = values.db ?? databaseUrl();
const prisma = createPrismaClient(url);
try {
  const user = await createUser(prisma, { ...parsed.data, password: password.data });
  console.log(`user:create: ${user.email} can now sign in, as ${user.role.toLowerCase()}.`);
} catch (error) {
  if (error instanceof EmailTakenError) fail(`an account already uses ${parsed.data.email}`);
  throw error;
} finally {
  await prisma.$disconnect();
}
