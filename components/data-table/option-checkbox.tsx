// One option of a filter or panel: a checkbox that is a real form field (checked as the server drew it; changes are
// applied by TableEnhancer), its label, and how many rows it would match where that is known. No hooks and no
// heavy imports: the server draws it in the panels, and SearchableOptions in the browser.
export interface FacetedFilterOption {
  value: string;
  label: string;
  count?: number;
  /** What a screen reader says for the count ("3 agreements"), when the count is drawn in the browser. */
  countLabel?: string;
  /** More words that find the option in a searchable list (its code, its names in other languages). */
  keywords?: string;
}

export function OptionCheckbox({
  id,
  name,
  option,
  checked,
  countLabel,
}: {
  id: string;
  name: string;
  option: FacetedFilterOption;
  checked: boolean;
  countLabel?: string;
}) {
  return (
    <label htmlFor={id} className="flex cursor-pointer items-center gap-2 rounded-sm px-1 py-1 text-sm hover:bg-accent">
      <input id={id} type="checkbox" name={name} value={option.value} defaultChecked={checked} className="size-4 accent-primary" />
      <span className="flex-1">{option.label}</span>
      {option.count !== undefined && (
        <span className="font-mono text-xs text-muted-foreground tabular-nums">
          <span aria-hidden="true">{option.count}</span>
          <span className="sr-only">{countLabel}</span>
        </span>
      )}
    </label>
  );
}
