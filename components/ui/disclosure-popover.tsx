"use client";
// A popover built on <details>: its fields are in the page even without JavaScript, so they still belong to
// the surrounding form. With JavaScript, Escape, a click outside or tabbing away closes it, and Escape
// returns focus to the trigger.
import { ChevronDownIcon } from "lucide-react";
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export interface DisclosurePopoverProps {
  trigger: ReactNode;
  children: ReactNode;
  className?: string;
  panelClassName?: string;
  onOpenChange?: (open: boolean) => void;
}

export function DisclosurePopover({ trigger, children, className, panelClassName, onOpenChange }: DisclosurePopoverProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const closeOnOutsidePointer = (event: PointerEvent) => {
      const details = ref.current;
      if (details && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("pointerdown", closeOnOutsidePointer);
    return () => document.removeEventListener("pointerdown", closeOnOutsidePointer);
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLDetailsElement>) {
    const details = ref.current;
    if (event.key !== "Escape" || !details?.open) return;
    event.preventDefault();
    event.stopPropagation();
    details.open = false;
    details.querySelector("summary")?.focus();
  }

  function onBlur(event: FocusEvent<HTMLDetailsElement>) {
    const next = event.relatedTarget;
    if (next instanceof Node && ref.current && !ref.current.contains(next)) ref.current.open = false;
  }

  return (
    <details
      ref={ref}
      className={cn("group relative", className)}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
        onOpenChange?.(event.currentTarget.open);
      }}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <summary
        className={cn(
          buttonVariants({ variant: "outline", size: "sm" }),
          "cursor-pointer list-none border-dashed [&::-webkit-details-marker]:hidden",
        )}
      >
        {trigger}
        <ChevronDownIcon aria-hidden="true" className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      <div
        className={cn(
          "absolute left-0 top-full z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md border bg-background p-3 shadow-md",
          panelClassName,
        )}
      >
        {children}
      </div>
    </details>
  );
}
