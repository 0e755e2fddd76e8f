"use client";
// A text field that suggests records as one types (the ARIA combobox pattern). Once a suggestion is picked the
// field shows the record's name, and a hidden field sends its address (its slug), with the name beside it so that
// a refused form shows the name again. Without JavaScript it is a plain text field for the address.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cn } from "@/lib/utils";
import { useField } from "./form-fields-context";
import { FieldError } from "./field-error";

export interface LookupOption {
  value: string;
  label: string;
  detail?: string;
}

interface LookupFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Where suggestions come from: `${endpoint}?q=…` answers { items: LookupOption[] }. */
  endpoint: string;
  defaultValue?: string;
  /** What the initial value names, shown under the field. */
  defaultLabel?: string;
}

/** The hidden field that carries the name of the record picked in the lookup field `name`. */
const labelField = (name: string) => `${name}Label`;

export function LookupField({ id, name, label, hint, errors, endpoint, defaultValue = "", defaultLabel }: LookupFieldProps) {
  const t = useTranslations("forms");
  const listId = useId();
  const hydrated = useHydrated();
  const echoedLabel = useField(labelField(name)).defaultValue;
  const initialLabel = defaultLabel ?? (echoedLabel || undefined);
  const [chosen, setChosen] = useState<LookupOption | null>(
    defaultValue ? { value: defaultValue, label: initialLabel ?? defaultValue } : null,
  );
  // What the visible field holds: the chosen record's name, or what is being typed.
  const [value, setValue] = useState(chosen?.label ?? defaultValue);
  const [options, setOptions] = useState<LookupOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    const query = value.trim();
    if (!open || query.length < 2 || chosen) return setOptions([]);
    const timer = setTimeout(async () => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (response.ok) setOptions(((await response.json()) as { items: LookupOption[] }).items);
      } catch {}
    }, 200);
    return () => clearTimeout(timer);
  }, [value, open, endpoint, chosen]);

  function choose(option: LookupOption) {
    setValue(option.label);
    setChosen(option);
    setOpen(false);
    setActive(-1);
  }

  const describedBy =
    [hint && `${id}-hint`, errors?.length && `${id}-error`, chosen && `${id}-chosen`].filter(Boolean).join(" ") || undefined;
  const expanded = open && options.length > 0;
  return (
    <div className="relative space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
      {hydrated && (
        <>
          <input type="hidden" name={name} value={chosen?.value ?? value} />
          <input type="hidden" name={labelField(name)} value={chosen?.label ?? ""} />
        </>
      )}
      <Input
        id={id}
        // Before React runs, the field itself is sent: it holds the address.
        name={hydrated ? undefined : name}
        value={hydrated ? value : (chosen?.value ?? value)}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setValue(event.target.value);
          setChosen(null);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && options.length) {
            event.preventDefault();
            setOpen(true);
            setActive((index) => (index + 1) % options.length);
          } else if (event.key === "ArrowUp" && options.length) {
            event.preventDefault();
            setActive((index) => (index <= 0 ? options.length - 1 : index - 1));
          } else if (event.key === "Enter" && expanded && active >= 0) {
            event.preventDefault();
            choose(options[active]!);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      <ul
        id={listId}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's popup, driven from the input (aria-activedescendant).
        role="listbox"
        aria-label={t("suggestions", { label })}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border bg-background p-1 shadow-md"
      >
        {options.map((option, index) => (
          // biome-ignore lint/a11y/useFocusableInteractive: options of a combobox are never focused; focus stays in the input (aria-activedescendant).
          <li
            key={option.value}
            id={`${listId}-${index}`}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox above.
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
            className={cn("cursor-pointer rounded px-2 py-1 text-sm", index === active && "bg-accent")}
          >
            <span className="block">{option.label}</span>
            {option.detail && <span className="block text-xs text-muted-foreground">{option.detail}</span>}
          </li>
        ))}
      </ul>
      {chosen && (chosen.detail || (!hydrated && chosen.label !== chosen.value)) && (
        <p id={`${id}-chosen`} className="text-sm text-muted-foreground">
          {hydrated ? chosen.detail : t("chosen", { label: chosen.label })}
        </p>
      )}
    </div>
  );
}
