/**
 * The schedule as the window sees it: the list of items (read when the view opens, after every change
 * made here, while something is due or sending, and when the window regains focus, since bdesk and the
 * app's scheduler change it too), the zones the form offers, the form that is open, and the changes
 * themselves, each of which re-reads the list.
 *
 * Not here: when an item is due or what a late one does (Rust's scheduler), or how any of it looks
 * (components/schedule/).
 */
import {
  decideMissed,
  scheduleAdd,
  scheduleCancel,
  scheduleEditBegin,
  scheduleEditEnd,
  scheduleList,
  scheduleNews,
  scheduleNewsSeen,
  scheduleSave,
  toDeskError,
  zones,
  type DeskError,
  type Draft,
  type MissedChoice,
  type RunNews,
  type ScheduleDraft,
  type ScheduleItem,
  type Zones,
} from "../ipc";
import { refreshOutbox } from "./outbox";
import { createStore } from "./store";

export type ScheduleState = {
  /** As Rust lists them; null until the first read. */
  items: ScheduleItem[] | null;
  /** Why the last read failed, until one succeeds. */
  error: DeskError | null;
  /** Counts every read, so an open item's details re-read when the list moves. */
  revision: number;
};

export const scheduleStore = createStore<ScheduleState>({ items: null, error: null, revision: 0 });

let latestRead = 0;

/** Reads the list again. A slower, older read never overwrites a newer one. */
export async function refreshSchedule(): Promise<void> {
  const read = ++latestRead;
  try {
    const items = await scheduleList();
    if (read === latestRead) scheduleStore.update((s) => ({ items, error: null, revision: s.revision + 1 }));
  } catch (raw) {
    if (read === latestRead) scheduleStore.update((s) => ({ ...s, error: toDeskError(raw), revision: s.revision + 1 }));
  }
}

export const zonesStore = createStore<Zones | null>(null);

/** Reads the zones once per run (they change only with the system's zone database). */
export function loadZones(): void {
  if (zonesStore.get() !== null) return;
  zones().then(
    (z) => zonesStore.set(z),
    // Without the list the form still takes a typed zone, and Rust says when it knows none by that name.
    () => zonesStore.set({ system: null, names: [] }),
  );
}

/** Which form is open: a new item (its message from the composer when asked from there), or an item
 * to edit or to duplicate. */
export type FormRequest =
  | { mode: "add"; body?: Draft | undefined }
  | { mode: "edit"; item: ScheduleItem }
  | { mode: "duplicate"; item: ScheduleItem };

export const scheduleFormStore = createStore<FormRequest | null>(null);
export const openScheduleForm = (request: FormRequest) => scheduleFormStore.set(request);
export const closeScheduleForm = () => scheduleFormStore.set(null);

async function changing<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    await refreshSchedule();
  }
}

export const add = (draft: ScheduleDraft): Promise<ScheduleItem> => changing(() => scheduleAdd(draft));
export const save = (id: string, draft: ScheduleDraft, editBegan: number | null): Promise<ScheduleItem> =>
  changing(() => scheduleSave(id, draft, editBegan));
export const cancelItem = (id: string): Promise<void> => changing(() => scheduleCancel(id));
export const beginEdit = (id: string): Promise<number> => changing(() => scheduleEditBegin(id));
export const endEdit = (id: string): Promise<void> => changing(() => scheduleEditEnd(id));

/** A held occurrence decided: sent now (answers its outbox id) or skipped. The list, the outbox and
 * the news follow. */
export async function decide(itemId: string, dueAt: number, choice: MissedChoice): Promise<string | null> {
  try {
    return await decideMissed(itemId, dueAt, choice);
  } finally {
    await Promise.all([refreshSchedule(), refreshOutbox(), refreshNews()]);
  }
}

export type NewsState = {
  /** What became of scheduled sends that nobody has seen yet. */
  news: RunNews[];
  /** Closed without "Got it": not shown again until there is something new. */
  dismissed: boolean;
};

export const newsStore = createStore<NewsState>({ news: [], dismissed: false });

const newsKey = (news: RunNews[]) => news.map((n) => `${n.itemId}:${n.dueAt}:${n.state}:${n.at}`).join("|");

/** Reads the news again (at launch, and when the window regains focus). A failed read shows nothing:
 * the list says the same in its statuses. */
export async function refreshNews(): Promise<void> {
  try {
    const news = await scheduleNews();
    newsStore.update((s) => (newsKey(s.news) === newsKey(news) ? s : { news, dismissed: false }));
  } catch {
    // Nothing to summarise; the Schedule view shows every item's status anyway.
  }
}

/** "Got it": what was shown is seen, up to the latest of it (news arriving meanwhile stays). */
export async function seeNews(): Promise<void> {
  const { news } = newsStore.get();
  if (news.length === 0) return;
  await scheduleNewsSeen(Math.max(...news.map((n) => n.at)));
  await refreshNews();
}

export const dismissNews = () => newsStore.update((s) => ({ ...s, dismissed: true }));
