/**
 * The real app in its real webview (WebKitGTK under Xvfb), driven through WebKitWebDriver: proves the
 * window opens, navigation works, and a value travels Rust → IPC → UI.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";
import { ARTIFACTS, cargoVersion } from "../support/paths";

const IDENTIFIER = "io.broadcastdesk.desktop";

let app: App;
let session: Session;
const dataHome = mkdtempSync(join(tmpdir(), "bdesk-e2e-"));

beforeAll(async () => {
  // The app keeps its data under XDG_DATA_HOME; a fresh one per run keeps tests away from a real setup.
  app = await App.launch({ XDG_DATA_HOME: dataHome });
  session = app.session;
});

afterAll(async () => {
  await app?.close();
});

const dumpOnFailure = <T>(name: string, body: () => Promise<T>): Promise<T> => app.step(name, body);

describe("Broadcast Desk window", () => {
  it("opens with its title and the app frame", () =>
    dumpOnFailure("opens", async () => {
      expect(await session.title()).toBe("Broadcast Desk");
      await session.waitFor('[data-testid="view-compose"]');
      const slot = await session.waitFor('[data-testid="profile-slot"]');
      expect(await session.text(slot)).toContain("No profile");
    }));

  it("navigates between every view, with the welcome panel until a profile exists", () =>
    dumpOnFailure("navigates", async () => {
      for (const view of ["scheduled", "history", "profiles", "compose"] as const) {
        await session.click(await session.waitFor(`.nav-item[data-view="${view}"]`));
        await session.waitFor(`[data-testid="view-${view}"]`);
        // A fresh data folder has no profile: every view offers the sandbox or the set-up form first.
        await session.waitFor('[data-testid="first-run"]');
        const heading = await session.waitFor("#view-title");
        expect(await session.text(heading)).toBe("Welcome");
        const current = await session.waitFor(`.nav-item[data-view="${view}"]`);
        expect(await session.attribute(current, "aria-current")).toBe("page");
      }
    }));

  it("shows in About the version and data folder that came over IPC from Rust", () =>
    dumpOnFailure("about", async () => {
      await session.click(await session.waitFor('.nav-item[data-view="about"]'));
      const version = await session.waitFor('[data-testid="about-version"]');
      expect(await session.text(version)).toBe(cargoVersion());
      const dataDir = await session.waitFor('[data-testid="about-data-dir"]');
      // The path is computed by Tauri in the Rust process from the environment we gave the app.
      expect(await session.text(dataDir)).toBe(join(dataHome, IDENTIFIER));
      const build = await session.waitFor('[data-testid="about-build"]');
      expect(await session.text(build)).toBe("Development");
    }));

  it("saves a screenshot of the window", () =>
    dumpOnFailure("screenshot", async () => {
      // The welcome panel on Compose: what a newcomer sees first, and free of per-run values such as temp paths,
      // so the README's copy changes only when the UI does.
      await session.click(await session.waitFor('.nav-item[data-view="compose"]'));
      await session.waitFor('[data-testid="view-compose"]');
      // Same picture every run: no hover from where the last click left the pointer, no focus ring, no
      // transition caught half-way. (A constructed sheet, because the app's CSP refuses <style> tags.)
      await session.movePointer(1, 1);
      await session.execute(`
        document.activeElement?.blur();
        const still = new CSSStyleSheet();
        still.replaceSync("*, *::before, *::after { transition: none !important; animation: none !important; }");
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, still];
      `);
      const png = await session.screenshot();
      // A PNG starts with its 8-byte signature; an empty or failed capture would not.
      expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      expect(png.length).toBeGreaterThan(10_000);
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, "window.png"), png);
    }));
});
