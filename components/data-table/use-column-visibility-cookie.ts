"use client";
// Column visibility that survives a reload: the hidden ids go to a cookie the server page reads, so the
// first render already has the reader's columns.
import { useState } from "react";
import { functionalUpdate, type ColumnVisibilityState, type Updater } from "@tanstack/react-table";

export function useColumnVisibilityCookie(initialHidden: readonly string[], toCookie: (hidden: string[]) => string) {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() => Object.fromEntries(initialHidden.map((id) => [id, false])));
  function onColumnVisibilityChange(updater: Updater<ColumnVisibilityState>) {
    const next = functionalUpdate(updater, visibility);
    setVisibility(next);
    // biome-ignore lint/suspicious/noDocumentCookie: one synchronous write of a preference; the Cookie Store API adds nothing here.
    document.cookie = toCookie(Object.entries(next).flatMap(([id, visible]) => (visible ? [] : [id])));
  }
  return [visibility, onColumnVisibilityChange] as const;
}
