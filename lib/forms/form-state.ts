// What a form's server action answers, shared by every form: on refusal, the field errors (as message keys
// of the "forms" namespace, keyed by the field's path: "title", "signatories.0.countryCode") and the values as
// submitted, so the form shows them again with the user's input, repeatable rows included.
import type { z } from "zod";
import { formText } from "./form-text";

export type FieldErrors = Partial<Record<string, string[]>>;

/** An error about the whole form: a message key of the "forms" namespace and the values it names. */
export interface FormError {
  key: string;
  values?: Record<string, number | string>;
}

/** Submitted values: one string per field, or every value of a field sent several times (a multi-select). */
export type SubmittedValues = Record<string, string | string[]>;

export type FormState<Extra = never> =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; formError?: FormError; values: SubmittedValues; extra?: Extra }
  | { status: "success"; message: string };

export const idleFormState: FormState = { status: "idle" };

const maxValueLength = 100_000;

/** The submitted text fields, as they were typed (files and passwords are left out). */
export function submittedValues(formData: unknown, omit: readonly string[] = []): SubmittedValues {
  const values: SubmittedValues = {};
  if (!(formData instanceof FormData)) return values;
  for (const [name, value] of formData) {
    if (typeof value !== "string" || name.startsWith("$") || omit.includes(name)) continue;
    const kept = formText(value.slice(0, maxValueLength));
    const earlier = values[name];
    values[name] = earlier === undefined ? kept : [...(Array.isArray(earlier) ? earlier : [earlier]), kept];
  }
  return values;
}

/**
 * The first value of each field, as zod expects it; absent fields stay absent. An action is a public endpoint:
 * whatever was posted in place of the form reads as an empty one, so the schema refuses it field by field.
 */
export function formFields(formData: unknown, names: readonly string[]): Record<string, unknown> {
  if (!(formData instanceof FormData)) return {};
  // A file posted in place of a text field reads as if the field were absent.
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = formData.get(name);
      return typeof value === "string" ? [[name, formText(value)]] : [];
    }),
  );
}

/**
 * One field exactly as posted, control characters included: for a value that must be refused whole rather than
 * cleaned, such as a return address ("/agreements\u0000" is not a path of this site, whatever it would become).
 */
export function rawField(formData: unknown, name: string): string | undefined {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === "string" ? value : undefined;
}

/** The same for an action a client component calls with an object: its own text properties only. */
export function objectFields(input: unknown, names: readonly string[]): Record<string, unknown> {
  if (typeof input !== "object" || input === null) return {};
  return Object.fromEntries(
    names.flatMap((name) => {
      const value: unknown = Object.hasOwn(input, name) ? (input as Record<string, unknown>)[name] : undefined;
      return typeof value === "string" ? [[name, formText(value)]] : [];
    }),
  );
}

/**
 * Field errors keyed by the path of the field ("signatories.1.countryCode"); "" for the form as a whole. One
 * message per field, the first found (an empty field is "required", not also "too short").
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".")] ??= [issue.message];
  return errors;
}

export function refused<Extra = never>(
  error: z.ZodError | null,
  formData: unknown,
  options: { formError?: FormError; omit?: readonly string[]; fieldErrors?: FieldErrors; extra?: Extra } = {},
): FormState<Extra> {
  return {
    status: "error",
    fieldErrors: { ...(error ? fieldErrorsOf(error) : {}), ...options.fieldErrors },
    formError: options.formError,
    values: submittedValues(formData, options.omit),
    extra: options.extra,
  };
}
