"use client";
import { useCallback, useEffect, useRef } from "react";

/** `fn` run once `delay` ms have passed without another call; `cancel` drops a pending run. */
export function useDebouncedCallback<TArgs extends unknown[]>(fn: (...args: TArgs) => void, delay: number) {
  const latest = useRef(fn);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const cancel = useCallback(() => clearTimeout(timer.current), []);
  const run = useCallback(
    (...args: TArgs) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(...args), delay);
    },
    [delay],
  );
  return { run, cancel };
}
