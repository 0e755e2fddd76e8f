"use client";
// A labelled native select, tied to its errors; it works without JavaScript and with every screen reader.
import type { ReactNode } from "react";
import { NativeSelect } from "@/components/ui/native-select";
import { useField } from "./form-fields-context";
import { RequiredMark } from "./required-mark";
import { FieldError } from "./field-error";

interface SelectFieldProps {
  name: string;
  label: string;
  hint?: string;
  /** A first, empty choice ("Not recorded"), for optional fields. */
  emptyLabel?: string;
  options: { value: string; label: string }[];
  required?: boolean;
  children?: ReactNode;
  labelHidden?: boolean;
}

export function SelectField({ name, label, hint, emptyLabel, options, required, labelHidden }: SelectFieldProps) {
  const field = useField(name);
  const describedBy = [hint && `${field.id}-hint`, field.errors?.length && `${field.id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={field.id} className={labelHidden ? "sr-only" : "block text-sm font-medium"}>
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p id={`${field.id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      )}
      <FieldError id={`${field.id}-error`} errors={field.errors} />
      <NativeSelect
        id={field.id}
        name={name}
        defaultValue={field.defaultValue}
        required={required}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="h-9 w-full"
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
