"use client";
// What each field of a large form needs to know, without passing it down through every section: its id, the
// value to start from (the record, or what was typed before a refused submission) and its errors.
import { createContext, useContext, type ReactNode } from "react";
import type { SubmittedValues } from "@/lib/forms/form-state";

interface FormFields {
  idPrefix: string;
  values: SubmittedValues;
  errorsOf: (name: string) => string[] | undefined;
}

const FormFieldsContext = createContext<FormFields | null>(null);

export function FormFieldsProvider({ value, children }: { value: FormFields; children: ReactNode }) {
  return <FormFieldsContext.Provider value={value}>{children}</FormFieldsContext.Provider>;
}

function useFormFields(): FormFields {
  const fields = useContext(FormFieldsContext);
  if (!fields) throw new Error("useField must be used inside a FormFieldsProvider");
  return fields;
}

/** The id, starting value and errors of one field, by its name ("title", "signatories.0.titleEn"). */
export function useField(name: string) {
  const { idPrefix, values, errorsOf } = useFormFields();
  const value = values[name];
  return {
    id: `${idPrefix}-${name}`,
    idPrefix,
    name,
    defaultValue: Array.isArray(value) ? (value[0] ?? "") : (value ?? ""),
    errors: errorsOf(name),
  };
}

/** Every starting value of a field sent several times (checkboxes). */
export function useFieldValues(name: string): string[] {
  const value = useFormFields().values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function useFieldErrors(name: string) {
  return useFormFields().errorsOf(name);
}

/** A reader of starting values by name, for fields made on the fly (one per option of a list). */
export function useFormValue(): (name: string) => string {
  const { values } = useFormFields();
  return (name) => {
    const value = values[name];
    return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  };
}
