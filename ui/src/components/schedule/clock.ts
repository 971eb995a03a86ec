/**
 * One clock for every countdown on screen: a single interval ticks while anything shows a countdown,
 * and stops when nothing does — never a timer per row.
 *
 * Not here: when anything is due (Rust keeps the schedule; the list only shows what it answered).
 */
import { useEffect, useState } from "preact/hooks";

const TICK_MS = 1000;

const listeners = new Set<(now: number) => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function tick() {
  const now = Date.now();
  for (const listener of [...listeners]) listener(now);
}

function subscribe(listener: (now: number) => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(tick, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The wall clock, re-rendering the caller once a second. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => subscribe(setNow), []);
  return now;
}
