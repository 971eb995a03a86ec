/**
 * Small hooks shared by views. Not here: anything that talks to Rust (ipc.ts) or holds app state (state/).
 */
import { useState } from "preact/hooks";
import { toDeskError, type DeskError } from "./ipc";

/**
 * Runs an async action behind a button: `busy` while it runs (so the button can be disabled and a double
 * click does nothing twice), and the failure as a DeskError for the view to show.
 */
export function useAction<A extends unknown[]>(
  action: (...args: A) => Promise<unknown>,
): { run: (...args: A) => Promise<void>; busy: boolean; error: DeskError | null } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DeskError | null>(null);
  const run = async (...args: A) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action(...args);
    } catch (raw) {
      setError(toDeskError(raw));
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error };
}
