/**
 * The one module that talks to Rust. Every other module calls the typed functions here; none imports
 * `@tauri-apps/*`. Types come from `./bindings`, generated from the Rust definitions.
 *
 * Commands fail with `{code, message}` (IpcError on the Rust side); this module turns that into a
 * `DeskError` so the UI can branch on `code`, never on text.
 */
import { Channel, invoke } from "@tauri-apps/api/core";
import type { Command, Commands } from "./bindings/commands";
import { DEFAULT_LANGUAGE, PSEUDO, type Locale } from "./i18n";
import type { AppInfo } from "./bindings/AppInfo";
import type { Attempt } from "./bindings/Attempt";
import type { BroadcastDetails } from "./bindings/BroadcastDetails";
import type { ConnectionReport } from "./bindings/ConnectionReport";
import type { Delivery } from "./bindings/Delivery";
import type { Draft } from "./bindings/Draft";
import type { EmergencyShortcut } from "./bindings/EmergencyShortcut";
import type { ErrorClass } from "./bindings/ErrorClass";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { ExportFormat } from "./bindings/ExportFormat";
import type { ExportedFile } from "./bindings/ExportedFile";
import type { FieldProblem } from "./bindings/FieldProblem";
import type { HistoryFilter } from "./bindings/HistoryFilter";
import type { IpcError } from "./bindings/IpcError";
import type { KeyState } from "./bindings/KeyState";
import type { Limits } from "./bindings/Limits";
import type { MediaKind } from "./bindings/MediaKind";
import type { MediaProbe } from "./bindings/MediaProbe";
import type { MediaProblem } from "./bindings/MediaProblem";
import type { MsgElement } from "./bindings/MsgElement";
import type { OutboxEntry } from "./bindings/OutboxEntry";
import type { Profile } from "./bindings/Profile";
import type { ProfileDraft } from "./bindings/ProfileDraft";
import type { ProfileEntry } from "./bindings/ProfileEntry";
import type { ProfileUsage } from "./bindings/ProfileUsage";
import type { LinePlace } from "./bindings/LinePlace";
import type { Problem } from "./bindings/Problem";
import type { ProfilesOverview } from "./bindings/ProfilesOverview";
import type { Repeat } from "./bindings/Repeat";
import type { RepeatEnd } from "./bindings/RepeatEnd";
import type { Run } from "./bindings/Run";
import type { RunState } from "./bindings/RunState";
import type { ScheduleDetails } from "./bindings/ScheduleDetails";
import type { ScheduleDraft } from "./bindings/ScheduleDraft";
import type { ScheduleItem } from "./bindings/ScheduleItem";
import type { ItemStatus } from "./bindings/ItemStatus";
import type { MissedPolicy } from "./bindings/MissedPolicy";
import type { TimeNote } from "./bindings/TimeNote";
import type { Weekday } from "./bindings/Weekday";
import type { Zones } from "./bindings/Zones";
import type { Clash } from "./bindings/Clash";
import type { MissedChoice } from "./bindings/MissedChoice";
import type { Planned } from "./bindings/Planned";
import type { RunNews } from "./bindings/RunNews";
import type { ScheduleCheck } from "./bindings/ScheduleCheck";
import type { SkipReason } from "./bindings/SkipReason";
import type { RegionInfo } from "./bindings/RegionInfo";
import type { RequestPreview } from "./bindings/RequestPreview";
import type { Resolution } from "./bindings/Resolution";
import type { SandboxDelivery } from "./bindings/SandboxDelivery";
import type { SandboxInfo } from "./bindings/SandboxInfo";
import type { ScheduleEvent } from "./bindings/ScheduleEvent";
import type { SendOutcome } from "./bindings/SendOutcome";
import type { SenderCheck } from "./bindings/SenderCheck";
import type { SendSource } from "./bindings/SendSource";
import type { Sent } from "./bindings/Sent";
import type { ShortcutState } from "./bindings/ShortcutState";
import type { Template } from "./bindings/Template";
import type { TemplateDraft } from "./bindings/TemplateDraft";
import type { ValidationReport } from "./bindings/ValidationReport";

