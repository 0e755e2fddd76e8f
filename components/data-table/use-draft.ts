"use client";
import { useState } from "react";

/**
 * A field's text while the reader edits it. It follows `committed` whenever that changes (back, forward,
 * a chip removed), and otherwise keeps what is being typed, even while the last change is still loading.
 */
export function useDraft<T>(committed: T): [T, (value: T) => void] {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  if (!Object.is(seen, committed)) {
    setSeen(committed);
    setDraft(committed);
  }
  return [draft, setDraft];
}
