/**
 * The composer's message, kept while the producer moves between views and across restarts: read once
 * from Rust's store (`composer_draft`), saved back a moment after each change, and cleared once a
 * broadcast of it was sent.
 *
 * The state is the form's (components/composer/message.ts): the message as JSON, the sender choice,
 * and the Raw JSON text while that text is what counts. It is saved as this window's own JSON; Rust
 * keeps it opaque, bounded and checked as JSON only.
 *
 * Not here: whether the message is valid (Rust checks it as it is typed, in the view) or sending it.
 */
import { composerDraft, saveComposerDraft, toDeskError, type DeskError, type Limits } from "../ipc";
import {
  blankMessage,
  isObject,
  messageOf,
  sameJson,
  senderOf,
  type Defaults,
  type Json,
  type JsonObject,
  type Sender,
} from "../components/composer/message";
import type { Profile } from "../ipc";
import { createStore } from "./store";

export type Tab = "form" | "json";

export type ComposerState = {
  /** The body without `From_Account` (that is `sender`), as the form holds it. */
  message: JsonObject;
  /** One key per element of `message.MsgBody`, kept through reordering (focus, problems, touched fields). */
  keys: string[];
  sender: Sender;
  /** The Raw JSON tab's text while it is what counts: while that tab is open, and while it holds what
   * the form cannot show. */
  raw: string | null;
  tab: Tab;
  /** Counts replacements of the whole message (a restored draft, a template, Raw JSON taken into the
   * form): every problem is shown then, not only those of the fields the producer touched. */
  revealed: number;
  /** Whether the saved draft has been read (the form waits for it, so typing never races a restore). */
  loaded: boolean;
};

const SAVE_DELAY_MS = 400;

let nextKey = 0;
export const newKey = (): string => `e${++nextKey}`;

export function defaultsOf(limits: Limits | null): Defaults {
  return { downloadFlag: limits?.downloadFlag ?? null, firstImageSize: limits?.imageSizes[0]?.value ?? null };
}

function blankState(defaults: Defaults, sender: Sender = { kind: "default" }): Omit<ComposerState, "loaded" | "revealed"> {
  const message = blankMessage(defaults);
  return { message, keys: keysFor(message), sender, raw: null, tab: "form" };
}

function keysFor(message: JsonObject): string[] {
  return (Array.isArray(message.MsgBody) ? message.MsgBody : []).map(() => newKey());
}

export const composerStore = createStore<ComposerState>({ ...blankState(defaultsOf(null)), revealed: 0, loaded: false });

/** Why the draft could not be saved last time, until a save works. */
export const draftSaveStore = createStore<DeskError | null>(null);

/** What is written to Rust's store: the state without what belongs to this run. */
type Saved = { version: 1; message: JsonObject; sender: Sender; raw: string | null; tab: Tab };

function isSender(value: Json | undefined): value is Sender {
  if (!isObject(value)) return false;
  if (value.kind === "default" || value.kind === "admin") return true;
  return value.kind === "other" && typeof value.account === "string";
}

function readSaved(text: string | null): Saved | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Json;
    if (!isObject(value) || value.version !== 1 || !isObject(value.message) || !isSender(value.sender)) return null;
    const raw = typeof value.raw === "string" ? value.raw : null;
    return { version: 1, message: value.message, sender: value.sender, raw, tab: value.tab === "json" ? "json" : "form" };
  } catch {
    // Not ours (or damaged): start afresh rather than fail the view.
    return null;
  }
}

let loading: Promise<void> | null = null;
let saveTimer: ReturnType<typeof setTimeout> | null = null;
let pristine: JsonObject = blankMessage(defaultsOf(null));

/** Reads the saved draft once per run, then saves every change a moment after it. */
export function loadComposer(defaults: Defaults): Promise<void> {
  pristine = blankMessage(defaults);
  if (loading) return loading;
  loading = composerDraft()
    .catch(() => null)
    .then((text) => {
      const saved = readSaved(text);
      const current = composerStore.get();
      composerStore.set(
        saved
          ? { message: saved.message, keys: keysFor(saved.message), sender: saved.sender, raw: saved.raw, tab: saved.tab, revealed: current.revealed + 1, loaded: true }
          : { ...blankState(defaults, current.sender), revealed: current.revealed, loaded: true },
      );
      composerStore.subscribe(scheduleSave);
    });
  return loading;
}

function isPristine(state: ComposerState): boolean {
  return state.raw === null && state.sender.kind === "default" && sameJson(state.message, pristine);
}

function scheduleSave() {
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saveTimer = null;
    void save(composerStore.get());
  }, SAVE_DELAY_MS);
}

async function save(state: ComposerState): Promise<void> {
  const saved: Saved = { version: 1, message: state.message, sender: state.sender, raw: state.raw, tab: state.tab };
  try {
    await saveComposerDraft(isPristine(state) ? null : JSON.stringify(saved));
    draftSaveStore.set(null);
  } catch (raw) {
    draftSaveStore.set(toDeskError(raw));
  }
}

/** Replaces the whole message (a template's, or a body read elsewhere), its sender by its role in the
 * profile, and shows every problem it has. */
export function replaceMessage(body: JsonObject, profile: Profile | null): void {
  const { message, from } = messageOf(body);
  composerStore.update((s) => ({
    ...s,
    message,
    keys: keysFor(message),
    sender: senderOf(from, profile),
    raw: null,
    tab: "form",
    revealed: s.revealed + 1,
  }));
}

/** After a broadcast of it was sent: a fresh message (the sender choice stays), and no draft kept. */
export function clearAfterSend(defaults: Defaults): void {
  const { sender } = composerStore.get();
  composerStore.update((s) => ({ ...s, ...blankState(defaults, sender) }));
  // Cleared at once, not after the delay: a restart right after a send must not bring the message back.
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = null;
  saveComposerDraft(null).then(
    () => draftSaveStore.set(null),
    (raw: unknown) => draftSaveStore.set(toDeskError(raw)),
  );
}

/** Whether the composer holds anything the producer would lose by replacing it. */
export function hasContent(state: ComposerState): boolean {
  return !(state.raw === null && sameJson(state.message, pristine));
}