export type {
  AppInfo,
  Attempt,
  BroadcastDetails,
  Clash,
  ConnectionReport,
  Delivery,
  Draft,
  EmergencyShortcut,
  ErrorClass,
  ErrorCode,
  ExportFormat,
  ExportedFile,
  FieldProblem,
  HistoryFilter,
  ItemStatus,
  KeyState,
  Limits,
  LinePlace,
  MediaKind,
  MediaProbe,
  MediaProblem,
  MissedChoice,
  MissedPolicy,
  MsgElement,
  OutboxEntry,
  Planned,
  Profile,
  ProfileDraft,
  ProfileEntry,
  ProfileUsage,
  Problem,
  ProfilesOverview,
  RegionInfo,
  Repeat,
  RepeatEnd,
  RequestPreview,
  Resolution,
  Run,
  RunNews,
  RunState,
  SandboxDelivery,
  SandboxInfo,
  ScheduleCheck,
  ScheduleDetails,
  ScheduleDraft,
  ScheduleItem,
  ScheduleEvent,
  SenderCheck,
  SendOutcome,
  SendSource,
  Sent,
  ShortcutState,
  SkipReason,
  Template,
  TemplateDraft,
  TimeNote,
  ValidationReport,
  Weekday,
  Zones,
};

/** A failed command, with the code the UI branches on. */
export class DeskError extends Error {
  readonly code: ErrorCode;
  /** Every broken rule by field, when `code` is `INVALID_PROFILE`, `INVALID_TEMPLATE` or
   * `INVALID_SCHEDULE`. */
  readonly fields: FieldProblem[];
  /** The validation report, when `code` is `INVALID_MESSAGE`. */
  readonly report: ValidationReport | undefined;
  /** The catalogue message (core.ftl) that says this in the window's language, and its variables, when
   * Rust sends them; `message` is Rust's English. Shown through texts/rust.ts `deskErrorText`. */
  readonly messageId: string | undefined;
  readonly params: Record<string, string | number> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    fields: FieldProblem[] = [],
    report?: ValidationReport,
    words?: { messageId?: string | undefined; params?: Record<string, string | number> | undefined },
  ) {
    super(message);
    this.name = "DeskError";
    this.code = code;
    this.fields = fields;
    this.report = report;
    this.messageId = words?.messageId;
    this.params = words?.params;
  }
}

/** The message id and variables an IpcError may carry. TODO(core ids): not in the generated IpcError
 * yet; read defensively until they are. */
function wordsOf(raw: object): { messageId?: string; params?: Record<string, string | number> } {
  const { messageId, params } = raw as { messageId?: unknown; params?: unknown };
  const words: { messageId?: string; params?: Record<string, string | number> } = {};
  if (typeof messageId === "string") words.messageId = messageId;
  if (typeof params === "object" && params !== null) {
    words.params = Object.fromEntries(
      Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number"),
    );
  }
  return words;
}

// A Record keyed by the generated union: the type-check fails if Rust adds or removes a code and this
// list is not updated with it.
const KNOWN_CODES: Record<ErrorCode, true> = {
  INVALID_INPUT: true,
  INVALID_MESSAGE: true,
  INVALID_CONFIG: true,
  USER_SIG: true,
  API: true,
  TRANSPORT: true,
  IO: true,
  INVALID_PROFILE: true,
  INVALID_TEMPLATE: true,
  NOT_FOUND: true,
  KEYCHAIN: true,
  MISSING_SECRET: true,
  CANCELLED: true,
  NOT_QUEUED: true,
  NOT_DECIDABLE: true,
  INVALID_SCHEDULE: true,
  SCHEDULER_BUSY: true,
  SCHEDULE_CHANGED: true,
  INTERNAL: true,
};

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === "string" && Object.hasOwn(KNOWN_CODES, v.code) && typeof v.message === "string";
}

/** Normalises whatever a rejected `invoke` produced into a DeskError. */
export function toDeskError(raw: unknown): DeskError {
  if (raw instanceof DeskError) return raw;
  if (isIpcError(raw)) return new DeskError(raw.code, raw.message, raw.fields ?? [], raw.report, wordsOf(raw));
  // Tauri itself rejects with a plain string when a command is missing or not permitted: that is a
  // bug in the app, not something a producer can fix.
  const text = typeof raw === "string" ? raw : raw instanceof Error ? raw.message : JSON.stringify(raw);
  return new DeskError("INTERNAL", text);
}

