/**
 * The app in the background, in the real app under Xvfb with a stand-in notification server on the
 * test's session bus: each scheduled result reaches the desktop as an OS notification naming the item;
 * About's switch writes and removes the system's start-at-login entry; closing the window (as a window
 * manager's close button would) while an item is scheduled leaves the app running, hidden, and says
 * so; and a second launch with the same data folder exits at once and brings the first window back.
 *
 * The tray's menu is not clicked here: Xvfb has no tray host to show it (the menu's words are tested
 * in Rust, `background::tray`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";
import { NotificationServer } from "../support/notifications";
import { APP_BINARY } from "../support/paths";
import { appWindows as windows, requestClose } from "../support/x11";
import { until } from "../support/wait";

let app: App;
let session: Session;
let notifications: NotificationServer;
const env = {
  BDESK_DATA_DIR: mkdtempSync(join(tmpdir(), "bdesk-e2e-background-")),
  // The start-at-login entry goes to ~/.config/autostart (the plugin's auto-launch reads HOME, not
  // XDG_CONFIG_HOME): a home of its own keeps it away from the machine's.
  HOME: mkdtempSync(join(tmpdir(), "bdesk-e2e-home-")),
  XDG_DATA_HOME: mkdtempSync(join(tmpdir(), "bdesk-e2e-data-")),
};

beforeAll(async () => {
  notifications = await NotificationServer.start();
});

afterAll(() => {
  notifications?.stop();
});

const step = <T>(name: string, body: () => Promise<T>): Promise<T> => app.step(name, body);

const invoke = <T>(command: string, args: Record<string, unknown> = {}): Promise<T> =>
  session.execute<T>(`return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]);`, [command, args]);

/** An item through the window's own command, `inSecs` from now, in UTC (the time typed with seconds). */
async function schedule(profileId: string, label: string, inSecs: number): Promise<void> {
  const at = new Date(Date.now() + inSecs * 1000).toISOString().slice(0, 19);
  await invoke("schedule_add", {
    draft: {
      profileId,
      body: { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: `${label}: the show starts now` } }] },
      at,
      zone: "UTC",
      repeat: { kind: "once" },
      end: { kind: "never" },
      label,
    },
  });
}

/** Whether a Broadcast Desk (debug build) runs on this session bus: it holds its single-instance name. */
function running(): boolean {
  const out = execFileSync("gdbus", [
    "call", "--session", "--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
    "--method", "org.freedesktop.DBus.NameHasOwner", "io.broadcastdesk.desktop.dev.SingleInstance",
  ]).toString();
  return out.includes("true");
}

/** Runs the app's binary as a producer's desktop would (no WebDriver); resolves with its exit code. */
function launch(args: string[], where: Record<string, string>): { exited: Promise<number | null>; pid: number } {
  const child = execFile(APP_BINARY, args, { env: { ...process.env, ...where, LANG: "en_US.UTF-8", LANGUAGE: "en" } }, () => undefined);
  return { exited: new Promise((resolve) => child.on("exit", resolve)), pid: child.pid ?? 0 };
}

describe("started at login", () => {
  const where = {
    BDESK_DATA_DIR: mkdtempSync(join(tmpdir(), "bdesk-e2e-login-")),
    HOME: mkdtempSync(join(tmpdir(), "bdesk-e2e-home-")),
    XDG_DATA_HOME: mkdtempSync(join(tmpdir(), "bdesk-e2e-data-")),
  };

  it("starts hidden with --background, comes forward at a second launch, and quits when closed with nothing scheduled", async () => {
    const first = launch(["--background"], where);
    await until("the app on the bus", 30_000, () => (running() ? true : undefined));
    // Give it the time a window would take to appear: none does.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(windows(true)).toEqual([]);

    const second = launch([], where);
    expect(await second.exited).toBe(0);
    const [window] = await until("the first window on screen", 15_000, () => {
      const found = windows(true);
      return found.length > 0 ? found : undefined;
    });
    expect(Number(execFileSync("xdotool", ["getwindowpid", String(window)]).toString().trim())).toBe(first.pid);

    // Nothing is scheduled: closing the window quits, as a producer expects.
    await requestClose(window ?? 0);
    expect(await first.exited).toBe(0);
  });
});

describe("in the background", () => {
  let sandboxId: string;

  beforeAll(async () => {
    app = await App.launch(env, () => `\n--- notifications received ---\n${JSON.stringify(notifications.notes(), null, 1)}`);
    session = app.session;
  });

  afterAll(async () => {
    await app?.close();
  });

  it("tells each scheduled result with an OS notification that names the item", () =>
    step("notified", async () => {
      const entry = await invoke<{ profile: { id: string } }>("sandbox_open");
      sandboxId = entry.profile.id;
      await schedule(sandboxId, "Doors open", 3);
      const note = await until("a notification of the send", 30_000, () =>
        notifications.notes().find((n) => n.summary.includes("Doors open")),
      );
      expect(note.summary).toBe("Sent: Doors open");
      expect(note.body).toMatch(/MsgSeq \d+/);
    }));

  it("turns starting at login on and off from About: the system's own entry, with --background", () =>
    step("login", async () => {
      const entry = join(env.HOME, ".config", "autostart", "Broadcast Desk.desktop");
      await session.click(await session.waitFor('.nav-item[data-view="about"]'));
      const box = await session.waitForShown('input[name="start-at-login"]');
      expect(existsSync(entry)).toBe(false);
      await session.click(box);
      await until("the autostart entry", 10_000, () => (existsSync(entry) ? true : undefined));
      const desktop = readFileSync(entry, "utf8");
      expect(desktop).toContain(APP_BINARY);
      expect(desktop).toMatch(/^Exec=.*--background/m);
      await session.click(await session.waitForShown('input[name="start-at-login"]'));
      await until("the entry removed", 10_000, () => (existsSync(entry) ? undefined : true));
    }));

  it("keeps running, hidden, when the window is closed while an item is scheduled, and says so", () =>
    step("closed", async () => {
      await schedule(sandboxId, "Tonight's finale", 3600);
      const [window] = await until("the app's window", 10_000, () => {
        const found = windows(true);
        return found.length > 0 ? found : undefined;
      });
      const pid = Number(execFileSync("xdotool", ["getwindowpid", String(window)]).toString().trim());
      await requestClose(window ?? 0);
      await until("the window hidden", 10_000, () => (windows(true).length === 0 ? true : undefined));
      const note = await until("the notification that it keeps running", 10_000, () =>
        notifications.notes().find((n) => n.summary === "Broadcast Desk keeps running"),
      );
      expect(note.body).toContain("One scheduled item is still to be sent.");
      // Still running (the schedule with it): the process is there and the page still answers.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(() => process.kill(pid, 0)).not.toThrow();
      expect(await invoke<unknown[]>("schedule_list")).toHaveLength(2);
    }));

  it("exits at a second launch with the same data folder, and brings the first window back", () =>
    step("second", async () => {
      const second = await new Promise<{ code: number | null; ms: number }>((resolve) => {
        const started = Date.now();
        const child = execFile(APP_BINARY, [], { env: { ...process.env, ...env }, timeout: 20_000 }, () => undefined);
        child.on("exit", (code) => resolve({ code, ms: Date.now() - started }));
      });
      expect(second.code).toBe(0);
      await until("the first window on screen again", 10_000, () => (windows(true).length > 0 ? true : undefined));
      expect(await session.title()).toBe("Broadcast Desk");
    }));
});
