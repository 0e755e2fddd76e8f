// Labelled inputs with their hint and their errors, tied together for assistive technology.
import type { ComponentProps, ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { RequiredMark } from "./required-mark";
import { cn } from "@/lib/utils";
import { FieldError } from "./field-error";

interface FieldShellProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  errors?: string[];
  children: (described: { "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}

function FieldShell({ id, label, required, hint, errors, children }: FieldShellProps) {
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
      {children({ "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
    </div>
  );
}

interface FieldProps {
  idPrefix: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
}

export function TextField({ idPrefix, name, label, hint, errors, ...input }: FieldProps & Omit<ComponentProps<"input">, "id" | "name">) {
  const id = `${idPrefix}-${name}`;
  return (
    <FieldShell id={id} label={label} required={input.required} hint={hint} errors={errors}>
      {(described) => <Input id={id} name={name} {...described} {...input} />}
    </FieldShell>
  );
}

export function TextAreaField({
  idPrefix,
  name,
  label,
  hint,
  errors,
  className,
  ...textarea
}: FieldProps & Omit<ComponentProps<"textarea">, "id" | "name">) {
  const id = `${idPrefix}-${name}`;
  return (
    <FieldShell id={id} label={label} required={textarea.required} hint={hint} errors={errors}>
      {(described) => (
        <textarea
          id={id}
          name={name}
          rows={3}
          className={cn("w-full rounded-md border bg-background px-3 py-2 text-sm shadow-xs aria-invalid:border-red-700", className)}
          {...described}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}
