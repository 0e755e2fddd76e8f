"use server";
// Creating, editing, archiving, restoring and reverting agreements: editors only. Each action checks the caller
// before reading its input, validates it with the form's schema, and leaves the writing to lib/agreements/save.ts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { Role, type SignedInUser } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fieldErrorsOf, formFields, refused, type FormState } from "@/lib/forms/form-state";
import { agreementInput, readAgreementFormWithErrors } from "./schemas";
import { revertAgreement as revertToVersion, saveAgreement, setAgreementArchived, type Conflict, type PossibleDuplicate } from "./save";

export type AgreementFormExtra = { duplicate?: PossibleDuplicate; conflict?: Conflict };
export type AgreementFormState = FormState<AgreementFormExtra>;

const slugField = z.string("required").trim().min(1, "required").max(200, "tooLong");
const editTarget = z.object({ slug: slugField, version: z.coerce.number("required").int("required").positive("required") });

function done(slug: string, flag: string): never {
  revalidatePath("/agreements");
  revalidatePath(`/agreements/${slug}`);
  revalidatePath("/");
  redirect(`/agreements/${slug}?${flag}`);
}

// Called by the actions below once they have checked the caller: the editor is theirs, not asked again.
async function save(editor: SignedInUser, formData: FormData, target: { slug?: string; version?: number }): Promise<AgreementFormState> {
  if (!(formData instanceof FormData)) return refused(null, formData, { formError: { key: "fixFields" } });
  const { data, remap } = readAgreementFormWithErrors(formData);
  const parsed = agreementInput.safeParse(data);
  if (!parsed.success) return refused(null, formData, { formError: { key: "fixFields" }, fieldErrors: remap(fieldErrorsOf(parsed.error)) });
  const result = await saveAgreement(db, editor.id, parsed.data, {
    ...target,
    confirmDuplicate: formData.get("confirmDuplicate") === "yes",
  });
  if (!result.ok) {
    return refused(null, formData, {
      fieldErrors: result.fieldErrors && remap(result.fieldErrors),
      formError: result.formError,
      extra: { duplicate: result.duplicate, conflict: result.conflict },
    });
  }
  done(result.slug, target.slug ? "saved=1" : "created=1");
}

export async function createAgreement(_previous: AgreementFormState, formData: FormData): Promise<AgreementFormState> {
  return save(await requireRole(Role.EDITOR), formData, {});
}

export async function updateAgreement(_previous: AgreementFormState, formData: FormData): Promise<AgreementFormState> {
  const editor = await requireRole(Role.EDITOR);
  const target = editTarget.safeParse(formFields(formData, ["slug", "version"]));
  if (!target.success) return refused(target.error, formData, { formError: { key: "agreementGone" } });
  return save(editor, formData, target.data);
}

export async function archiveAgreement(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(Role.EDITOR);
  const input = z
    .object({ slug: slugField, confirm: z.literal("yes", "confirmArchive") })
    .safeParse(formFields(formData, ["slug", "confirm"]));
  if (!input.success) return refused(input.error, formData);
  const result = await setAgreementArchived(db, user.id, input.data.slug, true);
  if (!result.ok) return refused(null, formData, { formError: result.formError });
  done(result.slug, "archived=1");
}

export async function restoreAgreement(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(Role.EDITOR);
  const input = z.object({ slug: slugField }).safeParse(formFields(formData, ["slug"]));
  if (!input.success) return refused(input.error, formData);
  const result = await setAgreementArchived(db, user.id, input.data.slug, false);
  if (!result.ok) return refused(null, formData, { formError: result.formError });
  done(result.slug, "restored=1");
}

export async function revertAgreement(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(Role.EDITOR);
  const input = editTarget.safeParse(formFields(formData, ["slug", "version"]));
  if (!input.success) return refused(input.error, formData);
  const result = await revertToVersion(db, user.id, input.data.slug, input.data.version, (snapshot) => {
    const parsed = agreementInput.safeParse(snapshot);
    return parsed.success ? parsed.data : null;
  });
  if (!result.ok) return refused(null, formData, { formError: result.formError, fieldErrors: result.fieldErrors });
  done(result.slug, `reverted=${input.data.version}`);
}
