/**
 * The window's side of the app in the background: it tells Rust which language it shows (the tray's
 * menu and the OS notifications follow it), and About reads and sets starting at login through Rust
 * (the fake desk stands in for the system's switch), off until the producer turns it on.
 */
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { openWithIpc, pageErrors } from "../support/browser";
import { servedWindow } from "../support/static-server";
import { PRODUCTION } from "../support/fixtures";

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

describe("in the background", () => {
  it("tells Rust the window's language at start and when the producer picks another", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/about`, {}, {
      fake: { profiles: [PRODUCTION] },
      system: { language: "ja", formatting: { ja: "ja-JP" } },
    });
    const told = async () => (await calls()).filter((c) => c.cmd === "window_language").map((c) => c.args);
    await expect.poll(told).toEqual([{ language: "ja" }]);
    await page.locator('[data-testid="about-language"]').selectOption("ko");
    await expect.poll(told).toEqual([{ language: "ja" }, { language: "ko" }]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("reads starting at login from Rust, off at first, and sets it with the switch in About", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/about`, {}, { fake: { profiles: [PRODUCTION] } });
    const box = page.locator('input[name="start-at-login"]');
    await expect.poll(() => box.isEnabled()).toBe(true);
    expect(await box.isChecked()).toBe(false);
    await page.getByText("Start Broadcast Desk when I log in").click();
    await expect.poll(() => box.isChecked()).toBe(true);
    expect((await calls()).filter((c) => c.cmd === "start_at_login_set").map((c) => c.args)).toEqual([{ enabled: true }]);
    expect(await page.locator('[data-testid="about-background"]').textContent()).toContain("keeps Broadcast Desk running in the tray");
    expect(pageErrors(page)).toEqual([]);
  });

  it("says so when the system's switch cannot be read", async () => {
    const { page } = await openWithIpc(
      browser,
      `${url}#/about`,
      { start_at_login: { reject: { code: "IO", message: "The system's start-at-login setting could not be changed or read: denied" } } },
      { fake: { profiles: [PRODUCTION] } },
    );
    await expect
      .poll(() => page.locator('[data-testid="about-background"] [role="alert"]').textContent())
      .toContain("denied");
    expect(await page.locator('[data-testid="about-background"] [role="alert"]').getAttribute("data-code")).toBe("IO");
  });
});
