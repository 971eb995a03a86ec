/**
 * Headless Chromium (Debian's, via playwright-core) with Tauri's IPC replaced by a mock that the test
 * controls. The mock is installed before any page script runs, the way Tauri injects its own.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import type { Attempt } from "../../ui/src/bindings/Attempt";
import type { BroadcastDetails } from "../../ui/src/bindings/BroadcastDetails";
import type { Command, Commands } from "../../ui/src/bindings/commands";
import type { Delivery } from "../../ui/src/bindings/Delivery";
import type { HistoryFilter } from "../../ui/src/bindings/HistoryFilter";
import type { KeyState } from "../../ui/src/bindings/KeyState";
import type { MediaProbe } from "../../ui/src/bindings/MediaProbe";
import type { ProfileDraft } from "../../ui/src/bindings/ProfileDraft";
import type { ProfileEntry } from "../../ui/src/bindings/ProfileEntry";
import type { SystemLanguages } from "../../ui/src/bindings/SystemLanguages";
import type { SandboxDelivery } from "../../ui/src/bindings/SandboxDelivery";
import type { SenderCheck } from "../../ui/src/bindings/SenderCheck";
import type { Sent } from "../../ui/src/bindings/Sent";
import type { ShortcutState } from "../../ui/src/bindings/ShortcutState";
import type { Template } from "../../ui/src/bindings/Template";
import type { ProfileUsage } from "../../ui/src/bindings/ProfileUsage";
import type { Run } from "../../ui/src/bindings/Run";
import type { ScheduleDraft } from "../../ui/src/bindings/ScheduleDraft";
import type { ScheduleItem } from "../../ui/src/bindings/ScheduleItem";
import type { Zones } from "../../ui/src/bindings/Zones";
import type { TimeNote } from "../../ui/src/bindings/TimeNote";
import type { RunNews } from "../../ui/src/bindings/RunNews";
import type { ValidationReport } from "../../ui/src/bindings/ValidationReport";
import type { Limits } from "../../ui/src/bindings/Limits";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // This machine has no network but loopback: keep Chromium from trying to reach Google's hosts.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * How the mock answers each command: a value to resolve with, `{reject: …}` to fail with, or
 * `{hold: …}` to resolve with that value only when the test calls `release(cmd)` (for "while in
 * flight" checks). A scripted answer wins over the fake desk's.
 */
export type IpcScript = Partial<{ [C in Command]: Commands[C]["result"] | { reject: unknown } | { hold: unknown } }>;

/**
 * How the fake desk ends each next send, in order (then "sent"): Tencent accepts it; refuses it
 * (10004, not sent); no answer says (outcome unknown, after three attempts); or it stays queued until
 * the test calls `release("broadcast_send")` (then sent) or the page cancels it.
 */
export type SendPlan = "sent" | "notSent" | "unknown" | "queue";

/** Seed for a small stateful stand-in for the Rust side (profiles, keys, sandbox, the outbox), see
 * `installIpc`. Its answers are typed against the generated `Commands`, so it cannot drift from what
 * Rust answers. */
export type FakeDesk = {
  profiles?: ProfileEntry[];
  activeId?: string | null;
  keychain?: string;
  /** Broadcasts already in the outbox (History, needs-attention), in any order. */
  outbox?: BroadcastDetails[];
  plans?: SendPlan[];
  /** Saved templates (the emergency panel lists those marked `emergency`). */
  templates?: Template[];
  /** What Rust says of the emergency shortcut; ready unless said. */
  shortcut?: ShortcutState;
  /** What deleting each profile would touch, by profile id; nothing unless said. */
  usage?: Record<string, ProfileUsage>;
  /**
   * `message_check`'s answers: the first report whose `when` the checked text contains. Any other text
   * gets a STAND-IN, not Rust's rules: `INVALID_INPUT` when it is not JSON, else valid, with `bytes`
   * its UTF-8 length. Tests that need a rule broken say so with a canned report, and so do tests with
   * half-filled elements (which Rust never calls valid, and the preview would draw).
   */
  checks?: Array<{ when: string; report: ValidationReport }>;
  /** `sender_check`'s answer per account (any other account exists). */
  senders?: Record<string, SenderCheck>;
  /** `media_probe`'s answer per URL (any other URL could not be read). */
  probes?: Record<string, MediaProbe>;
  /** The composer's saved draft at the first load (it then lives in the page's sessionStorage, so a
   * reload finds what the page saved, as a restart finds what Rust kept). */
  composerDraft?: string;
  /** Scheduled items already there, in Rust's order (the next due first); new ones are checked as
   * Rust checks them (see `scheduleProblems`) against the page's clock. */
  schedule?: ScheduleItem[];
  /** Past runs per item id, the latest first (`schedule_show`). */
  runs?: Record<string, Run[]>;
  /** What `zones` answers; a few zones with Europe/Berlin as the computer's unless said. */
  zones?: Zones;
  /** What `schedule_news` answers until `schedule_news_seen` is told the latest `at` was seen. */
  news?: RunNews[];
};

export type IpcCall = { cmd: string; args: unknown };

export type OpenedPage = {
  page: Page;
  /** Every command invoked so far, with its arguments as JSON (a channel shows as `__CHANNEL__:<id>`). */
  calls: () => Promise<IpcCall[]>;
  /** Resolves the oldest held answer of `cmd` (or, for `broadcast_send`, sends the oldest queued one). */
  release: (cmd: string) => Promise<void>;
  /** Pushes a delivery through the `sandbox_watch` channel, as the emulator would. */
  deliver: (delivery: unknown) => Promise<void>;
  /** Presses the emergency shortcut, as Rust tells the page over the `emergency_watch` channel. */
  pressShortcut: () => Promise<void>;
  /** The scheduler takes the item's next occurrence now (it is sending), whatever holds it: as when an
   * edit's hold has expired, so a save of that edit is refused with SCHEDULE_CHANGED. */
  takeOccurrence: (itemId: string) => Promise<void>;
};

/**
 * Runs in the page before any of its scripts. Self-contained (Playwright sends it as source text): it
 * may use only its argument.
 */
