import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

/** The value kept in `map` for `key`, made by `make` and kept the first time it is asked for. */
export function keptIn<Key, Value>(map: Map<Key, Value>, key: Key, make: (key: Key) => Value): Value {
  const kept = map.get(key);
  if (kept !== undefined) return kept;
  const made = make(key);
  map.set(key, made);
  return made;
}
