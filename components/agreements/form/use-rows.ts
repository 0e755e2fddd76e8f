"use client";
// The rows of a repeatable list: stable keys for React, positions for the field names (so names stay
// "<list>.0…", "<list>.1…" with no gaps after a removal), and one blank row at the end to fill in.
import { useRef, useState } from "react";

export function useRows(initialCount: number) {
  const next = useRef(initialCount + 1);
  const [keys, setKeys] = useState(() => Array.from({ length: initialCount + 1 }, (_, index) => index));
  return {
    keys,
    add: () => setKeys((current) => [...current, next.current++]),
    remove: (key: number) => setKeys((current) => current.filter((candidate) => candidate !== key)),
  };
}
