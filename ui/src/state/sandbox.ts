/**
 * What the sandbox's stand-in for Tencent received: its address and accounts, and every delivery,
 * kept live through one `sandbox_watch` channel for the whole app load — a view that mounts and
 * unmounts reads this store and never subscribes again (each subscription is a task on the Rust side).
 *
 * Not here: sending (the view calls `sendBroadcast` through the sandbox profile like any other send).
 */
import { sandboxDeliveries, sandboxInfo, toDeskError, watchSandbox, type DeskError, type SandboxDelivery, type SandboxInfo } from "../ipc";
import { createStore } from "./store";

export const sandboxInfoStore = createStore<SandboxInfo | null>(null);

export type DeliveriesState = {
  /** Newest first. */
  items: SandboxDelivery[];
  loaded: boolean;
  error: DeskError | null;
};

export const deliveriesStore = createStore<DeliveriesState>({ items: [], loaded: false, error: null });

/** Adds deliveries not yet listed (by MsgSeq, which the sandbox never reuses), newest first. */
function merge(more: SandboxDelivery[]) {
  deliveriesStore.update((s) => {
    const seen = new Set(s.items.map((d) => d.msgSeq));
    const fresh = more.filter((d) => !seen.has(d.msgSeq));
    if (fresh.length === 0 && s.loaded) return s;
    const items = [...s.items, ...fresh].sort((a, b) => b.msgSeq - a.msgSeq);
    return { ...s, items };
  });
}

let watching = false;

/**
 * Starts the live feed (once per app load) and reads the list so far. Safe to call on every mount:
 * the watch starts once; the list is re-read, because Rust drops deliveries a slow page missed rather
 * than queueing them forever, and the full list is how a page catches up.
 */
export async function syncSandbox(): Promise<void> {
  if (!watching) {
    watching = true;
    // Subscribe before reading, so nothing delivered between the two is missed (merge drops doubles).
    watchSandbox((d) => merge([d])).catch(() => {
      watching = false;
    });
  }
  if (!sandboxInfoStore.get()) {
    sandboxInfo().then(
      (info) => sandboxInfoStore.set(info),
      () => undefined,
    );
  }
  try {
    const list = await sandboxDeliveries();
    merge(list);
    deliveriesStore.update((s) => ({ ...s, loaded: true, error: null }));
  } catch (raw) {
    deliveriesStore.update((s) => ({ ...s, loaded: true, error: toDeskError(raw) }));
  }
}
