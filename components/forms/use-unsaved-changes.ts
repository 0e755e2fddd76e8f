"use client";
// Asks before leaving a form with unsaved changes: closing or reloading the tab (the browser's own prompt) and
// following a link inside the app (a confirm dialog). Saving clears the guard.
import { useEffect, useRef, type RefObject } from "react";

export function useUnsavedChanges(form: RefObject<HTMLFormElement | null>, message: string) {
  const dirty = useRef(false);
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const markDirty = () => (dirty.current = true);
    const clean = () => (dirty.current = false);
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const linkClick = (event: MouseEvent) => {
      if (!dirty.current || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank" || link.getAttribute("href")?.startsWith("#")) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    element.addEventListener("input", markDirty);
    element.addEventListener("change", markDirty);
    element.addEventListener("submit", clean);
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", linkClick, true);
    return () => {
      element.removeEventListener("input", markDirty);
      element.removeEventListener("change", markDirty);
      element.removeEventListener("submit", clean);
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", linkClick, true);
    };
  }, [form, message]);
}
