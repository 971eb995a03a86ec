/**
 * The limits and lists Rust enforces (palette, lengths, ranges), read once so forms can show them as
 * hints and input bounds without retyping a number that Rust owns.
 *
 * Not here: enforcing them. Rust checks every rule on save and answers per field.
 */
import { limits, type Limits } from "../ipc";
import { createStore } from "./store";

export const limitsStore = createStore<Limits | null>(null);

let loading: Promise<void> | null = null;

/** Reads the limits unless they were read (or are being read) already. */
export function loadLimits(): void {
  if (limitsStore.get() || loading) return;
  loading = limits()
    .then((value) => limitsStore.set(value))
    // Without them the forms still work (Rust still checks); the next form retries.
    .catch(() => undefined)
    .finally(() => {
      loading = null;
    });
}
