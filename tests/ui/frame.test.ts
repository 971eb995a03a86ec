/**
 * The built UI in headless Chromium with IPC mocked: what the webview tests don't reach cheaply —
 * error codes from Rust, keyboard shortcuts, deep links, dark mode, and that the app's CSP holds.
 */
import type { AppInfo } from "../../ui/src/bindings/AppInfo";
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { openWithIpc, pageErrors } from "../support/browser";
import { servedWindow } from "../support/static-server";

const INFO: AppInfo = {
  name: "Broadcast Desk",
  version: "9.8.7-test",
  identifier: "io.broadcastdesk.desktop",
  dataDir: "/home/producer/.local/share/io.broadcastdesk.desktop",
  commit: "0123abcde",
  buildKind: "release",
};

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

describe("app frame", () => {
  it("renders the About panel from the app_info command", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/about`, { app_info: INFO });
    await expect.poll(() => page.textContent('[data-testid="about-version"]')).toBe("9.8.7-test");
    expect(await page.textContent('[data-testid="about-commit"]')).toBe("0123abcde");
    expect(await page.textContent('[data-testid="about-build"]')).toBe("Release");
    expect(await page.textContent('[data-testid="about-data-dir"]')).toBe(INFO.dataDir);
    // The profiles overview and the open outbox are read at start for the header, the schedule's news
    // for "while you were away", the emergency shortcut listened for, and Rust told the window's
    // language; About itself asks for app_info and the start-at-login switch once each.
    const frame = new Set(["profiles_overview", "outbox_open", "schedule_news", "emergency_watch", "window_language"]);
    const own = (await calls()).map((c) => c.cmd).filter((c) => !frame.has(c));
    expect(own.sort()).toEqual(["app_info", "start_at_login"]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows a failed command by its code, not a blank panel", async () => {
    const { page } = await openWithIpc(browser, `${url}#/about`, {
      app_info: { reject: { code: "IO", message: "data folder unavailable" } },
      start_at_login: false,
    });
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.getAttribute("data-code")).toBe("IO");
    expect(await alert.textContent()).toContain("data folder unavailable");
  });

  it("switches views with Ctrl+1…4 and keeps the view in the address", async () => {
    const { page } = await openWithIpc(browser, url, { app_info: INFO });
    await page.locator('[data-testid="view-compose"]').waitFor();
    await page.keyboard.press("Control+3");
    await page.locator('[data-testid="view-history"]').waitFor();
    expect(new URL(page.url()).hash).toBe("#/history");
    expect(await page.getAttribute('.nav-item[data-view="history"]', "aria-current")).toBe("page");
    await page.keyboard.press("Control+4");
    await page.locator('[data-testid="view-profiles"]').waitFor();
  });

  it("opens the view named in the address", async () => {
    const { page } = await openWithIpc(browser, `${url}#/scheduled`, { app_info: INFO });
    await page.locator('[data-testid="view-scheduled"]').waitFor();
    expect(await page.textContent("#view-title")).toBe("Scheduled");
  });

  it("follows the OS colour scheme", async () => {
    const light = await openWithIpc(browser, url, { app_info: INFO }, { colorScheme: "light" });
    const dark = await openWithIpc(browser, url, { app_info: INFO }, { colorScheme: "dark" });
    const bg = (p: typeof light.page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [l, d] = [await bg(light.page), await bg(dark.page)];
    const luminance = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(luminance(l)).toBeGreaterThan(200);
    expect(luminance(d)).toBeLessThan(60);
  });

  it("runs under the app's CSP without violations", async () => {
    const { page } = await openWithIpc(browser, `${url}#/about`, { app_info: INFO });
    await page.locator('[data-testid="about-version"]').waitFor();
    expect(pageErrors(page).filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    // The Set up button on the profile slot navigates to Profiles.
    await page.click('[data-testid="profile-slot"] button');
    await page.locator('[data-testid="view-profiles"]').waitFor();
  });
});
