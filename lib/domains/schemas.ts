// The cooperation domain form, shared by the form (early feedback) and the actions (always). Messages are keys
// of the "forms" message namespace.
import { z } from "@/lib/zod";

const name = z.string("required").trim().min(1, "required").max(80, "tooLong");
/** The Arabic name is optional: domains added before Arabic came have none, and pages then show the English one. */
const optionalName = z
  .string()
  .trim()
  .max(80, "tooLong")
  .transform((value) => value || null)
  .nullish();
const description = z
  .string()
  .trim()
  .max(500, "tooLong")
  .transform((value) => value || null)
  .nullish();

export const domainInput = z.object({
  nameEn: name,
  nameFr: name,
  nameAr: optionalName,
  descriptionEn: description,
  descriptionFr: description,
});

export const domainUpdateInput = domainInput.extend({ slug: z.string("required").min(1, "required").max(100, "tooLong") });

export type DomainInput = z.infer<typeof domainInput>;
