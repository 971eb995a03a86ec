/**
 * The outbox as the whole window sees it: what needs the producer (`outbox_open`), read at start, when
 * the window regains focus and after every send, cancel and decision — so the header's indicator, the
 * needs-attention list and History never disagree — and the sends, cancels and decisions themselves,
 * each of which re-reads it.
 *
 * Not here: when a broadcast counts as sent, not sent or unknown (Rust decides; this only keeps what
 * it answered), or how any of it looks (components/send-result.tsx, views/history.tsx).
 */
import {
  cancelBroadcast,
  openBroadcasts,
  resolveBroadcast,
  sendAgain as sendBroadcastAgain,
  sendBroadcast,
  toDeskError,
  type DeskError,
  type Draft,
  type OutboxEntry,
  type Resolution,
  type Sent,
} from "../ipc";
import { createStore } from "./store";

export type OutboxState = {
  /** Queued, in flight, and unknown outcomes nobody decided on, oldest first. */
  open: OutboxEntry[];
  /** Why the last read failed, until one succeeds. */
  error: DeskError | null;
  /** Counts every change this window made or saw, so History re-reads when it moves. */
  revision: number;
};

export const outboxStore = createStore<OutboxState>({ open: [], error: null, revision: 0 });

let latestRead = 0;

/** Reads what needs the producer again. A slower, older read never overwrites a newer one. */
export async function refreshOutbox(): Promise<void> {
  const read = ++latestRead;
  try {
    const open = await openBroadcasts();
    if (read === latestRead) outboxStore.update((s) => ({ open, error: null, revision: s.revision + 1 }));
  } catch (raw) {
    if (read === latestRead) outboxStore.update((s) => ({ ...s, error: toDeskError(raw), revision: s.revision + 1 }));
  }
}

/** Whether the list of outcomes to decide is open (the header opens it; the frame shows it). */
export const attentionStore = createStore(false);

/** The open broadcasts whose outcome is unknown: each waits for the producer's decision. */
export function undecided(state: OutboxState): OutboxEntry[] {
  return state.open.filter((e) => e.delivery === "unknown" && e.resolution === null);
}

/** Runs a change, then re-reads the outbox whether it worked or not (a send may have ended either way). */
async function changing<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    await refreshOutbox();
  }
}

/** `onQueued`, and then the rest of the window told: another view (History) shows it queued at once. */
const queuedThen = (onQueued: (outboxId: string) => void) => (id: string) => {
  onQueued(id);
  void refreshOutbox();
};

/** Sends a broadcast; `emergency` sends it ahead of this window's queued ones (the emergency panel). */
export const send = (profileId: string, draft: Draft, onQueued: (outboxId: string) => void, emergency = false): Promise<Sent> =>
  changing(() => sendBroadcast(profileId, draft, queuedThen(onQueued), emergency));
/** Sends an ended broadcast again as a new message (History). */
export const sendAgain = (outboxId: string, onQueued: (outboxId: string) => void): Promise<Sent> =>
  changing(() => sendBroadcastAgain(outboxId, queuedThen(onQueued)));
export const cancel = (outboxId: string): Promise<void> => changing(() => cancelBroadcast(outboxId));
export const resolve = (outboxId: string, resolution: Resolution): Promise<Sent | null> =>
  changing(() => resolveBroadcast(outboxId, resolution));
