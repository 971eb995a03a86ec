/**
 * The real app on a session with no Secret Service at all (a D-Bus address that leads nowhere): saving
 * a profile with a key must fail with the keychain's remedy, save nothing, and write the key nowhere —
 * never a silent fallback to a file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";

const KEY = "obviously-fake-key-for-the-no-keychain-test";
const home = mkdtempSync(join(tmpdir(), "bdesk-e2e-nokeychain-"));

let app: App;
let session: Session;

beforeAll(async () => {
  app = await App.launch({
    XDG_DATA_HOME: join(home, "data"),
    XDG_CACHE_HOME: join(home, "cache"),
    XDG_CONFIG_HOME: join(home, "config"),
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(home, "no-bus-here")}`,
  });
  session = app.session;
});

afterAll(async () => {
  await app?.close();
});

function filesUnder(dir: string): string[] {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    const s = statSync(path, { throwIfNoEntry: false });
    return s?.isDirectory() ? filesUnder(path) : s?.isFile() ? [path] : [];
  });
}

describe("without a keychain", () => {
  it("refuses to save the key, says what to do, and keeps nothing", () =>
    app.step("no-keychain", async () => {
      await session.click(await session.waitFor('[data-testid="add-profile"]'));
      for (const [name, value] of [
        ["name", "No keychain"],
        ["sdkappid", "1400000000"],
        ["adminIdentifier", "administrator"],
        ["key", KEY],
      ] as const) {
        await app.fill(name, value);
      }
      await session.click(await session.waitFor('[data-testid="profile-save"]'));
      const banner = await session.waitFor('[data-testid="form-error"]');
      expect(await session.attribute(banner, "data-code")).toBe("KEYCHAIN");
      expect(await session.text(banner)).toContain("gnome-keyring");

      // Nothing was saved: closing the form shows the first-run panel again.
      await session.click(await session.waitFor('[data-testid="profile-form"] button[aria-label="Close"]'));
      await session.waitFor('[data-testid="first-run"]');
      const leaks = filesUnder(home).filter((f) => readFileSync(f).includes(KEY));
      expect(leaks).toEqual([]);
      expect(app.driver.logs()).not.toContain(KEY);
    }));
});