/** Calls a command with the arguments its Rust signature takes (checked against the generated
 * `Commands`), and answers what it answers, or throws a DeskError. */
async function call<C extends Command>(command: C, args: Commands[C]["args"]): Promise<Commands[C]["result"]> {
  try {
    return await invoke<Commands[C]["result"]>(command, args);
  } catch (raw) {
    throw toDeskError(raw);
  }
}

/** Name, version, data folder and build kind, for the About panel. */
export function appInfo(): Promise<AppInfo> {
  return call("app_info", {});
}

/** The limits and lists the forms use (palette, lengths, ranges), as Rust enforces them. */
export function limits(): Promise<Limits> {
  return call("limits", {});
}

/** Tells Rust which language the window shows, so the tray's menu and the OS notifications speak it
 * (English for the pseudo-language, which only the window has). */
export async function tellWindowLanguage(locale: Locale): Promise<void> {
  await call("window_language", { language: locale === PSEUDO ? DEFAULT_LANGUAGE : locale });
}

/** Whether the app starts (in the background) when the producer logs in, as the system has it. */
export function startAtLogin(): Promise<boolean> {
  return call("start_at_login", {});
}

/** Turns starting at login on or off; answers the system's state afterwards. */
export function setStartAtLogin(enabled: boolean): Promise<boolean> {
  return call("start_at_login_set", { enabled });
}

/** Every profile with its key state, the active profile's id and the keychain's name. */
export function profilesOverview(): Promise<ProfilesOverview> {
  return call("profiles_overview", {});
}

/** Tencent's regions, for the region picker. */
export function regions(): Promise<RegionInfo[]> {
  return call("regions", {});
}

/**
 * Saves a new profile. The key, when given, goes to the OS keychain; it is never sent back by any
 * command, so the caller should drop its copy as soon as this resolves.
 */
export function createProfile(draft: ProfileDraft, key: string | null): Promise<ProfileEntry> {
  return call("profile_create", { draft, key });
}

export function updateProfile(id: string, draft: ProfileDraft): Promise<ProfileEntry> {
  return call("profile_update", { id, draft });
}

/** A copy named "<name> copy", without the key. */
export function duplicateProfile(id: string): Promise<ProfileEntry> {
  return call("profile_duplicate", { id });
}

/** Deletes the profile and its key in the keychain. */
export async function deleteProfile(id: string): Promise<void> {
  await call("profile_delete", { id });
}

export async function activateProfile(id: string): Promise<void> {
  await call("profile_activate", { id });
}

/** Stores (or replaces) a profile's key in the keychain; answers only whether one is stored (with a
 * warning when the key does not look like one from the Chat console). */
export function setKey(id: string, key: string): Promise<KeyState> {
  return call("key_set", { id, key });
}

export function deleteKey(id: string): Promise<KeyState> {
  return call("key_delete", { id });
}

/** account_check through the profile: round trip on success, class and remedy on failure. */
export function testConnection(id: string): Promise<ConnectionReport> {
  return call("connection_test", { id });
}

/**
 * Validates and sends one broadcast through the profile. `onQueued` gets its outbox id once it is
 * written down and before it leaves (what `cancelBroadcast` takes). The answer is how it ended — sent,
 * not sent or unknown — with the Random it carried; it fails with `CANCELLED` when cancelled first.
 */
export function sendBroadcast(
  id: string,
  draft: Draft,
  onQueued: (outboxId: string) => void,
  emergency = false,
): Promise<Sent> {
  const channel = new Channel<string>();
  channel.onmessage = onQueued;
  return call("broadcast_send", { id, draft, emergency, onQueued: channel });
}

/** Cancels a broadcast that has not left yet; `NOT_QUEUED` when it already has (or has ended). */
export async function cancelBroadcast(outboxId: string): Promise<void> {
  await call("outbox_cancel", { id: outboxId });
}

/** Where a queued broadcast stands in its line (how many go first, about when it leaves); null once it
 * has left or ended. */
export function linePlace(outboxId: string): Promise<LinePlace | null> {
  return call("outbox_place", { id: outboxId });
}

/** The producer's decision on a broadcast whose outcome is unknown; sending it again answers the new
 * broadcast's end. */
