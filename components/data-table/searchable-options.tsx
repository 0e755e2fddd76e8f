"use client";
// A long list of options (every state of the world) with a box that narrows it as one types. Drawing it would
// weigh on every page: until its filter is first opened only the chosen options are in the form, and readers
// without JavaScript get the whole list as one compact multiple <select> inside <noscript>. The checkboxes are
// not controlled: TableEnhancer applies each change and brings them back in line with the address.
import { useEffect, useRef, useState } from "react";
import { normalizeForMatch } from "./normalize-for-match";
import { type FacetedFilterOption, OptionCheckbox } from "./option-checkbox";

export interface SearchableOptionsProps {
  id: string;
  name: string;
  title: string;
  options: readonly FacetedFilterOption[];
  selected: readonly string[];
  findLabel: string;
  noMatch: string;
}

export function SearchableOptions({ id, name, title, options, selected, findLabel, noMatch }: SearchableOptionsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState("");
  const chosen = new Set(selected);

  useEffect(() => {
    const details = ref.current?.closest("details");
    if (!details) return;
    const onToggle = () => details.open && setOpened(true);
    onToggle();
    details.addEventListener("toggle", onToggle);
    return () => details.removeEventListener("toggle", onToggle);
  }, []);

  const needle = normalizeForMatch(query);
  // Chosen options stay listed while narrowing, so they can still be unchecked.
  const shown = (opened ? options : options.filter((option) => chosen.has(option.value))).filter(
    (option) => !needle || chosen.has(option.value) || normalizeForMatch(`${option.label} ${option.keywords ?? ""}`).includes(needle),
  );

  return (
    <div ref={ref}>
      <div className="mb-2">
        <label htmlFor={`${id}-search`} className="sr-only">
          {findLabel}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          // Reaching the box means the panel is open, even if its opening came before this island was ready.
          onFocus={() => setOpened(true)}
          onChange={(event) => {
            setOpened(true);
            setQuery(event.target.value);
          }}
          placeholder={findLabel}
          autoComplete="off"
          // Not a field of the search: without a name the form leaves it out.
          className="h-8 w-full min-w-0 rounded-md border bg-background px-3 py-1 text-sm shadow-xs placeholder:text-muted-foreground"
        />
      </div>
      <ul className="max-h-64 overflow-y-auto pe-1">
        {shown.map((option) => (
          <li key={option.value}>
            <OptionCheckbox
              id={`${id}-${option.value}`}
              name={name}
              option={option}
              checked={chosen.has(option.value)}
              countLabel={option.countLabel}
            />
          </li>
        ))}
      </ul>
      {opened && shown.length === 0 && <p className="px-1 py-2 text-sm text-muted-foreground">{noMatch}</p>}
      {!opened && (
        <noscript>
          <select name={name} multiple aria-label={title} className="h-48 w-full rounded-md border text-sm">
            {options
              .filter((option) => !chosen.has(option.value))
              .map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
          </select>
        </noscript>
      )}
    </div>
  );
}
