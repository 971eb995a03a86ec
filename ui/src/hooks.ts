/**
 * Small hooks shared by views. Not here: anything that talks to Rust (ipc.ts) or holds app state (state/).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { toDeskError, type DeskError } from "./ipc";

/** False once the component has unmounted, so late answers do not set state on it. */
export function useLive(): { readonly current: boolean } {
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );
  return live;
}

/**
 * Runs an async action behind a button: `busy` while it runs (a second click meanwhile does nothing, so
 * nothing is done twice), and the failure as a DeskError for the view to show. Neither is set after the
 * component has gone.
 */
export function useAction<A extends unknown[]>(
  action: (...args: A) => Promise<unknown>,
): { run: (...args: A) => Promise<void>; busy: boolean; error: DeskError | null } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DeskError | null>(null);
  const inFlight = useRef(false);
  const live = useLive();
  const run = async (...args: A) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      await action(...args);
    } catch (raw) {
      if (live.current) setError(toDeskError(raw));
    } finally {
      inFlight.current = false;
      if (live.current) setBusy(false);
    }
  };
  return { run, busy, error };
}