export function resolveBroadcast(outboxId: string, resolution: Resolution): Promise<Sent | null> {
  return call("outbox_resolve", { id: outboxId, resolution });
}

/** What needs the producer: broadcasts queued or in flight, and unknown outcomes not decided on yet. */
export function openBroadcasts(): Promise<OutboxEntry[]> {
  return call("outbox_open", {});
}

/** History's filter with nothing set: every broadcast. */
export const NO_FILTER: HistoryFilter = { sinceMs: null, untilMs: null, profileId: null, delivery: null, source: null, text: null };

/** Broadcasts newest first, from every door (this window, bdesk, the schedule), at most `limit`, that
 * pass every part of `filter`: Rust applies all of it, the search too, in one query. */
export function history(filter: HistoryFilter, limit: number): Promise<OutboxEntry[]> {
  return call("history", { filter, limit });
}

/** Writes what `filter` lists to a new CSV or JSON file in the Downloads folder; answers where. */
export function exportHistory(filter: HistoryFilter, format: ExportFormat): Promise<ExportedFile> {
  return call("history_export", { filter, format });
}

/** Sends an ended broadcast again as a new message (a new Random) through the profile it went through;
 * `onQueued` and the answer as for `sendBroadcast`. */
export function sendAgain(outboxId: string, onQueued: (outboxId: string) => void): Promise<Sent> {
  const channel = new Channel<string>();
  channel.onmessage = onQueued;
  return call("broadcast_send_again", { id: outboxId, onQueued: channel });
}

/** One broadcast with every attempt and the exact body it carried. */
export function broadcastDetails(outboxId: string): Promise<BroadcastDetails> {
  return call("broadcast_details", { id: outboxId });
}

/** Makes (on first use) and activates the built-in sandbox profile. */
export function openSandbox(): Promise<ProfileEntry> {
  return call("sandbox_open", {});
}

export function sandboxInfo(): Promise<SandboxInfo> {
  return call("sandbox_info", {});
}

/** What the sandbox delivered since the app started, oldest first. */
export function sandboxDeliveries(): Promise<SandboxDelivery[]> {
  return call("sandbox_deliveries", {});
}

/** What deleting a profile would touch: its queued broadcasts (cancelled) and those in flight. */
export function profileUsage(id: string): Promise<ProfileUsage> {
  return call("profile_usage", { id });
}

/** Calls `onShortcut` whenever the emergency shortcut is pressed (Rust registers it and brings the
 * window forward first); answers the shortcut and whether it works on this system. */
export async function watchEmergency(onShortcut: () => void): Promise<EmergencyShortcut> {
  const channel = new Channel<null>();
  channel.onmessage = () => onShortcut();
  return call("emergency_watch", { onShortcut: channel });
}

/** Calls `onEvent` for each scheduled occurrence Rust decides from now on — handed to the pipeline,
 * its outcome (sent, not sent, unknown), skipped, held — as the OS notifications tell them. */
export async function watchSchedule(onEvent: (event: ScheduleEvent) => void): Promise<void> {
  const channel = new Channel<ScheduleEvent>();
  channel.onmessage = onEvent;
  await call("schedule_watch", { onEvent: channel });
}

/** Calls `onDelivery` for each broadcast the sandbox delivers from now on. */
export async function watchSandbox(onDelivery: (delivery: SandboxDelivery) => void): Promise<void> {
  const channel = new Channel<SandboxDelivery>();
  channel.onmessage = onDelivery;
  await call("sandbox_watch", { onDelivery: channel });
}

// The composer: checked as it is typed, previewed, kept across restarts, its sender and media looked up.

/** Every rule and the counted bytes of a message as JSON text (`Random` may be absent);
 * `INVALID_INPUT` when the text is not JSON at all. */
export function checkMessage(json: string): Promise<ValidationReport> {
  return call("message_check", { json });
}

/** The request a send through the profile would make (host, path, query without the UserSig, body),
 * made nowhere; `INVALID_MESSAGE` with the report when the draft breaks a rule. */
export function previewMessage(id: string, draft: Draft): Promise<RequestPreview> {
  return call("message_preview", { id, draft });
}

/** The composer's state as last saved (JSON the window wrote), or null. */
export function composerDraft(): Promise<string | null> {
  return call("composer_draft", {});
}

