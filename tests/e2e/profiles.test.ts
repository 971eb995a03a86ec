/**
 * Profiles and credentials in the real app: a producer creates a profile and enters the key in the real
 * webview; the key must then be in the Secret Service (read back with secret-tool, the way a user would
 * look) and nowhere else — no file the app or its webview wrote, no log, no IPC reply. Test connection
 * runs over real HTTP against the tim-emulator process, first with the right key, then a wrong one.
 *
 * Runs inside the test command's D-Bus session with an unlocked gnome-keyring (see .ci/test).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";
import { EmulatorProcess } from "../support/emulator";

/** The sanity key docs/TENCENT-API.md (UserSig) documents: published, obviously not a real app's key. */
const KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const WRONG_KEY = "obviously-wrong-e2e-key-0123456789abcdef";
const SDKAPPID = 1400000000;
/** Debug builds keep their keys under their own service name (desk-core's keychain module). */
const KEYCHAIN_SERVICE = "broadcast-desk-dev";

const home = mkdtempSync(join(tmpdir(), "bdesk-e2e-profiles-"));
const xdg = {
  XDG_DATA_HOME: join(home, "data"),
  XDG_CONFIG_HOME: join(home, "config"),
  XDG_CACHE_HOME: join(home, "cache"),
  XDG_STATE_HOME: join(home, "state"),
};

let emulator: EmulatorProcess;
let app: App;
let session: Session;
let profileId = "";

beforeAll(async () => {
  for (const dir of Object.values(xdg)) mkdirSync(dir, { recursive: true });
  emulator = await EmulatorProcess.start({
    sdkappid: SDKAPPID,
    key: KEY,
    admins: ["administrator"],
    accounts: ["host_anna"],
  });
  app = await App.launch(xdg, () => `\n--- emulator log ---\n${emulator.logs()}`);
  session = app.session;
  await session.waitFor('[data-testid="first-run"]');
  // Record every IPC reply the UI receives, to prove none carries the key. Tauri's IPC on Linux is a
  // fetch to ipc://localhost/<command>, looked up on each call, so wrapping fetch sees the replies'
  // bytes exactly as they crossed (Tauri's own invoke function is read-only).
  await session.execute(`
    const fetchOriginal = window.fetch.bind(window);
    window.__ipcReplies = [];
    window.fetch = async (...args) => {
      const response = await fetchOriginal(...args);
      const url = String(args[0] instanceof Request ? args[0].url : args[0]);
      if (url.startsWith("ipc:")) {
        window.__ipcReplies.push(url + " " + (await response.clone().text()));
      }
      return response;
    };
  `);
});

afterAll(async () => {
  if (profileId) {
    try {
      execFileSync("secret-tool", ["clear", "service", KEYCHAIN_SERVICE, "username", profileId]);
    } catch {
      // Already gone (the test deletes it) or no Secret Service: nothing to clean.
    }
  }
  await app?.close();
  await emulator?.stop();
});

const dumpOnFailure = <T>(name: string, body: () => Promise<T>): Promise<T> => app.step(name, body);

const fill = (name: string, value: string): Promise<void> => app.fill(name, value);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return [];
    return st.isDirectory() ? filesUnder(path) : st.isFile() ? [path] : [];
  });
}

function lookUpKey(id: string): string | null {
  try {
    return execFileSync("secret-tool", ["lookup", "service", KEYCHAIN_SERVICE, "username", id], {
      encoding: "utf8",
    });
  } catch {
    return null;
  }
}

async function testConnection(): Promise<{ ok: string | null; text: string }> {
  // Clear any earlier result first so the wait below sees the new one.
  await session.execute(`document.querySelector('[data-testid="connection-result"]')?.remove()`);
  await session.click(await session.waitFor('[data-testid="test-connection"]'));
  const result = await session.waitFor('[data-testid="connection-result"]', { timeoutMs: 20_000 });
  return { ok: await session.attribute(result, "data-ok"), text: await session.text(result) };
}

