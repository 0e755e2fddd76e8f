// The secret that signs session cookies. ACCORDS_AUTH_SECRET when set; otherwise one the app makes on first use
// and keeps in the database, so a newcomer configures nothing and several app servers sharing the database
// agree on it.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

const settingKey = "auth.secret";

export async function getAuthSecret(): Promise<string> {
  const fromEnv = process.env.ACCORDS_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("ACCORDS_AUTH_SECRET must be at least 32 characters long");
    return fromEnv;
  }
  const existing = await db.appSetting.findUnique({ where: { key: settingKey } });
  if (existing) return existing.value;
  // Two servers starting at once may both get here: the upsert keeps whichever was written first.
  const created = await db.appSetting.upsert({
    where: { key: settingKey },
    create: { key: settingKey, value: randomBytes(32).toString("base64url") },
    update: {},
  });
  return created.value;
}
