"use client";
// What a server-rendered table does with JavaScript, in one small island around it. Everything inside is plain
// HTML that works without it (GET forms, links, <details> panels); this adds, by delegation:
// - links marked `data-table-link` (headers, pager, chips) and the search forms (`data-table-search`) navigate in a
//   transition, so the current rows stay (faded, `data-pending` on the wrapper) until the next ones arrive;
// - ticking an option or choosing a page size applies at once; typing applies after a pause, and while the reader
//   keeps typing each pause replaces the last history entry rather than adding one;
// - a form marked `data-submit-on-change` (the Columns panel) is sent on each change;
// - a <details data-popover> closes on Escape (focus back on its summary), on a click outside and when focus
//   leaves it;
// - when the server sends a new search (`searchKey`), the fields show it again, except the one being typed in.
// The address a form makes is its action with its filled, valid fields in order: the browser's own GET submission,
// without the empty fields. Nothing here reads or parses an address.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type ReactNode } from "react";

const typingDelay = 300;

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isField = (element: Element | null): element is Field =>
  element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;

/** The address a GET form would go to, leaving out empty fields and fields whose value is not valid (a year typed halfway). */
function formHref(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const element of Array.from(form.elements)) {
    if (!isField(element) || !element.name || element.disabled || !element.validity.valid) continue;
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio") && !element.checked) continue;
    const values =
      element instanceof HTMLSelectElement ? Array.from(element.selectedOptions, (option) => option.value) : [element.value.trim()];
    for (const value of values) if (value !== "") params.append(element.name, value);
  }
  const query = params.toString();
  const action = new URL(form.action, window.location.href).pathname;
  return query ? `${action}?${query}` : action;
}

/** Brings every field of the search forms back to what the server rendered, but the text field being typed in. */
function showServerValues(root: HTMLElement) {
  for (const form of Array.from(root.querySelectorAll<HTMLFormElement>("form[data-table-search]"))) {
    for (const element of Array.from(form.elements)) {
      if (!isField(element)) continue;
      if (element instanceof HTMLSelectElement) {
        for (const option of Array.from(element.options)) option.selected = option.defaultSelected;
      } else if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
        element.checked = element.defaultChecked;
      } else if (element.type !== "hidden" && element !== document.activeElement) {
        element.value = element.defaultValue;
      }
    }
  }
}

export function TableEnhancer({ searchKey, children }: { searchKey: string; children: ReactNode }) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  const [isPending, startTransition] = useTransition();
  const typing = useRef<{ timer?: ReturnType<typeof setTimeout>; session: boolean }>({ session: false });

  function navigate(href: string, history: "push" | "replace" = "push") {
    clearTimeout(typing.current.timer);
    startTransition(() => router[history](href, { scroll: false }));
  }

  function apply(form: HTMLFormElement, { typed = false } = {}) {
    navigate(formHref(form), typed && typing.current.session ? "replace" : "push");
    typing.current.session = typed;
  }

  // A new search from the server: the fields show it, and the forms say they are live (the browser tests wait for it).
  useEffect(() => {
    const root = ref.current;
    if (!root || !searchKey) return;
    showServerValues(root);
    for (const form of Array.from(root.querySelectorAll<HTMLFormElement>("form[data-table-search]"))) form.dataset.hydrated = "true";
  }, [searchKey]);

  // A click outside an open panel, or on the dimmed page behind a sheet (narrow screens), closes it.
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const closeOutside = (event: PointerEvent) => {
      for (const details of Array.from(root.querySelectorAll<HTMLDetailsElement>("details[data-popover][open]"))) {
        const target = event.target as Element;
        if (!details.contains(target) || target.closest("[data-popover-backdrop]")) details.open = false;
      }
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, []);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegation only; the links, fields and summaries inside are the interactive elements.
    <div
      ref={ref}
      aria-busy={isPending}
      data-pending={isPending || undefined}
      className="group/table flex flex-col gap-4"
      onClick={(event) => {
        const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-table-link]");
        if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(link.getAttribute("href") ?? "");
      }}
      onSubmit={(event) => {
        const form = event.target as HTMLFormElement;
        if (!form.matches("[data-table-search]")) return;
        event.preventDefault();
        for (const details of Array.from(form.querySelectorAll<HTMLDetailsElement>("details[data-popover][open]"))) details.open = false;
        apply(form);
      }}
      onChange={(event) => {
        const field = event.target as Element;
        if (!isField(field) || !field.form || !field.name) return;
        const form = field.form;
        if (form.matches("[data-submit-on-change]")) {
          form.requestSubmit();
          return;
        }
        if (!form.matches("[data-table-search]")) return;
        if (field instanceof HTMLInputElement && field.type !== "checkbox" && field.type !== "radio") {
          // Typing: applied after a pause, and only once the form is valid (a year typed halfway waits).
          clearTimeout(typing.current.timer);
          typing.current.timer = setTimeout(() => form.checkValidity() && apply(form, { typed: true }), typingDelay);
          return;
        }
        apply(form);
      }}
      onKeyDown={(event) => {
        const details = (event.target as Element).closest<HTMLDetailsElement>("details[data-popover]");
        if (event.key !== "Escape" || !details?.open) return;
        event.preventDefault();
        event.stopPropagation();
        details.open = false;
        details.querySelector("summary")?.focus();
      }}
      onBlur={(event) => {
        const next = event.relatedTarget;
        const details = (event.target as Element).closest<HTMLDetailsElement>("details[data-popover][open]");
        if (details && next instanceof Node && !details.contains(next)) details.open = false;
        const form = (event.target as Element).closest("form");
        if (form && !(next instanceof Node && form.contains(next))) typing.current.session = false;
      }}
    >
      {children}
    </div>
  );
}
