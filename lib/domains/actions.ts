"use server";
// Adding and renaming cooperation domains: editors only. Each action checks the caller before reading its input.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { Role } from "@/lib/auth/roles";
import { bumpChangeVersion } from "@/lib/cache/change-counter";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db/write";
import { fieldErrorsOf, formFields, objectFields, refused, type FieldErrors, type FormState } from "@/lib/forms/form-state";
import { normalizeSearchText } from "@/lib/search/normalize";
import { domainInput, domainUpdateInput, type DomainInput } from "./schemas";

const fields = ["nameEn", "nameFr", "nameAr", "descriptionEn", "descriptionFr"] as const;

type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** A slug from the English name: "Technology transfer" → "technology-transfer". */
function slugOf(nameEn: string): string {
  return normalizeSearchText(nameEn).replaceAll(" ", "-").slice(0, 80) || "domain";
}

/** Names already used by another domain, compared without case or accents. */
async function nameClashes(tx: Transaction, input: DomainInput, exceptId?: number): Promise<FieldErrors> {
  const others = await tx.cooperationDomain.findMany({ where: exceptId ? { id: { not: exceptId } } : {} });
  const taken = (field: "nameEn" | "nameFr" | "nameAr") => {
    const name = input[field];
    return name != null && others.some((other) => other[field] != null && normalizeSearchText(other[field]) === normalizeSearchText(name));
  };
  return {
    ...(taken("nameEn") ? { nameEn: ["domainNameTaken"] } : {}),
    ...(taken("nameFr") ? { nameFr: ["domainNameTaken"] } : {}),
    ...(taken("nameAr") ? { nameAr: ["domainNameTaken"] } : {}),
  };
}

class Refusal extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly formErrorKey?: string,
  ) {
    super("refused");
  }
}

/** Adds a domain; its slug, or the name clashes. */
async function insertDomain(input: DomainInput): Promise<{ slug: string } | { fieldErrors: FieldErrors }> {
  let slug = slugOf(input.nameEn);
  try {
    await writeTransaction(db, async (tx) => {
      const clashes = await nameClashes(tx, input);
      if (Object.keys(clashes).length > 0) throw new Refusal(clashes);
      // Two names that differ only in punctuation could give one slug: number the second.
      for (let suffix = 2; await tx.cooperationDomain.findUnique({ where: { slug } }); suffix++) slug = `${slugOf(input.nameEn)}-${suffix}`;
      await tx.cooperationDomain.create({ data: { ...input, slug } });
      await bumpChangeVersion(tx, "agreements");
    });
  } catch (error) {
    if (error instanceof Refusal) return { fieldErrors: error.fieldErrors };
    throw error;
  }
  revalidatePath("/domains");
  revalidatePath("/agreements");
  // The agreement forms list the domains: the one the editor is on shows the new one too.
  revalidatePath("/agreements/new");
  revalidatePath("/agreements/[slug]/edit", "page");
  return { slug };
}

export async function createDomain(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireRole(Role.EDITOR);
  const parsed = domainInput.safeParse(formFields(formData, fields));
  if (!parsed.success) return refused(parsed.error, formData);
  const result = await insertDomain(parsed.data);
  if ("fieldErrors" in result) return refused(null, formData, { fieldErrors: result.fieldErrors });
  redirect(`/domains?saved=${encodeURIComponent(result.slug)}#${result.slug}`);
}

export type InlineDomainResult =
  | { ok: true; slug: string; nameEn: string; nameFr: string; nameAr: string | null }
  | { ok: false; fieldErrors: FieldErrors };

/** Adds a domain from within the agreement form, which then offers it, ticked, without leaving the page. */
export async function createDomainInline(input: unknown): Promise<InlineDomainResult> {
  await requireRole(Role.EDITOR);
  const parsed = domainInput.safeParse(input instanceof FormData ? formFields(input, fields) : objectFields(input, fields));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await insertDomain(parsed.data);
  if ("fieldErrors" in result) return { ok: false, fieldErrors: result.fieldErrors };
  const { nameEn, nameFr, nameAr = null } = parsed.data;
  return { ok: true, slug: result.slug, nameEn, nameFr, nameAr };
}

export async function updateDomain(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireRole(Role.EDITOR);
  const parsed = domainUpdateInput.safeParse(formFields(formData, [...fields, "slug"]));
  if (!parsed.success) return refused(parsed.error, formData);
  const { slug, ...input } = parsed.data;
  try {
    await writeTransaction(db, async (tx) => {
      const domain = await tx.cooperationDomain.findUnique({ where: { slug } });
      if (!domain) throw new Refusal({}, "domainGone");
      const clashes = await nameClashes(tx, input, domain.id);
      if (Object.keys(clashes).length > 0) throw new Refusal(clashes);
      // The slug stays: it is in addresses people have saved (?domain=…).
      await tx.cooperationDomain.update({ where: { id: domain.id }, data: input });
      await bumpChangeVersion(tx, "agreements");
    });
  } catch (error) {
    if (error instanceof Refusal) {
      const formError = error.formErrorKey ? { key: error.formErrorKey } : undefined;
      return refused(null, formData, { fieldErrors: error.fieldErrors, formError });
    }
    throw error;
  }
  revalidatePath("/domains");
  revalidatePath("/agreements");
  redirect(`/domains?saved=${encodeURIComponent(slug)}#${slug}`);
}
