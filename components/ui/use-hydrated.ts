"use client";
// Whether React has hydrated this part of the page: false in the server's HTML and while hydrating, true from the
// next render. Until then a form works only as plain HTML (typing is not checked, ticking applies nothing), so
// the forms mark themselves `data-hydrated="true"` with it, and the browser tests wait for that, not for React's
// internals.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
