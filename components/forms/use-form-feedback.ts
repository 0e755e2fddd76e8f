"use client";
// The feedback loop of a form: the server's answer (field errors and the values as typed) merged with an
// early check of the same zod schema in the browser, so mistakes show before a round trip when JavaScript runs,
// and after it when it does not.
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { z } from "@/lib/zod";
import { fieldErrorsOf, idleFormState, type FieldErrors, type FormState } from "@/lib/forms/form-state";

export interface SummaryItem {
  field: string | null;
  message: string;
  /** Where a problem that is not one field's is explained (the conflict or duplicate notice). */
  anchor?: string;
}

/** The notices that explain a refusal of the whole form, by the refusal's message key. */
const noticeOf: Record<string, string> = {
  conflict: "conflict-notice",
  visitConflict: "conflict-notice",
  possibleDuplicate: "duplicate-notice",
};

/**
 * `fields` maps each field's name to its label, in the order of the form: the summary names the field of each
 * problem ("Email address: enter an email address like…").
 */
export function useFormFeedback<State extends FormState<unknown> = FormState>(
  action: (state: State, formData: FormData) => Promise<State>,
  schema: z.ZodType | null,
  fields: Record<string, string>,
  /** How the schema reads the form, when not one value per field (repeatable rows). */
  read?: (formData: FormData) => { data: unknown; remap?: (errors: FieldErrors) => FieldErrors },
) {
  const t = useTranslations("forms");
  const [state, formAction, pending] = useActionState(action, idleFormState as Awaited<State>);
  const [browserErrors, setBrowserErrors] = useState<FieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);

  // A number per answer from the server. A form with selects and rows keys its fields with it, so they are made
  // anew from what the server sent back: a form reset after an action would otherwise put each select back to
  // the option it had when the page was first drawn. A new answer also replaces any earlier check in the
  // browser. Both are adjusted while rendering, in state rather than a ref (a render must stay pure), so the
  // answer, its key and the cleared browser check reach the screen in one render.
  const [answer, setAnswer] = useState({ state, key: 0 });
  if (answer.state !== state) {
    setAnswer({ state, key: answer.key + 1 });
    setBrowserErrors(null);
  }
  const answerKey = answer.key;
  const fieldErrors = browserErrors ?? (state.status === "error" ? state.fieldErrors : {});
  const formError = browserErrors === null && state.status === "error" ? state.formError : undefined;

  const errorsOf = (field: string) => fieldErrors[field]?.map((key) => t(`errors.${key}` as never));
  const hasFieldErrors = Object.values(fieldErrors).some((errors) => (errors?.length ?? 0) > 0);
  // "Some fields need correcting" says nothing the fields' own items do not.
  const formItem = formError && !(formError.key === "fixFields" && hasFieldErrors);
  const summary: SummaryItem[] = [
    ...(formItem
      ? [{ field: null, message: t(`errors.${formError.key}` as never, formError.values as never), anchor: noticeOf[formError.key] }]
      : []),
    // In the form's order; an error about a field the form did not name comes last, under its own name.
    ...[...Object.keys(fields), ...Object.keys(fieldErrors).filter((field) => field && !(field in fields))].flatMap((field) =>
      (errorsOf(field) ?? []).map((message) => ({ field, message: t("fieldProblem", { label: fields[field] ?? field, message }) })),
    ),
  ];

  // The summary takes focus each time a submission is refused, so a screen reader hears what to fix. Each
  // refusal, by the server or by the check in the browser, gets its own name: a second refusal with the same
  // errors takes focus again.
  const refusal = summary.length > 0 ? `${answerKey}.${attempt}` : null;
  useEffect(() => {
    if (refusal) summaryRef.current?.focus();
  }, [refusal]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!schema) return;
    const formData = new FormData(event.currentTarget);
    const { data, remap = (errors: FieldErrors) => errors } = read
      ? read(formData)
      : { data: Object.fromEntries([...formData].filter(([, value]) => typeof value === "string")) };
    const parsed = schema.safeParse(data);
    if (parsed.success) return setBrowserErrors(null);
    event.preventDefault();
    setBrowserErrors(remap(fieldErrorsOf(parsed.error)));
    setAttempt((count) => count + 1);
  }

  const submitted = (field: string) => (state.status === "error" ? state.values[field] : undefined);

  const submittedValue = (field: string) => {
    const value = submitted(field);
    return Array.isArray(value) ? value[0] : value;
  };
  return { state, formAction, pending, errorsOf, submittedValue, summary, summaryRef, onSubmit, answerKey };
}
