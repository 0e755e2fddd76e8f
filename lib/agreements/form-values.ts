// The agreement form's fields as flat name → value pairs, the shape FormData has: the edit page fills the form
// from a snapshot this way, and a refused submission gives the same shape back.
import type { SubmittedValues } from "@/lib/forms/form-state";
import { agreementScalarFields } from "./schemas";
import type { AgreementSnapshot } from "./snapshot";

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));

export function agreementFormValues(snapshot: AgreementSnapshot): SubmittedValues {
  const values: SubmittedValues = {};
  for (const field of agreementScalarFields) {
    values[field] = text(snapshot[field]);
  }
  values.parties = snapshot.parties;
  values.domains = snapshot.domains.map((domain) => domain.slug);
  for (const domain of snapshot.domains) values[`evidence.${domain.slug}`] = text(domain.evidence);
  snapshot.signatories.forEach((row, index) => {
    for (const [field, value] of Object.entries(row)) values[`signatories.${index}.${field}`] = text(value);
  });
  snapshot.links.forEach((row, index) => {
    for (const [field, value] of Object.entries(row)) values[`links.${index}.${field}`] = text(value);
  });
  snapshot.sources.forEach((row, index) => {
    for (const [field, value] of Object.entries(row)) values[`sources.${index}.${field}`] = text(value);
  });
  return values;
}

/**
 * How many rows of a repeatable list these values fill ("signatories.2.personName" filled means at least three). A
 * row with nothing filled in does not count: the form adds its own blank row at the end, so counting the blank row
 * a refused submission sends back would add one more after each refusal.
 */
export function rowCount(values: SubmittedValues, list: string): number {
  let count = 0;
  const prefix = `${list}.`;
  for (const [name, value] of Object.entries(values)) {
    if (!name.startsWith(prefix) || text(value).trim() === "") continue;
    const index = Number(name.slice(prefix.length).split(".")[0]);
    if (Number.isInteger(index) && index < 200) count = Math.max(count, index + 1);
  }
  return count;
}