function installIpc({ answers, fake, limits }: { answers: IpcScript; fake: FakeDesk | null; limits: Limits }) {
  type Json = Record<string, unknown>;
  const w = window as unknown as Record<string, unknown>;
  const calls: Array<{ cmd: string; args: unknown }> = [];
  const held: Record<string, Array<() => void>> = {};
  const callbacks = new Map<number, (message: unknown) => void>();
  let nextCallback = 1;
  const copy = <T,>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  // Each answer is checked against the command's generated result type.
  const ok = <C extends Command>(_cmd: C, value: Commands[C]["result"]) => ({ value: copy(value) });

  type Row = BroadcastDetails & { go?: () => void; stop?: (error: unknown) => void };
  const desk = fake && {
    profiles: copy(fake.profiles ?? []) as ProfileEntry[],
    activeId: fake.activeId ?? null,
    keychain: fake.keychain ?? "Secret Service",
    deliveries: [] as Json[],
    watchers: [] as Array<{ id: number; index: number }>,
    shortcutWatcher: null as { id: number; index: number } | null,
    templates: copy(fake.templates ?? []) as Template[],
    shortcut: fake.shortcut ?? ({ state: "ready" } as ShortcutState),
    usage: fake.usage ?? {},
    seq: 100,
    made: 0,
    outbox: copy(fake.outbox ?? []) as Row[],
    plans: [...(fake.plans ?? [])],
    clock: 1_767_100_000_000,
    checks: copy(fake.checks ?? []),
    senders: copy(fake.senders ?? {}),
    probes: copy(fake.probes ?? {}),
    schedule: copy(fake.schedule ?? []) as Array<ScheduleItem & { takenAt?: number; editingSince?: number }>,
    runs: copy(fake.runs ?? {}) as Record<string, Run[]>,
    news: copy(fake.news ?? []) as RunNews[],
    newsSeenUpTo: 0,
    zones: copy(fake.zones ?? { system: "Europe/Berlin", names: ["America/New_York", "Asia/Seoul", "Asia/Shanghai", "Asia/Tokyo", "Australia/Lord_Howe", "Europe/Berlin", "Europe/London", "UTC"] }),
    /** The system's start-at-login switch (off, as on a fresh account). */
    startAtLogin: false,
  };
  const DRAFT_KEY = "fake-desk.composer-draft";
  if (fake?.composerDraft !== undefined && sessionStorage.getItem("fake-desk.seeded") === null) {
    sessionStorage.setItem("fake-desk.seeded", "1");
    sessionStorage.setItem(DRAFT_KEY, fake.composerDraft);
  }

  const emit = (delivery: Json) => {
    if (!desk) return;
    desk.deliveries.push(delivery);
    for (const watcher of desk.watchers) {
      callbacks.get(watcher.id)?.({ index: watcher.index++, message: delivery });
    }
  };

  const SANDBOX_INFO = {
    baseUrl: "http://127.0.0.1:47615/",
    sdkappid: 1000000001,
    admin: "sandbox_admin",
    accounts: ["sandbox_admin", "host", "moderator"],
  };

  const fakeAnswer = (cmd: string, a: Json): { value: unknown } | { reject: unknown } | null => {
    if (!desk) return null;
    const find = (id: unknown) => desk.profiles.find((e) => e.profile.id === id);
    const missing = () => ({ reject: { code: "NOT_FOUND", message: "no such profile" } });
    const stored: KeyState = { state: "stored", backend: desk.keychain };
    const none: KeyState = { state: "missing", backend: desk.keychain };
    const now = 1_767_000_000_000;
    const withActive = (e: ProfileEntry): ProfileEntry => ({ ...e, active: e.profile.id === desk.activeId });
    switch (cmd) {
      case "limits":
        return ok("limits", limits);
      case "profiles_overview": {
        const palette = limits.palette.map((s) => s.hex);
        const used = new Set(desk.profiles.map((e) => e.profile.color));
        return ok("profiles_overview", {
          profiles: desk.profiles.map(withActive),
          activeId: desk.activeId,
          keychain: desk.keychain,
          nextColor: palette.find((c) => !used.has(c)) ?? palette[0] ?? "",
        });
      }
      case "regions":
        return ok("regions", [
          { id: "china", displayName: "Chinese mainland", primaryHost: "console.tim.qq.com", standbyHost: null },
          { id: "singapore", displayName: "Singapore", primaryHost: "adminapisgp.im.qcloud.com", standbyHost: null },
          { id: "frankfurt", displayName: "Frankfurt", primaryHost: "adminapiger.im.qcloud.com", standbyHost: null },
        ] as Commands["regions"]["result"]);
      case "profile_create": {
        const draft = a.draft as unknown as ProfileDraft;
        const profile = {
          ...draft,
          id: `p-${++desk.made}`,
          defaultFromAccount: draft.defaultFromAccount ?? null,
          usersigLifetimeSecs: draft.usersigLifetimeSecs ?? 14400,
          isSandbox: false,
          createdAt: now,
          updatedAt: now,
        };
        const entry: ProfileEntry = { profile, key: a.key ? stored : none, active: false };
        desk.profiles.push(entry);
        desk.activeId ??= profile.id;
        return ok("profile_create", withActive(entry));
      }
      case "profile_update": {
        const entry = find(a.id);
        if (!entry) return missing();
        const draft = a.draft as unknown as ProfileDraft;
        entry.profile = {
          ...entry.profile,
          ...draft,
          defaultFromAccount: draft.defaultFromAccount ?? null,
          usersigLifetimeSecs: draft.usersigLifetimeSecs ?? entry.profile.usersigLifetimeSecs,
          updatedAt: now + 1,
        };
        return ok("profile_update", withActive(entry));
      }
      case "profile_duplicate": {
        const entry = find(a.id);
        if (!entry) return missing();
        const dup: ProfileEntry = {
          profile: { ...entry.profile, id: `p-${++desk.made}`, name: `${entry.profile.name} copy` },
          key: none,
          active: false,
        };
        desk.profiles.push(dup);
        return ok("profile_duplicate", dup);
      }
      case "profile_delete":
        if (!find(a.id)) return missing();
        desk.profiles = desk.profiles.filter((e) => e.profile.id !== a.id);
        if (desk.activeId === a.id) desk.activeId = null;
        return ok("profile_delete", null);
      case "profile_activate":
        if (!find(a.id)) return missing();
        desk.activeId = a.id as string;
        return ok("profile_activate", null);
      case "key_set": {
        const entry = find(a.id);
        if (!entry) return missing();
        entry.key = stored;
        // As Rust answers: a saved key that is not 64 hex characters comes back with a warning.
        const key = String(a.key).trim();
        const warning = /^[0-9a-fA-F]{64}$/.test(key) ? undefined : { kind: "notHex64" as const, length: key.length };
        return ok("key_set", warning ? { ...stored, warning } : stored);
      }
      case "key_delete": {
        const entry = find(a.id);
        if (!entry) return missing();
        entry.key = none;
        return ok("key_delete", none);
      }
      case "sandbox_open": {
        let entry = desk.profiles.find((e) => e.profile.isSandbox);
        if (!entry) {
          entry = {
            profile: {
              id: "sandbox-1",
              name: "Sandbox",
              color: "#7c5cff",
              target: { kind: "custom", url: "http://127.0.0.1/" },
              sdkappid: SANDBOX_INFO.sdkappid,
              adminIdentifier: SANDBOX_INFO.admin,
              // As Rust makes it: a new sandbox is Pro Plus.
              edition: { kind: "proPlus" },
              defaultFromAccount: null,
              usersigLifetimeSecs: 14400,
              isSandbox: true,
              createdAt: now,
              updatedAt: now,
            },
            key: { state: "builtIn" },
            active: true,
          };
          desk.profiles.push(entry);
        }
        desk.activeId = entry.profile.id;
        return ok("sandbox_open", withActive(entry));
      }
      case "sandbox_info":
        return ok("sandbox_info", SANDBOX_INFO);
      case "sandbox_deliveries":
        return ok("sandbox_deliveries", desk.deliveries as unknown as SandboxDelivery[]);
      case "sandbox_watch": {
        const id = Number(String(a.onDelivery).replace("__CHANNEL__:", ""));
        desk.watchers.push({ id, index: 0 });
        return ok("sandbox_watch", null);
      }
      case "window_language":
        return ok("window_language", null);
      case "schedule_watch":
        return ok("schedule_watch", null);
      case "start_at_login":
        return ok("start_at_login", desk.startAtLogin);
      case "start_at_login_set":
        desk.startAtLogin = a.enabled === true;
        return ok("start_at_login_set", desk.startAtLogin);
      case "emergency_watch": {
        desk.shortcutWatcher = { id: Number(String(a.onShortcut).replace("__CHANNEL__:", "")), index: 0 };
        return ok("emergency_watch", { accelerator: "CommandOrControl+Shift+F12", shortcut: desk.shortcut });
      }
      case "profile_usage":
        if (!find(a.id)) return missing();
        return ok("profile_usage", desk.usage[String(a.id)] ?? { queued: 0, sending: 0, scheduled: 0 });
      case "history_export": {
        const rows = listed(a.filter as unknown as HistoryFilter).length;
        const ext = a.format === "json" ? "json" : "csv";
        return ok("history_export", { path: `/home/producer/Downloads/broadcast-desk-history-2025-12-30T10-00-00Z.${ext}`, rows, truncated: false });
      }
      case "broadcast_send_again": {
        const row = desk.outbox.find((r) => r.entry.id === a.id);
        if (!row) return { reject: { code: "NOT_FOUND", message: `no broadcast with id "${String(a.id)}"` } };
        const profile = row.entry.profileId === null ? undefined : find(row.entry.profileId);
        if (!profile) return missing();
        if (row.entry.delivery === "unknown" && row.entry.resolution === null) row.entry.resolution = "sentAgain";
        const again = queue(profile, { ...(JSON.parse(row.body) as Json), Random: undefined });
        if (row.entry.resolution === "sentAgain" && row.entry.resentAs === null) row.entry.resentAs = again.entry.id;
        callbacks.get(Number(String(a.onQueued).replace("__CHANNEL__:", "")))?.({ index: 0, message: again.entry.id });
        const plan = desk.plans.shift();
        return ok("broadcast_send_again", complete(again, plan === undefined || plan === "queue" ? "sent" : plan));
      }
      case "message_check": {
        const json = String(a.json);
        const canned = desk.checks.find((c) => json.includes(c.when));
        if (canned) return ok("message_check", canned.report);
        try {
          JSON.parse(json);
        } catch {
          return { reject: { code: "INVALID_INPUT", message: "not valid JSON: expected value at line 1 column 1" } };
        }
        // The stand-in (see FakeDesk.checks): no rule is checked here.
        return ok("message_check", { valid: true, bytes: new TextEncoder().encode(json).length, limit: limits.messageMaxBytes, errors: [], omitted: 0 });
      }
      case "message_preview": {
        const entry = find(a.id);
        if (!entry) return missing();
        const body = JSON.stringify({ ...(a.draft as Json), Random: 4242 });
        return ok("message_preview", {
          method: "POST",
          host: entry.profile.isSandbox ? "127.0.0.1" : "adminapisgp.im.qcloud.com",
          path: "/v4/group_open_http_svc/send_broadcast_msg",
          query: `sdkappid=${entry.profile.sdkappid}&identifier=${entry.profile.adminIdentifier}&random=7&contenttype=json`,
          body,
          bytes: new TextEncoder().encode(body).length,
        });
      }
      case "composer_draft":
        return ok("composer_draft", sessionStorage.getItem(DRAFT_KEY));
      case "composer_draft_save":
        if (a.draft === null) sessionStorage.removeItem(DRAFT_KEY);
        else sessionStorage.setItem(DRAFT_KEY, String(a.draft));
        return ok("composer_draft_save", null);
      case "sender_check":
        if (!find(a.id)) return missing();
        return ok("sender_check", desk.senders[String(a.account)] ?? { state: "exists" });
      case "media_probe": {
        const url = String(a.url).trim();
        const known = desk.probes[url];
        if (known) return ok("media_probe", known);
        const field = a.kind === "image" ? "ImageInfoArray[0].URL" : a.kind === "videoThumb" ? "ThumbUrl" : a.kind === "video" ? "VideoUrl" : "Url";
        return ok("media_probe", {
          kind: a.kind as MediaProbe["kind"],
          url,
          size: null,
          contentType: null,
          format: null,
          imageFormat: null,
          width: null,
          height: null,
          seconds: null,
          fileName: null,
          uuid: null,
          problems: [{ field, messageId: "media-http-status", params: { status: 404 }, message: "the server answered 404" }],
          found: [{ field, value: url }],
          bytesRead: 0,
          requests: 1,
          elapsedMs: 5,
        });
      }
      case "templates":
        return ok("templates", [...desk.templates].sort((x, y) => x.name.localeCompare(y.name)));
      case "template_create":
      case "template_update":
      case "template_rename":
      case "template_duplicate": {
        const draft = (a.draft ?? {}) as Json;
        const existing = desk.templates.find((tpl) => tpl.id === a.id);
        if (cmd !== "template_create" && !existing) return { reject: { code: "NOT_FOUND", message: `no template with id "${String(a.id)}"` } };
        const name = String(a.name ?? draft.name ?? "").trim();
        const refused = templateNameProblem(name, cmd === "template_duplicate" || cmd === "template_create" ? null : String(a.id));
        if (refused) return { reject: refused };
        const template: Template = {
          id: cmd === "template_create" || cmd === "template_duplicate" ? `t-${++desk.made}` : String(a.id),
          name,
          body: (cmd === "template_create" || cmd === "template_update" ? draft.body : existing?.body) as Template["body"],
          emergency: cmd === "template_create" || cmd === "template_update" ? Boolean(draft.emergency) : (existing?.emergency ?? false),
          createdAt: existing?.createdAt ?? now,
          updatedAt: now + 1,
        };
        desk.templates = [...desk.templates.filter((tpl) => tpl.id !== template.id), template];
        return ok("template_create", template);
      }
      case "template_delete":
        if (!desk.templates.some((tpl) => tpl.id === a.id)) return { reject: { code: "NOT_FOUND", message: `no template with id "${String(a.id)}"` } };
        desk.templates = desk.templates.filter((tpl) => tpl.id !== a.id);
        return ok("template_delete", null);
      case "broadcast_send": {
        const entry = find(a.id);
        if (!entry) return missing();
        const row = queue(entry, a.draft as Json);
        if (a.emergency === true) row.entry.source = "emergency";
        const id = Number(String(a.onQueued).replace("__CHANNEL__:", ""));
        callbacks.get(id)?.({ index: 0, message: row.entry.id });
        const plan = desk.plans.shift() ?? "sent";
        if (plan !== "queue") return ok("broadcast_send", complete(row, plan));
        // Answered when the test releases it (sent) or the page cancels it.
        return {
          value: new Promise((resolveSend, rejectSend) => {
            row.go = () => resolveSend(copy(complete(row, "sent")));
            row.stop = rejectSend;
          }),
        };
      }
      case "outbox_cancel": {
        const row = desk.outbox.find((r) => r.entry.id === a.id);
        if (!row) return { reject: { code: "NOT_FOUND", message: `no broadcast with id "${String(a.id)}"` } };
        if (row.entry.delivery !== "queued") {
          const delivery: Delivery = row.entry.delivery;
          return { reject: { code: "NOT_QUEUED", message: "It can no longer be cancelled", messageId: "error-not-queued", params: { delivery: delivery === "notSent" ? "not-sent" : delivery } } };
        }
        Object.assign(row.entry, { delivery: "notSent", cancelledAt: tick(), finishedAt: desk.clock });
        delete row.go;
        row.stop?.({ code: "CANCELLED", message: "The broadcast was cancelled before it left: it was not sent.", messageId: "error-send-cancelled", params: {} });
        return ok("outbox_cancel", null);
      }
      case "outbox_place": {
        // As Rust's `Outbox::line_place`: the profile's queued rows before it, emergencies first, one
        // Pro interval (1.1 s) each after the next free slot (now, in the fake).
        const row = desk.outbox.find((r) => r.entry.id === a.id);
        if (!row || row.entry.delivery !== "queued") return ok("outbox_place", null);
        const urgent = (r: Row) => (r.entry.source === "emergency" ? 0 : 1);
        const ahead = desk.outbox.filter(
          (r) =>
            r !== row &&
            r.entry.delivery === "queued" &&
            r.entry.profileId === row.entry.profileId &&
            (urgent(r) < urgent(row) || (urgent(r) === urgent(row) && r.entry.createdAt < row.entry.createdAt)),
        ).length;
        return ok("outbox_place", { ahead, leavesAt: Date.now() + ahead * 1_100 });
      }
      case "outbox_resolve": {
        const row = desk.outbox.find((r) => r.entry.id === a.id);
        if (!row) return { reject: { code: "NOT_FOUND", message: `no broadcast with id "${String(a.id)}"` } };
        if (row.entry.delivery !== "unknown" || row.entry.resolution !== null) {
          const decided = row.entry.resolution !== null;
          return {
            reject: {
              code: "NOT_DECIDABLE",
              message: "Only a broadcast whose outcome is unknown takes a decision",
              messageId: "error-not-decidable",
              params: { decided: decided ? "yes" : "no", delivery: row.entry.delivery === "notSent" ? "not-sent" : row.entry.delivery },
            },
          };
        }
        if (a.resolution === "delivered") {
          row.entry.resolution = "delivered";
          return ok("outbox_resolve", null);
        }
        row.entry.resolution = "sentAgain";
        const profile = row.entry.profileId === null ? undefined : find(row.entry.profileId);
        if (!profile) return missing();
        const body = JSON.parse(row.body) as Json;
        const again = queue(profile, { ...body, Random: undefined });
        row.entry.resentAs = again.entry.id;
        const plan = desk.plans.shift();
        return ok("outbox_resolve", complete(again, plan === undefined || plan === "queue" ? "sent" : plan));
      }
      case "outbox_open":
        return ok(
          "outbox_open",
          desk.outbox
            .map((r) => r.entry)
            .filter((e) => e.delivery === "queued" || e.delivery === "sending" || (e.delivery === "unknown" && e.resolution === null))
            .sort((x, y) => x.createdAt - y.createdAt),
        );
      case "history":
        return ok("history", listed(a.filter as unknown as HistoryFilter).slice(0, Number(a.limit)));
      case "broadcast_details": {
        const row = desk.outbox.find((r) => r.entry.id === a.id);
        if (!row) return { reject: { code: "NOT_FOUND", message: `no broadcast with id "${String(a.id)}"` } };
        return ok("broadcast_details", { entry: row.entry, attempts: row.attempts, body: row.body });
      }
      case "zones":
        return ok("zones", desk.zones);
      case "schedule_list":
        return ok("schedule_list", scheduleOrder());
      case "schedule_add": {
        const draft = a.draft as unknown as ScheduleDraft;
        const profile = find(draft.profileId);
        if (!profile) return missing();
        const refused = scheduleRefusal(draft, false);
        if (refused) return { reject: refused };
        const { at, note } = occurrenceOf(draft.at, draft.zone);
        const item = {
          id: `s-${++desk.made}`,
          profileId: draft.profileId,
          profileName: profile.profile.name,
          body: withoutRandom(draft),
          at: draft.at.trim(),
          zone: draft.zone.trim(),
          repeat: draft.repeat,
          end: draft.end,
          missed: draft.missed,
          label: draft.label?.trim() ? draft.label.trim() : null,
          status: "scheduled" as const,
          nextAt: at,
          nextNote: note,
          lastRun: null,
          clashes: clashesOf(draft.profileId, at, null),
          createdAt: Date.now(),
          updatedAt: Date.now(),
        };
        desk.schedule.push(item);
        return ok("schedule_add", item);
      }
      case "schedule_show": {
        const item = desk.schedule.find((i) => i.id === a.id);
        if (!item) return { reject: notScheduled(a.id) };
        return ok("schedule_show", { item: bare(item), upcoming: upcoming(item, 10), runs: desk.runs[item.id] ?? (item.lastRun ? [item.lastRun] : []) });
      }
      case "schedule_edit_begin": {
        const item = desk.schedule.find((i) => i.id === a.id);
        if (!item) return { reject: notScheduled(a.id) };
        if (item.status !== "scheduled" && item.status !== "editing") {
          return { reject: { code: "SCHEDULE_CHANGED", message: `It can no longer be edited: it is ${item.status}.`, messageId: "error-schedule-not-editable", params: { status: item.status } } };
        }
        item.status = "editing";
        item.editingSince = Date.now();
        return ok("schedule_edit_begin", item.editingSince);
      }
      case "schedule_edit_end": {
        const item = desk.schedule.find((i) => i.id === a.id);
        if (item?.status === "editing") item.status = "scheduled";
        if (item) delete item.editingSince;
        return ok("schedule_edit_end", null);
      }
      case "schedule_save": {
        const item = desk.schedule.find((i) => i.id === a.id);
        if (!item) return { reject: notScheduled(a.id) };
        const draft = a.draft as unknown as ScheduleDraft;
        if (item.takenAt !== undefined && (a.editBegan === null || item.takenAt >= Number(a.editBegan))) {
          const when = new Date(item.takenAt).toISOString().slice(0, 19).replace("T", " ") + " UTC";
          return { reject: { code: "SCHEDULE_CHANGED", message: `It started sending at ${when} while you were editing it; your changes were not saved.`, messageId: "error-schedule-changed", params: { when } } };
        }
        const refused = scheduleRefusal(draft, true);
        if (refused) return { reject: refused };
        Object.assign(item, {
          body: withoutRandom(draft),
          at: draft.at.trim(),
          zone: draft.zone.trim(),
          repeat: draft.repeat,
          end: draft.end,
          missed: draft.missed,
          label: draft.label?.trim() ? draft.label.trim() : null,
          status: "scheduled",
          nextAt: instantOf(draft.at, draft.zone),
          clashes: clashesOf(draft.profileId, instantOf(draft.at, draft.zone), item.id),
          updatedAt: Date.now(),
        });
        delete item.editingSince;
        return ok("schedule_save", bare(item));
      }
      case "schedule_check": {
        const draft = { ...(a.draft as unknown as ScheduleDraft), confirmFar: true };
        if (!find(draft.profileId)) return missing();
        const refused = scheduleRefusal(draft, a.editing !== null);
        if (refused) return { reject: refused };
        const first = occurrenceOf(draft.at, draft.zone);
        const plan: ScheduleItem = {
          id: "checked",
          profileId: draft.profileId,
          profileName: "",
          body: draft.body,
          at: draft.at.trim(),
          zone: draft.zone.trim(),
          repeat: draft.repeat,
          end: draft.end,
          missed: draft.missed,
          label: null,
          status: "scheduled",
          nextAt: first.at,
          nextNote: first.note,
          lastRun: null,
          clashes: [],
          createdAt: 0,
          updatedAt: 0,
        };
        const sends = upcoming(plan, 5);
        const next = sends.map((at) => ({ at, note: at === first.at ? first.note : null }));
        const clashes = clashesOf(draft.profileId, first.at, a.editing === null ? null : String(a.editing));
        return ok("schedule_check", { next, far: first.at > Date.now() + 366 * 86_400_000, clashes });
      }
      case "schedule_decide": {
        const item = desk.schedule.find((i) => i.id === a.id);
        if (!item) return { reject: notScheduled(a.id) };
        const held = item.lastRun;
        if (item.status !== "waiting" || !held || held.state !== "missed" || held.dueAt !== Number(a.dueAt)) {
          const state = held?.state ?? "sending";
          return { reject: { code: "SCHEDULE_CHANGED", message: `It is no longer waiting for a decision: it is ${state}.`, messageId: "error-schedule-not-held", params: { state } } };
        }
        const done = item.repeat.kind === "once" || item.nextAt === null;
        if (a.choice === "skip") {
          item.lastRun = { ...held, state: "skipped" };
          item.status = done ? "done" : "scheduled";
          return ok("schedule_decide", null);
        }
        const profile = find(item.profileId);
        if (!profile) return missing();
        const row = queue(profile, item.body as unknown as Json);
        row.entry.source = "scheduled";
        const sent = complete(row, "sent");
        item.lastRun = { ...held, state: "sent", outboxId: row.entry.id, msgSeq: sent.msgSeq, lateMs: Date.now() - held.dueAt };
        item.status = done ? "done" : "scheduled";
        return ok("schedule_decide", row.entry.id);
      }
      case "schedule_news":
        return ok("schedule_news", desk.news.filter((n) => n.at > desk.newsSeenUpTo));
      case "schedule_news_seen":
        desk.newsSeenUpTo = Math.max(desk.newsSeenUpTo, Number(a.upTo));
        return ok("schedule_news_seen", null);
      case "schedule_cancel": {
        const item = desk.schedule.find((i) => i.id === a.id);
        if (!item) return { reject: notScheduled(a.id) };
        item.status = "cancelled";
        item.updatedAt = Date.now();
        return ok("schedule_cancel", null);
      }
      default:
        return null;
    }
  };

  // The fake schedule: items checked as desk-core's schedule::validate checks them, against the page's
  // clock (tests set it with Playwright's clock), with times read in their zone through Intl.

  const bare = (item: ScheduleItem & { takenAt?: number; editingSince?: number }): ScheduleItem => {
    const rest: ScheduleItem & { takenAt?: number; editingSince?: number } = { ...item };
    delete rest.takenAt;
    delete rest.editingSince;
    return rest;
  };

  /** The profile's other waiting items due closer to `at` than its pacing interval (Rust spreads the
   * edition's rate over 1.1 s; the fake takes 1/s), as Rust's `clashes` names them (first send only). */
  function clashesOf(profileId: string, at: number, except: string | null): ScheduleItem["clashes"] {
    const interval = 1100;
    return (desk?.schedule ?? [])
      .filter((i) => i.id !== except && i.profileId === profileId && (i.status === "scheduled" || i.status === "editing") && i.nextAt !== null)
      .filter((i) => Math.abs((i.nextAt ?? 0) - at) < interval)
      .map((i) => ({ itemId: i.id, label: i.label, at, otherAt: i.nextAt ?? 0, laterByMs: interval - Math.abs((i.nextAt ?? 0) - at), times: 1 }));
  }

  /** Rust's order: the next due first, then those with nothing left, newest first. */
  function scheduleOrder(): ScheduleItem[] {
    if (!desk) return [];
    const ended = (i: ScheduleItem) => i.status === "cancelled" || i.status === "done" || i.nextAt === null;
    return [...desk.schedule]
      .sort((x, y) => Number(ended(x)) - Number(ended(y)) || (x.nextAt ?? 0) - (y.nextAt ?? 0) || y.updatedAt - x.updatedAt)
      // As Rust's list: an item's clashes are only in the answer to scheduling or saving it.
      .map((i) => ({ ...bare(i), clashes: [] }));
  }

  /** As Rust keeps a body: without Random (each send gets its own). */
  const withoutRandom = (draft: ScheduleDraft): ScheduleItem["body"] => {
    const body = { ...draft.body };
    delete body.Random;
    return body;
  };

  const notScheduled = (id: unknown) => ({ code: "NOT_FOUND", message: `no scheduled item with id "${String(id)}"` });

  /** The offset (ms) of `zone` from UTC at the instant `ms`. */
  function offsetAt(ms: number, zone: string): number {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    }).formatToParts(ms);
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - Math.floor(ms / 1000) * 1000;
  }

  /** The instant a local `YYYY-MM-DDTHH:MM[:SS]` means in `zone`, by Rust's rule (RFC 5545's: a time in
   * a gap moves forward by the gap, one in a fold takes the first), and what the rule did. */
  function occurrenceOf(local: string, zone: string): { at: number; note: TimeNote | null } {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
    if (!m) return { at: NaN, note: null };
    const z = zone.trim();
    const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
    const before = offsetAt(wall - 86_400_000, z);
    const after = offsetAt(wall + 86_400_000, z);
    const reads = (at: number) => new Date(at + offsetAt(at, z)).getTime() === wall;
    const early = wall - before;
    const late = wall - after;
    const hhmm = (ms: number) => new Date(ms + offsetAt(ms, z)).toISOString().slice(11, 16);
    const offset = (ms: number) => {
      const mins = Math.round(ms / 60_000);
      const abs = Math.abs(mins);
      return `${mins < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
    };
    if (reads(early) && reads(late) && early !== late) return { at: Math.min(early, late), note: { kind: "fold", offset: offset(Math.max(before, after)), laterOffset: offset(Math.min(before, after)) } };
    if (reads(early)) return { at: early, note: null };
    if (reads(late)) return { at: late, note: null };
    // In a gap: the earlier offset puts it later by the gap's length.
    const at = wall - Math.min(before, after);
    return { at, note: { kind: "gap", sentAt: hhmm(at) } };
  }

  const instantOf = (local: string, zone: string): number => occurrenceOf(local, zone).at;

  /** The local date and time an instant reads as in `zone`, as Rust's messages write it. */
  function localText(ms: number, zone: string): string {
    return new Date(ms + offsetAt(ms, zone)).toISOString().slice(0, 16).replace("T", " ");
  }

  /** The next `count` sends of an item from its next one, day by day in its zone. */
  function upcoming(item: ScheduleItem, count: number): number[] {
    if (item.nextAt === null || item.status === "cancelled" || item.status === "done") return [];
    if (item.repeat.kind === "once") return [item.nextAt];
    const out: number[] = [];
    const [date = "", time = ""] = item.at.split("T");
    const start = new Date(`${date}T00:00:00Z`).getTime();
    const days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    for (let d = 0; out.length < count && d < 400; d++) {
      const day = new Date(start + d * 86_400_000);
      const weekday = days[day.getUTCDay()] as ScheduleItem["repeat"] extends infer R ? (R extends { days: Array<infer W> } ? W : never) : never;
      if (item.repeat.kind === "weekly" && !item.repeat.days.includes(weekday)) continue;
      const ymd = day.toISOString().slice(0, 10);
      if (item.end.kind === "until" && ymd > item.end.date) break;
      const at = instantOf(`${ymd}T${time}`, item.zone);
      if (at >= item.nextAt) out.push(at);
      if (item.end.kind === "count" && out.length >= item.end.times) break;
    }
    return out;
  }

  /** INVALID_SCHEDULE with every broken rule by field, or INVALID_MESSAGE, or null: desk-core
   * schedule::validate's rules and catalogue ids, with the fake's English. */
  function scheduleRefusal(draft: ScheduleDraft, editing: boolean) {
    if (!desk) return null;
    if (draft.body.MsgBody.length === 0) {
      return {
        code: "INVALID_MESSAGE",
        message: "the message is not valid",
        report: { valid: false, bytes: 0, limit: limits.messageMaxBytes, omitted: 0, errors: [{ path: "MsgBody", code: "EMPTY_BODY", messageId: "msg-empty-body", params: {}, message: "MsgBody must have at least one element" }] },
      };
    }
    const problems: Array<{ field: string; code: string; messageId: string; params: Record<string, string | number>; message: string }> = [];
    const problem = (field: string, code: string, messageId: string, params: Record<string, string | number>, message: string) =>
      problems.push({ field, code, messageId, params, message });
    const zone = draft.zone.trim();
    const knownZone = desk.zones.names.includes(zone);
    const at = knownZone ? instantOf(draft.at, zone) : NaN;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(draft.at.trim())) {
      problem("at", "BAD_FORMAT", "field-schedule-at-format", { value: draft.at }, `“${draft.at}” is not a date and time; write it as 2026-12-01T20:00`);
    }
    if (!knownZone) {
      problem("zone", "UNKNOWN_ZONE", "field-schedule-zone-unknown", { value: draft.zone }, `“${draft.zone}” is not a time zone this computer knows`);
    }
    if (draft.repeat.kind === "weekly" && draft.repeat.days.length === 0) {
      problem("repeat.days", "EMPTY", "field-schedule-no-weekdays", {}, "choose at least one day of the week");
    }
    if (draft.end.kind === "count" && draft.end.times === 0) problem("end", "OUT_OF_RANGE", "field-schedule-count-zero", {}, "it must be sent at least once");
    if (!Number.isNaN(at)) {
      const now = Date.now();
      const when = draft.at.trim().replace("T", " ").slice(0, 16);
      if (at <= now && !(editing && draft.repeat.kind !== "once")) {
        const there = localText(now, zone);
        problem("at", "IN_THE_PAST", "field-schedule-in-the-past", { when, zone, now: there }, `${when} in ${zone} is in the past (it is now ${there} there); check the date and the hour`);
      } else if (at > now + 366 * 86_400_000 && !draft.confirmFar) {
        problem("at", "OUT_OF_RANGE", "field-schedule-far-ahead", { when, zone, days: 366 }, `${when} in ${zone} is more than 366 days ahead; confirm that this date is meant`);
      }
    }
    const [lateMin, lateMax, labelMax] = [limits.scheduleLateMinSecs, limits.scheduleLateMaxSecs, limits.scheduleLabelMaxChars];
    if (draft.missed.kind === "sendIfLate" && (draft.missed.maxSecs < lateMin || draft.missed.maxSecs > lateMax)) {
      problem("missed", "OUT_OF_RANGE", "field-schedule-late-range", { min: lateMin / 60, max: lateMax / 3600 }, "allow from 1 minute to 24 hours late");
    }
    if ((draft.label?.trim().length ?? 0) > labelMax) {
      problem("label", "TOO_LONG", "field-schedule-label-too-long", { max: labelMax }, `a label has at most ${labelMax} characters`);
    }
    if (problems.length === 0) return null;
    return { code: "INVALID_SCHEDULE", message: problems.map((p) => `${p.field}: ${p.message}`).join("\n"), fields: problems };
  }

  /** What Rust's one query lists for a filter (desk-core outbox.rs `history`), newest first. */
  function listed(f: HistoryFilter) {
    if (!desk) return [];
    const text = f.text?.trim().toLowerCase() ?? "";
    const matches = (r: Row) =>
      text === "" ||
      r.body.toLowerCase().includes(JSON.stringify(text).slice(1, -1)) ||
      // An id's start counts from 8 characters (outbox.rs ID_PREFIX_MIN); shorter is a number or words.
      r.entry.id.toLowerCase() === text ||
      (text.length >= 8 && r.entry.id.toLowerCase().startsWith(text)) ||
      String(r.entry.random) === text ||
      String(r.entry.msgSeq) === text;
    return desk.outbox
      .filter((r) => matches(r))
      .map((r) => r.entry)
      .filter((e) => (f.profileId === null || e.profileId === f.profileId) && (f.delivery === null || e.delivery === f.delivery))
      .filter((e) => (f.source === null || e.source === f.source) && (f.sinceMs === null || e.createdAt >= f.sinceMs))
      .filter((e) => f.untilMs === null || e.createdAt < f.untilMs)
      .sort((x, y) => y.createdAt - x.createdAt);
  }

  /** As Rust refuses a template's name (the fake compares names ignoring case only). */
  function templateNameProblem(name: string, keepId: string | null) {
    const field = (code: string, messageId: string, params: Record<string, string>, message: string) => ({
      code: "INVALID_TEMPLATE",
      message: `name: ${message}`,
      fields: [{ field: "name", code, messageId, params, message }],
    });
    if (name === "") return field("EMPTY", "field-required", {}, "is required");
    const taken = desk?.templates.find((tpl) => tpl.id !== keepId && tpl.name.toLowerCase() === name.toLowerCase());
    if (taken) return field("NAME_TAKEN", "field-template-name-taken", { name: taken.name }, `another template is already called “${taken.name}”`);
    return null;
  }

  // The fake outbox: a broadcast is written down queued, then ended by a plan, as Rust's pipeline does.
  const tick = () => (desk ? (desk.clock += 1_000) : 0);

  function queue(profile: ProfileEntry, draft: Json): Row {
    if (!desk) throw new Error("no fake desk");
    const random = 5000 + desk.outbox.length;
    const row: Row = {
      entry: {
        id: `outbox-${desk.outbox.length + 1}`,
        profileId: profile.profile.id,
        profileName: profile.profile.name,
        target: profile.profile.isSandbox ? "127.0.0.1:47615" : "adminapisgp.im.qcloud.com",
        random,
        source: "window",
        osUser: "producer",
        createdAt: tick(),
        firstAttemptAt: null,
        delivery: "queued",
        msgSeq: null,
        attempts: 0,
        lastClass: null,
        lastCode: null,
        lastInfo: null,
        maybeDelivered: false,
        finishedAt: null,
        resolution: null,
        resentAs: null,
        cancelledAt: null,
      },
      attempts: [],
      body: JSON.stringify({ ...draft, Random: random }),
    };
    desk.outbox.push(row);
    return row;
  }

  function complete(row: Row, plan: Exclude<SendPlan, "queue">): Sent {
    if (!desk) throw new Error("no fake desk");
    const e = row.entry;
    const draft = JSON.parse(row.body) as Json;
    e.firstAttemptAt = tick();
    const attempt = (over: Partial<Attempt>): Attempt => ({
      n: row.attempts.length + 1,
      startedAt: tick(),
      host: e.target,
      class: "OK",
      code: 0,
      info: "",
      msgSeq: null,
      latencyMs: 12,
      ...over,
    });
    const base = {
      outboxId: e.id,
      random: e.random,
      requestId: "req-1",
      transport: null,
      host: e.target,
      primaryFailure: null,
      resigned: false,
      httpRequests: 1,
      elapsedMs: 12,
      serverTimeMs: null,
      clockSkew: null,
    };
    let sent: Sent;
    if (plan === "sent") {
      const msgSeq = ++desk.seq;
      row.attempts.push(attempt({ msgSeq }));
      Object.assign(e, { delivery: "sent", msgSeq, lastClass: "OK", lastCode: 0, lastInfo: "" });
      if (desk.profiles.find((p) => p.profile.id === e.profileId)?.profile.isSandbox) {
        emit({
          msgSeq,
          random: e.random,
          fromAccount: draft.From_Account ?? SANDBOX_INFO.admin,
          msgBody: draft.MsgBody,
          cloudCustomData: draft.CloudCustomData ?? null,
          receivedAt: desk.clock,
        });
      }
      sent = {
        ...base,
        delivery: "sent",
        attempts: 1,
        class: "OK",
        code: 0,
        info: "",
        explanation: { id: "tencent-0", class: "OK", title: "Delivered.", remedy: "", retryAfterSecs: null },
        msgSeq,
      };
    } else if (plan === "notSent") {
      const info = "From_Account is not an account of this app";
      row.attempts.push(attempt({ class: "CONFIG", code: 10004, info }));
      Object.assign(e, { delivery: "notSent", lastClass: "CONFIG", lastCode: 10004, lastInfo: info });
      sent = {
        ...base,
        delivery: "notSent",
        attempts: 1,
        class: "CONFIG",
        code: 10004,
        info,
        explanation: { id: "tencent-10004", class: "CONFIG", title: "Invalid parameter.", remedy: "Fix it.", retryAfterSecs: null },
        msgSeq: null,
      };
    } else {
      const info = "no answer within 10 s";
      for (let i = 0; i < 3; i++) row.attempts.push(attempt({ class: "TRANSPORT", code: null, info, latencyMs: 10_000 }));
      Object.assign(e, { delivery: "unknown", maybeDelivered: true, lastClass: "TRANSPORT", lastCode: null, lastInfo: info });
      sent = {
        ...base,
        delivery: "unknown",
        attempts: 3,
        class: "TRANSPORT",
        code: null,
        info,
        transport: { kind: "TIMEOUT", httpStatus: null, message: info },
        explanation: { id: "transport-timeout", class: "TRANSPORT", title: "No answer in time.", remedy: "", retryAfterSecs: null },
        msgSeq: null,
        elapsedMs: 30_000,
      };
    }
    e.attempts = row.attempts.length;
    e.finishedAt = tick();
    return sent;
  }

  w.__ipcCalls = calls;
  w.__release = (cmd: string) => {
    const answer = held[cmd]?.shift();
    if (answer) return answer();
    // A send the fake desk keeps queued leaves now (sent).
    desk?.outbox.find((r) => r.go)?.go?.();
  };
  w.__deliver = (delivery: Json) => emit(delivery);
  w.__takeOccurrence = (itemId: string) => {
    const item = desk?.schedule.find((i) => i.id === itemId);
    if (!item || item.nextAt === null) return;
    item.takenAt = Date.now();
    item.status = "sending";
    item.lastRun = { n: 0, dueAt: item.nextAt, lateMs: 0, state: "sending", outboxId: `outbox-s-${itemId}`, msgSeq: null };
  };
  w.__pressShortcut = () => {
    const watcher = desk?.shortcutWatcher;
    if (watcher) callbacks.get(watcher.id)?.({ index: watcher.index++, message: null });
  };
  w.__TAURI_INTERNALS__ = {
    invoke: (cmd: string, args: unknown) => {
      const a = (copy(args) ?? {}) as Json;
      calls.push({ cmd, args: a });
      if (cmd in answers) {
        const answer = (answers as Record<string, unknown>)[cmd] as { reject?: unknown; hold?: unknown } | undefined;
        if (answer && typeof answer === "object" && "reject" in answer) return Promise.reject(answer.reject);
        if (answer && typeof answer === "object" && "hold" in answer) {
          return new Promise((resolve) => (held[cmd] ??= []).push(() => resolve(copy(answer.hold))));
        }
        return Promise.resolve(copy(answer));
      }
      const result = fakeAnswer(cmd, a);
      if (result === null) return Promise.reject(`command ${cmd} not found`);
      return "reject" in result ? Promise.reject(result.reject) : Promise.resolve(result.value);
    },
    transformCallback: (callback: (message: unknown) => void) => {
      const id = nextCallback++;
      callbacks.set(id, callback);
      return id;
    },
    unregisterCallback: (id: number) => callbacks.delete(id),
    metadata: { currentWindow: { label: "main" }, currentWebview: { label: "main", windowLabel: "main" } },
  };
}

/** What Rust's `limits` answers (`Limits::current()`), generated by the shell's bindings test. */
const RUST_LIMITS: Limits = JSON.parse(readFileSync(join(ROOT, "tests", "support", "rust", "limits.json"), "utf8"));

export async function openWithIpc(
  browser: Browser,
  url: string,
  script: IpcScript,
  opts: {
    colorScheme?: "light" | "dark";
    fake?: FakeDesk;
    viewport?: { width: number; height: number };
    /** The browser's own locale (navigator.language/languages, Intl's default); en-US unless said. */
    locale?: string;
    /** What the shell hands the page of the system's languages (desk-core's rule already applied);
     * English with en-US's formats unless said. */
    system?: SystemLanguages;
    /** The computer's time zone as the page sees it (Intl, Date); the machine's unless said. */
    timezoneId?: string;
    /** Starts the page's clock at this instant (Unix ms), moved on by the test (`page.clock`). */
    clockAt?: number;
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1120, height: 760 },
    colorScheme: opts.colorScheme ?? "light",
    locale: opts.locale ?? "en-US",
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
  });
  if (opts.clockAt !== undefined) await context.clock.install({ time: opts.clockAt });
  await context.addInitScript(
    (system) => Object.defineProperty(window, "__BROADCAST_DESK_SYSTEM__", { value: Object.freeze(system) }),
    opts.system ?? { language: "en", formatting: { en: "en-US" } },
  );
  await context.addInitScript(installIpc, { answers: script, fake: opts.fake ?? null, limits: RUST_LIMITS });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(url);
  (page as unknown as { __errors: string[] }).__errors = errors;
  type Hooks = {
    __ipcCalls: IpcCall[];
    __release: (cmd: string) => void;
    __deliver: (d: unknown) => void;
    __pressShortcut: () => void;
    __takeOccurrence: (id: string) => void;
  };
  return {
    page,
    calls: () => page.evaluate(() => (window as unknown as Hooks).__ipcCalls),
    release: (cmd) => page.evaluate((c) => (window as unknown as Hooks).__release(c), cmd),
    deliver: (d) => page.evaluate((x) => (window as unknown as Hooks).__deliver(x), d),
    pressShortcut: () => page.evaluate(() => (window as unknown as Hooks).__pressShortcut()),
    takeOccurrence: (id) => page.evaluate((x) => (window as unknown as Hooks).__takeOccurrence(x), id),
  };
}

export function pageErrors(page: Page): string[] {
  return (page as unknown as { __errors: string[] }).__errors;
}
