/**
 * Headless Chromium (Debian's, via playwright-core) with Tauri's IPC replaced by a mock that the test
 * controls. The mock is installed before any page script runs, the way Tauri injects its own.
 */
import { chromium, type Browser, type Page } from "playwright-core";

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
export type IpcScript = Record<string, unknown>;

/** Seed for a small stateful stand-in for the Rust side (profiles, keys, sandbox), see `installIpc`. */
export type FakeDesk = {
  profiles?: unknown[];
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

  const desk = fake && {
    profiles: copy(fake.profiles ?? []) as Array<{ profile: Json; key: Json }>,
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
    const stored = { state: "stored", backend: desk.keychain };
    const none = { state: "missing", backend: desk.keychain };
    const now = 1_767_000_000_000;
    switch (cmd) {
      case "profiles_overview":
        return { value: copy({ profiles: desk.profiles, activeId: desk.activeId, keychain: desk.keychain }) };
      case "regions":
        return {
          value: [
            { id: "china", displayName: "Chinese mainland", primaryHost: "console.tim.qq.com", standbyHost: null },
            { id: "singapore", displayName: "Singapore", primaryHost: "adminapisgp.im.qcloud.com", standbyHost: null },
            { id: "frankfurt", displayName: "Frankfurt", primaryHost: "adminapiger.im.qcloud.com", standbyHost: null },
          ],
        };
      case "profile_create": {
        const draft = a.draft as Json;
        const profile = {
          ...draft,
          id: `p-${++desk.made}`,
          defaultFromAccount: draft.defaultFromAccount ?? null,
          usersigLifetimeSecs: draft.usersigLifetimeSecs ?? 14400,
          isSandbox: false,
          createdAt: now,
          updatedAt: now,
        };
        const entry = { profile, key: a.key ? stored : none };
        desk.profiles.push(entry);
        desk.activeId ??= profile.id as string;
        return { value: copy(entry) };
      }
      case "profile_update": {
        const entry = find(a.id);
        if (!entry) return missing();
        const draft = a.draft as Json;
        entry.profile = { ...entry.profile, ...draft, defaultFromAccount: draft.defaultFromAccount ?? null, updatedAt: now + 1 };
        return { value: copy(entry) };
      }
      case "profile_duplicate": {
        const entry = find(a.id);
        if (!entry) return missing();
        const dup = { profile: { ...entry.profile, id: `p-${++desk.made}`, name: `${entry.profile.name} copy` }, key: none };
        desk.profiles.push(dup);
        return { value: copy(dup) };
      }
      case "profile_delete":
        if (!find(a.id)) return missing();
        desk.profiles = desk.profiles.filter((e) => e.profile.id !== a.id);
        if (desk.activeId === a.id) desk.activeId = null;
        return { value: null };
      case "profile_activate":
        if (!find(a.id)) return missing();
        desk.activeId = a.id as string;
        return { value: null };
      case "secret_set": {
        const entry = find(a.id);
        if (!entry) return missing();
        entry.key = stored;
        return { value: copy(stored) };
      }
      case "secret_delete": {
        const entry = find(a.id);
        if (!entry) return missing();
        entry.key = none;
        return { value: copy(none) };
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
              edition: { kind: "pro" },
              defaultFromAccount: null,
              usersigLifetimeSecs: 14400,
              isSandbox: true,
              createdAt: now,
              updatedAt: now,
            },
            key: { state: "builtIn" },
          };
          desk.profiles.push(entry);
        }
        desk.activeId = entry.profile.id as string;
        return { value: copy(entry) };
      }
      case "sandbox_info":
        return { value: SANDBOX_INFO };
      case "sandbox_deliveries":
        return { value: copy(desk.deliveries) };
      case "sandbox_watch": {
        const id = Number(String(a.onDelivery).replace("__CHANNEL__:", ""));
        desk.watchers.push({ id, index: 0 });
        return { value: null };
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
        return {
          value: {
            class: "OK",
            code: 0,
            info: "",
            explanation: { class: "OK", title: "Delivered.", remedy: "", retryAfterSecs: null },
            msgSeq,
            requestId: "req-1",
            transport: null,
            host: "127.0.0.1:47615",
            primaryFailure: null,
            resigned: false,
            httpRequests: 1,
            elapsedMs: 12,
          },
        };
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
        const answer = answers[cmd] as { reject?: unknown; hold?: unknown } | undefined;
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
  opts: { colorScheme?: "light" | "dark"; fake?: FakeDesk; viewport?: { width: number; height: number } } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1120, height: 760 },
    colorScheme: opts.colorScheme ?? "light",
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
