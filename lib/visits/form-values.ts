// The visit form's fields as flat name → value pairs (the shape FormData has), from a snapshot.
import type { SubmittedValues } from "@/lib/forms/form-state";
import { visitScalarFields } from "./schemas";
import type { VisitSnapshot } from "./snapshot";

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));

export function visitFormValues(snapshot: VisitSnapshot): SubmittedValues {
  const values: SubmittedValues = {};
  for (const field of visitScalarFields) {
    values[field] = text(snapshot[field]);
  }
  for (const list of ["meetings", "agreements", "sources"] as const) {
    snapshot[list].forEach((row, index) => {
      for (const [field, value] of Object.entries(row)) values[`${list}.${index}.${field}`] = text(value);
    });
  }
  return values;
}
