/**
 * The real app on a session with no Secret Service at all (a D-Bus address that leads nowhere): saving
 * a profile with a key must fail with the keychain's remedy, save nothing, and write the key nowhere —
 * never a silent fallback to a file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Driver, type Session } from "../support/webdriver";
import { APP_BINARY, ARTIFACTS } from "../support/paths";

const KEY = "obviously-fake-key-for-the-no-keychain-test";
const home = mkdtempSync(join(tmpdir(), "bdesk-e2e-nokeychain-"));

let driver: Driver;
let session: Session;

beforeAll(async () => {
  driver = await Driver.start({
    ...process.env,
    XDG_DATA_HOME: join(home, "data"),
    XDG_CACHE_HOME: join(home, "cache"),
    XDG_CONFIG_HOME: join(home, "config"),
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(home, "no-bus-here")}`,
  });
  session = await driver.newSession(APP_BINARY);
});

afterAll(async () => {
  await session?.delete();
  await driver?.stop();
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
  it("refuses to save the key, says what to do, and keeps nothing", async () => {
    try {
      await session.click(await session.waitFor('[data-testid="add-profile"]'));
      for (const [name, value] of [
        ["name", "No keychain"],
        ["sdkappid", "1400000000"],
        ["adminIdentifier", "administrator"],
        ["key", KEY],
      ] as const) {
        const input = await session.waitForShown(`[name="${name}"]`);
        await session.scrollIntoView(input);
        await session.clear(input);
        await session.type(input, value);
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
      expect(driver.logs()).not.toContain(KEY);
    } catch (err) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await session
        .screenshot()
        .then((png) => writeFileSync(join(ARTIFACTS, "failed-no-keychain.png"), png))
        .catch(() => undefined);
      throw new Error(`${String(err)}\n--- WebKitWebDriver and app log ---\n${driver.logs()}`, { cause: err });
    }
  });
});
