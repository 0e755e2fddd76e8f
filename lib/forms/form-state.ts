// What a form's server action answers, shared by every form: on refusal, the field errors (as message keys
// of the "forms" namespace) and the values as submitted, so the form shows them again with the user's input.
import { z } from "zod";

export type FieldErrors = Partial<Record<string, string[]>>;

/** An error about the whole form: a message key of the "forms" namespace and the values it names. */
export interface FormError {
  key: string;
  values?: Record<string, number | string>;
}

export type FormState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; formError?: FormError; values: Record<string, string> }
  | { status: "success"; message: string };

export const idleFormState: FormState = { status: "idle" };

/** The submitted text fields, as they were typed (files and passwords are left out). */
export function submittedValues(formData: unknown, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const [name, value] of formData) {
    if (typeof value === "string" && !name.startsWith("$") && !omit.includes(name)) values[name] = value.slice(0, 10_000);
  }
  return values;
}

/**
 * The first value of each field, as zod expects it; absent fields stay absent. An action is a public endpoint:
 * whatever was posted in place of the form reads as an empty one, so the schema refuses it field by field.
 */
export function formFields(formData: unknown, names: readonly string[]): Record<string, unknown> {
  if (!(formData instanceof FormData)) return {};
  return Object.fromEntries(names.filter((name) => formData.has(name)).map((name) => [name, formData.get(name)]));
}

export function refused(
  error: z.ZodError | null,
  formData: unknown,
  options: { formError?: FormError; omit?: readonly string[]; fieldErrors?: FieldErrors } = {},
): FormState {
  return {
    status: "error",
    fieldErrors: { ...(error ? z.flattenError(error).fieldErrors : {}), ...options.fieldErrors },
    formError: options.formError,
    values: submittedValues(formData, options.omit),
  };
}
