/**
 * BusyButton (components/busy-button.tsx) in the built UI, through buttons that use it: the spinner in
 * place of the icon or before an icon-less label, the busy label, aria-busy and disabled while busy, a
 * neighbour disabled without being called busy, and never submitting the form it sits in.
 */
import { describe, expect, it } from "vitest";
import type { Browser, Locator } from "playwright-core";
import { openWithIpc, pageErrors } from "../support/browser";
import { servedWindow } from "../support/static-server";
import { CONNECTED, PRODUCTION, STAGING } from "../support/fixtures";

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

/** What a sighted user and a screen reader each get from the button, in one comparable value. */
async function look(button: Locator) {
  return {
    text: (await button.textContent())?.trim(),
    icons: await button.locator("svg").evaluateAll((all) => all.map((s) => (s.classList.contains("spinner") ? "spinner" : "icon"))),
    firstChild: await button.evaluate((b) => b.firstElementChild?.getAttribute("class") ?? b.firstElementChild?.tagName ?? null),
    busy: await button.getAttribute("aria-busy"),
    disabled: await button.isDisabled(),
  };
}

describe("busy button", () => {
  it("puts the spinner in place of its icon and says what it is doing, then goes back", async () => {
    const { page, release } = await openWithIpc(browser, `${url}#/profiles`, { connection_test: { hold: CONNECTED } }, { fake: { profiles: [PRODUCTION] } });
    const button = page.locator('[data-profile-id="prod-1"] [data-testid="test-connection"]');
    await button.waitFor();
    const idle = { text: "Test connection", icons: ["icon"], firstChild: "svg", busy: "false", disabled: false };
    expect(await look(button)).toEqual(idle);

    await button.click();
    await expect.poll(() => button.getAttribute("aria-busy")).toBe("true");
    expect(await look(button)).toEqual({ text: "Testing…", icons: ["spinner"], firstChild: "spinner", busy: "true", disabled: true });

    await release("connection_test");
    await page.locator('[data-testid="connection-result"]').waitFor();
    expect(await look(button)).toEqual(idle);
    expect(pageErrors(page)).toEqual([]);
  });

  it("puts the spinner before a label that has no icon, and disables a neighbour without calling it busy", async () => {
    const { page, calls, release } = await openWithIpc(
      browser,
      `${url}#/profiles`,
      { profile_activate: { hold: null } },
      { fake: { profiles: [PRODUCTION, STAGING], activeId: "prod-1" } },
    );
    const item = page.locator('[data-testid="profile-item"][data-profile-id="stage-1"]');
    const use = item.locator('[data-testid="profile-use"]');
    const duplicate = item.locator('[data-testid="profile-duplicate"]');
    await use.waitFor();
    expect(await look(use)).toEqual({ text: "Use", icons: [], firstChild: null, busy: "false", disabled: false });

    await use.click();
    await expect.poll(() => use.getAttribute("aria-busy")).toBe("true");
    expect(await look(use)).toEqual({ text: "Use", icons: ["spinner"], firstChild: "spinner", busy: "true", disabled: true });
    expect(await look(duplicate)).toEqual({ text: "Duplicate", icons: [], firstChild: null, busy: "false", disabled: true });
    // Disabled means a click on the neighbour starts nothing.
    await duplicate.click({ force: true });
    expect((await calls()).filter((c) => c.cmd === "profile_duplicate")).toEqual([]);

    await release("profile_activate");
    await expect.poll(() => use.getAttribute("aria-busy")).toBe("false");
    expect(await look(use)).toEqual({ text: "Use", icons: [], firstChild: null, busy: "false", disabled: false });
    expect(await duplicate.isDisabled()).toBe(false);
  });

  it("does not submit the form it is in, unless it is the form's submit button", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/profiles`, { connection_test: CONNECTED }, { fake: { profiles: [PRODUCTION] } });
    await page.click('[data-profile-id="prod-1"] [data-testid="profile-edit"]');
    const form = page.locator('[data-testid="profile-form"]');
    const sent = async (cmd: string) => (await calls()).filter((c) => c.cmd === cmd).length;
    await form.locator('[data-testid="test-connection"]').click();
    // A submit would have called profile_update in the same task as the click's connection_test.
    await expect.poll(() => sent("connection_test")).toBe(1);
    expect(await sent("profile_update")).toBe(0);
    expect(await form.locator('[data-testid="test-connection"]').getAttribute("type")).toBe("button");
    await form.locator('[data-testid="connection-result"]').waitFor();
    expect(await form.isVisible()).toBe(true);

    expect(await form.locator('[data-testid="profile-save"]').getAttribute("type")).toBe("submit");
    await form.locator('[data-testid="profile-save"]').click();
    await form.waitFor({ state: "detached" });
    expect(await sent("profile_update")).toBe(1);
  });
});