/** Keeps the composer's state across restarts; `null` clears it. */
export async function saveComposerDraft(draft: string | null): Promise<void> {
  await call("composer_draft_save", { draft });
}

/** Whether the account exists in the profile's app (asked when the From_Account field is left). */
export function checkSender(id: string, account: string): Promise<SenderCheck> {
  return call("sender_check", { id, account });
}

/** Reads a pasted media URL's first bytes for its element's fields; nothing is uploaded. */
export function probeMedia(url: string, kind: MediaKind): Promise<MediaProbe> {
  return call("media_probe", { url, kind });
}

/** Every template, by name (the emergency panel lists those marked `emergency`). */
export function templates(): Promise<Template[]> {
  return call("templates", {});
}

/** Saves a new template; `INVALID_TEMPLATE` (by field) or `INVALID_MESSAGE` (a report) when refused. */
export function createTemplate(draft: TemplateDraft): Promise<Template> {
  return call("template_create", { draft });
}

/** Replaces a template's name, message and emergency mark. */
export function updateTemplate(id: string, draft: TemplateDraft): Promise<Template> {
  return call("template_update", { id, draft });
}

export function renameTemplate(id: string, name: string): Promise<Template> {
  return call("template_rename", { id, name });
}

export function duplicateTemplate(id: string, name: string): Promise<Template> {
  return call("template_duplicate", { id, name });
}

export async function deleteTemplate(id: string): Promise<void> {
  await call("template_delete", { id });
}

// The schedule: items sent at a local time in a zone, maybe repeating, each through its own profile.

/** Every scheduled item: the next due first, then those with nothing left (sent, cancelled). */
export function scheduleList(): Promise<ScheduleItem[]> {
  return call("schedule_list", {});
}

/** Schedules a broadcast; `INVALID_SCHEDULE` (by field: a past time is refused with the time and zone
 * it was read as) or `INVALID_MESSAGE` (a report) when refused. */
export function scheduleAdd(draft: ScheduleDraft): Promise<ScheduleItem> {
  return call("schedule_add", { draft });
}

/** One item with its next sends and the outcomes of its past ones. */
export function scheduleShow(id: string): Promise<ScheduleDetails> {
  return call("schedule_show", { id });
}

/** Holds an item while its edit is open (it does not fire); answers when the edit began. */
export function scheduleEditBegin(id: string): Promise<number> {
  return call("schedule_edit_begin", { id });
}

/** Drops an open edit: the item fires as it was. */
export async function scheduleEditEnd(id: string): Promise<void> {
  await call("schedule_edit_end", { id });
}

/** Saves an edit in place; `SCHEDULE_CHANGED` (nothing saved) when it started sending meanwhile. */
export function scheduleSave(id: string, draft: ScheduleDraft, editBegan: number | null): Promise<ScheduleItem> {
  return call("schedule_save", { id, draft, editBegan });
}

/** Cancels an item: nothing more of it is sent. */
export async function scheduleCancel(id: string): Promise<void> {
  await call("schedule_cancel", { id });
}

/** A draft as typed: its first sends (with what the gap/fold rule did), whether it is further ahead
 * than the horizon, and the items of its profile it falls too close to; `editing` is the item being
 * edited. Refused by field like `scheduleAdd`, except that a far date needs no confirmation here. */
export function checkSchedule(draft: ScheduleDraft, editing: string | null): Promise<ScheduleCheck> {
  return call("schedule_check", { draft, editing });
}

/** Sends now or skips an occurrence held for the producer (policy "ask"); answers the outbox id when
 * sent. `SCHEDULE_CHANGED` when it is no longer held. */
export function decideMissed(id: string, dueAt: number, choice: MissedChoice): Promise<string | null> {
  return call("schedule_decide", { id, dueAt, choice });
}

/** What became of scheduled sends that the producer has not seen yet ("while you were away"). */
export function scheduleNews(): Promise<RunNews[]> {
  return call("schedule_news", {});
}

/** The producer has seen the news up to `upTo` (the latest `at` shown). */
export async function scheduleNewsSeen(upTo: number): Promise<void> {
  await call("schedule_news_seen", { upTo });
}

/** The zones the picker offers, and the computer's own. */
export function zones(): Promise<Zones> {
  return call("zones", {});
}