describe("profiles and credentials in the real app", () => {
  it("saves a profile from the form and its key only in the Secret Service", () =>
    dumpOnFailure("create-profile", async () => {
      await session.click(await session.waitFor('[data-testid="add-profile"]'));
      await fill("name", "E2E Production");
      await session.click(await session.waitFor('input[name="targetKind"][value="custom"]'));
      await fill("url", emulator.baseUrl);
      await fill("sdkappid", String(SDKAPPID));
      await fill("adminIdentifier", "administrator");
      await fill("defaultFromAccount", "host_anna");
      await fill("key", KEY);
      await session.click(await session.waitFor('[data-testid="profile-save"]'));

      const state = await session.waitFor('[data-testid="key-state"]', {
        textOk: (t) => t.includes("Secret Service"),
      });
      expect(await session.text(state)).toContain("Secret Service");
      const item = await session.waitFor('[data-testid="profile-item"]');
      profileId = (await session.attribute(item, "data-profile-id")) ?? "";
      expect(profileId).toMatch(/^[0-9a-f-]{36}$/);
      const slot = await session.waitFor('[data-testid="profile-slot"]', {
        textOk: (t) => t.includes("E2E Production"),
      });
      expect(await session.text(slot)).toContain("E2E Production");

      // In the Secret Service, under this build's service and the profile's id.
      expect(lookUpKey(profileId)).toBe(KEY);

      // In no file the app or its webview wrote (database, WAL, webview storage and caches), while the
      // scan does see the profile itself in the database.
      const files = Object.values(xdg).flatMap(filesUnder);
      expect(files.some((f) => readFileSync(f).includes("E2E Production"))).toBe(true);
      expect(files.filter((f) => readFileSync(f).includes(KEY))).toEqual([]);

      // In no log: the app's stdout/stderr reach the driver's log; the emulator logs each request.
      expect(app.driver.logs()).not.toContain(KEY);
      expect(emulator.logs()).not.toContain(KEY);

      // In no IPC reply.
      const replies = await session.execute<string[]>("return window.__ipcReplies");
      expect(replies.some((r) => r.startsWith("ipc://localhost/profile_create "))).toBe(true);
      expect(replies.filter((r) => r.includes(KEY))).toEqual([]);
    }));

  it("tests the connection against the emulator and shows the round trip", () =>
    dumpOnFailure("test-connection", async () => {
      const result = await testConnection();
      expect(result.ok).toBe("true");
      expect(result.text).toMatch(/\d+\s*ms/);
    }));

  it("explains a wrong key as Tencent's 70009 with its remedy", () =>
    dumpOnFailure("wrong-key", async () => {
      // The edit form shows only whether a key is stored; Replace asks for a new one.
      await session.click(await session.waitFor('[data-testid="profile-edit"]'));
      await session.click(await session.waitForShown('[data-testid="profile-form"] [data-testid="key-replace"]'));
      await fill("key", WRONG_KEY);
      await session.click(await session.waitForShown('[data-testid="key-save"]'));
      await session.waitFor('[data-testid="profile-form"] [data-testid="key-replace"]');
      expect(lookUpKey(profileId)).toBe(WRONG_KEY);
      await session.click(await session.waitFor('[data-testid="profile-form"] button[aria-label="Close"]'));

      const result = await testConnection();
      expect(result.ok).toBe("false");
      expect(result.text).toContain("70009");
      expect(result.text).toContain("wrong key");
      expect(result.text).toContain("copy the key of this SDKAppID from the Chat console");

      const replies = await session.execute<string[]>("return window.__ipcReplies");
      expect(replies.filter((r) => r.includes(WRONG_KEY) || r.includes(KEY))).toEqual([]);
    }));

  it("deletes the profile and its keychain entry", () =>
    dumpOnFailure("delete-profile", async () => {
      await session.click(await session.waitFor('[data-testid="profile-delete"]'));
      await session.click(await session.waitForShown('[data-testid="confirm-delete"] [data-testid="confirm"]'));
      await session.waitFor('[data-testid="first-run"]');
      expect(lookUpKey(profileId)).toBeNull();
    }));
});
