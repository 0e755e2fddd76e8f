"use client";
// Text fields that take their id, starting value and errors from the form around them.
import type { ComponentProps } from "react";
import { useField } from "./form-fields-context";
import { TextAreaField, TextField } from "./text-field";

type Bound<P> = Omit<P, "idPrefix" | "defaultValue" | "errors"> & { name: string };

export function BoundTextField(props: Bound<ComponentProps<typeof TextField>>) {
  const field = useField(props.name);
  return <TextField {...props} idPrefix={field.idPrefix} defaultValue={field.defaultValue} errors={field.errors} />;
}

export function BoundTextAreaField(props: Bound<ComponentProps<typeof TextAreaField>>) {
  const field = useField(props.name);
  return <TextAreaField {...props} idPrefix={field.idPrefix} defaultValue={field.defaultValue} errors={field.errors} />;
}
