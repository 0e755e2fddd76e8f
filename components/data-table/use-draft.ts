"use client";
import { useRef, useState } from "react";

/**
 * A field's text while the reader edits it. It follows `committed` whenever that changes from elsewhere (back,
 * forward, a chip removed), and otherwise keeps what is being typed, even while the last change is still loading.
 *
 * A search applied from the typing itself comes back as the committed value too, normalised ("securite " trimmed
 * to "securite") and late: by then the reader may have typed on ("securite ma"). `expect(value)` announces such a
 * value before it is applied, and its arrival then leaves the draft alone, so no space or letter typed meanwhile
 * is lost.
 */
export function useDraft<T>(committed: T): [T, (value: T) => void, (value: T) => void] {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const expected = useRef<{ value: T } | null>(null);
  if (!Object.is(seen, committed)) {
    setSeen(committed);
    if (expected.current && Object.is(expected.current.value, committed)) expected.current = null;
    else setDraft(committed);
  }
  const expect = (value: T) => {
    expected.current = { value };
  };
  return [draft, setDraft, expect];
}
