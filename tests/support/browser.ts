/**
 * Headless Chromium (Debian's, via playwright-core) with Tauri's IPC replaced by a mock that the test
 * controls. The mock is installed before any page script runs, the way Tauri injects its own.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import type { Command, Commands } from "../../ui/src/bindings/commands";
import type { KeyState } from "../../ui/src/bindings/KeyState";
import type { ProfileDraft } from "../../ui/src/bindings/ProfileDraft";
import type { ProfileEntry } from "../../ui/src/bindings/ProfileEntry";
import type { SandboxDelivery } from "../../ui/src/bindings/SandboxDelivery";

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

/** Seed for a small stateful stand-in for the Rust side (profiles, keys, sandbox), see `installIpc`.
 * Its answers are typed against the generated `Commands`, so it cannot drift from what Rust answers. */
export type FakeDesk = {
  profiles?: ProfileEntry[];
  activeId?: string | null;
  keychain?: string;
};

export type IpcCall = { cmd: string; args: unknown };

export type OpenedPage = {
  page: Page;
  /** Every command invoked so far, with its arguments as JSON (a channel shows as `__CHANNEL__:<id>`). */
  calls: () => Promise<IpcCall[]>;
  /** Resolves the oldest held answer of `cmd`. */
  release: (cmd: string) => Promise<void>;
  /** Pushes a delivery through the `sandbox_watch` channel, as the emulator would. */
  deliver: (delivery: unknown) => Promise<void>;
};

/**
 * Runs in the page before any of its scripts. Self-contained (Playwright sends it as source text): it
 * may use only its argument.
 */
function installIpc({ answers, fake }: { answers: IpcScript; fake: FakeDesk | null }) {
  type Json = Record<string, unknown>;
  const w = window as unknown as Record<string, unknown>;
  const calls: Array<{ cmd: string; args: unknown }> = [];
  const held: Record<string, Array<() => void>> = {};
  const callbacks = new Map<number, (message: unknown) => void>();
  let nextCallback = 1;
  const copy = <T,>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  // Each answer is checked against the command's generated result type.
  const ok = <C extends Command>(_cmd: C, value: Commands[C]["result"]) => ({ value: copy(value) });

  const desk = fake && {
    profiles: copy(fake.profiles ?? []) as ProfileEntry[],
    activeId: fake.activeId ?? null,
    keychain: fake.keychain ?? "Secret Service",
    deliveries: [] as Json[],
    watchers: [] as Array<{ id: number; index: number }>,
    seq: 100,
    made: 0,
  };

  const emit = (delivery: Json) => {
    if (!desk) return;
    desk.deliveries.push(delivery);
    for (const watcher of desk.watchers) {
      callbacks.get(watcher.id)?.({ index: watcher.index++, message: delivery });
    }
  };

  // What Rust's `Limits::current()` answers (desk-core info.rs); typed, so a new field fails here.
  const LIMITS: Commands["limits"]["result"] = {
    profileNameMaxChars: 64,
    accountMaxBytes: 32,
    sdkappidMax: 2 ** 53 - 1,
    usersigLifetimeMinSecs: 1800,
    usersigLifetimeMaxSecs: 604_800,
    usersigLifetimeDefaultSecs: 14_400,
    customRateMin: 1,
    customRateMax: 5,
    palette: [
      { hex: "#e5484d", name: "Red" },
      { hex: "#f76b15", name: "Orange" },
      { hex: "#e2a336", name: "Amber" },
      { hex: "#30a46c", name: "Green" },
      { hex: "#12a594", name: "Teal" },
      { hex: "#0090ff", name: "Blue" },
      { hex: "#d6409f", name: "Pink" },
      { hex: "#687076", name: "Slate" },
    ],
    sandboxColor: "#7c5cff",
    messageMaxBytes: 12_000,
    reportedProblemsMax: 100,
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
        return ok("limits", LIMITS);
      case "profiles_overview": {
        const palette = LIMITS.palette.map((s) => s.hex);
        const used = new Set(desk.profiles.map((e) => e.profile.color));
        return ok("profiles_overview", {
          profiles: desk.profiles.map(withActive),
          activeId: desk.activeId,
          keychain: desk.keychain,
          nextColor: palette.find((c) => !used.has(c)) ?? "#e5484d",
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
      case "broadcast_send": {
        const entry = find(a.id);
        if (!entry) return missing();
        const draft = a.draft as Json;
        const msgSeq = ++desk.seq;
        if (entry.profile.isSandbox) {
          emit({
            msgSeq,
            random: 1234,
            fromAccount: draft.From_Account ?? SANDBOX_INFO.admin,
            msgBody: draft.MsgBody,
            cloudCustomData: draft.CloudCustomData ?? null,
            receivedAt: now,
          });
        }
        return ok("broadcast_send", {
          outboxId: `outbox-${msgSeq}`,
          delivery: "sent",
          attempts: 1,
          random: 1234,
          class: "OK",
          code: 0,
          info: "",
          explanation: { id: "tencent-0", class: "OK", title: "Delivered.", remedy: "", retryAfterSecs: null },
          msgSeq,
          requestId: "req-1",
          transport: null,
          host: "127.0.0.1:47615",
          primaryFailure: null,
          resigned: false,
          httpRequests: 1,
          elapsedMs: 12,
          serverTimeMs: null,
          clockSkew: null,
        });
      }
      default:
        return null;
    }
  };

  w.__ipcCalls = calls;
  w.__release = (cmd: string) => held[cmd]?.shift()?.();
  w.__deliver = (delivery: Json) => emit(delivery);
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

export async function openWithIpc(
  browser: Browser,
  url: string,
  script: IpcScript,
  opts: {
    colorScheme?: "light" | "dark";
    fake?: FakeDesk;
    viewport?: { width: number; height: number };
    /** The system's language as the page sees it (navigator.language/languages, Intl); en-US unless said. */
    locale?: string;
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1120, height: 760 },
    colorScheme: opts.colorScheme ?? "light",
    locale: opts.locale ?? "en-US",
  });
  await context.addInitScript(installIpc, { answers: script, fake: opts.fake ?? null });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(url);
  (page as unknown as { __errors: string[] }).__errors = errors;
  type Hooks = { __ipcCalls: IpcCall[]; __release: (cmd: string) => void; __deliver: (d: unknown) => void };
  return {
    page,
    calls: () => page.evaluate(() => (window as unknown as Hooks).__ipcCalls),
    release: (cmd) => page.evaluate((c) => (window as unknown as Hooks).__release(c), cmd),
    deliver: (d) => page.evaluate((x) => (window as unknown as Hooks).__deliver(x), d),
  };
}

export function pageErrors(page: Page): string[] {
  return (page as unknown as { __errors: string[] }).__errors;
}
