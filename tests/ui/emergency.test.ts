/**
 * The emergency panel in the built UI, against the fake desk: opened from the header on every screen
 * and by the shortcut Rust reports; the app it goes to named unmistakably; the templates marked for
 * emergencies or, with none, how to mark one and a one-off text; and the deliberate second step — a
 * click, a tap of Enter or a short press never sends, a hold (mouse, Space or Enter) sends exactly
 * once, as an emergency, and shows its outcome in place.
 */
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openWithIpc, pageErrors, type FakeDesk, type IpcCall } from "../support/browser";
import { servedWindow } from "../support/static-server";
import { DOORS_TEMPLATE, ENDED_TEMPLATE, PAUSED_TEMPLATE, PRODUCTION, SANDBOX, STAGING } from "../support/fixtures";

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

/** Longer than the hold (1.2 s), with room for a busy machine. */
const HOLD = 1_600;
/** Long enough that a send a click or a tap would have started has been asked for. */
const SETTLE = 1_800;

const sends = async (calls: () => Promise<IpcCall[]>) => (await calls()).filter((c) => c.cmd === "broadcast_send");
const panel = (page: Page) => page.locator('[data-testid="emergency-panel"]');
const holdButton = (page: Page) => page.locator('[data-testid="emergency-send"]');

async function open(hash: string, fake: FakeDesk) {
  const opened = await openWithIpc(browser, `${url}${hash}`, {}, { fake });
  await opened.page.locator('[data-testid="emergency-button"]').waitFor();
  return opened;
}

async function openPanel(page: Page) {
  await page.click('[data-testid="emergency-button"]');
  await panel(page).locator('[data-testid="emergency-target"]').waitFor();
}

/** Presses the mouse on the hold button, keeps it down `ms`, and lets go. */
async function holdMouse(page: Page, ms: number) {
  const box = await holdButton(page).boundingBox();
  if (!box) throw new Error("the hold button is not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

const WITH_TEMPLATES: FakeDesk = {
  profiles: [PRODUCTION, STAGING, SANDBOX],
  activeId: "prod-1",
  templates: [DOORS_TEMPLATE, PAUSED_TEMPLATE, ENDED_TEMPLATE],
};

describe("emergency", () => {
  it("is in the header of every screen and names the app it goes to unmistakably", async () => {
    const { page } = await open("#/history", WITH_TEMPLATES);
    for (const view of ["compose", "profiles", "about"]) {
      await page.click(`.nav-item[data-view="${view}"]`);
      expect(await page.locator('header [data-testid="emergency-button"]').isVisible()).toBe(true);
    }
    const button = page.locator('[data-testid="emergency-button"]');
    expect(await button.textContent()).toBe("Emergency");
    // The shortcut Rust registered, as this platform writes it, in the tooltip and for assistive technology.
    expect(await button.getAttribute("title")).toBe("Emergency broadcast (Ctrl+Shift+F12)");
    expect(await button.getAttribute("aria-keyshortcuts")).toBe("Control+Shift+F12");

    await openPanel(page);
    const target = panel(page).locator('[data-testid="emergency-target"]');
    expect(await target.getAttribute("aria-label")).toBe("Goes to Live show");
    expect(await target.locator('[data-testid="emergency-target-name"]').textContent()).toBe("Live show");
    expect(await target.locator('[data-testid="emergency-target-where"]').textContent()).toBe("SingaporeSDKAppID 1400123456");
    // Its colour down the side, and no sandbox mark.
    expect(await target.evaluate((e) => getComputedStyle(e).borderLeftColor)).toBe("rgb(229, 72, 77)");
    expect(await target.locator('[data-testid="sandbox-badge"]').count()).toBe(0);
    // Only the templates marked for emergencies, the first chosen and shown as viewers will see it.
    expect(await panel(page).locator('[data-testid="emergency-template"]').allTextContents()).toEqual(["Show ended", "Stream paused"]);
    expect(await panel(page).locator('[data-testid="emergency-preview"]').textContent()).toContain("The show has ended. Thank you!");
    expect(await holdButton(page).getAttribute("aria-label")).toBe("Hold to send to Live show");
    expect(await panel(page).locator('[data-testid="emergency-shortcut"]').textContent()).toBe(
      "Ctrl+Shift+F12 opens this panel from anywhere, even while another app is in front.",
    );
    // Ready to hold at once: the send button has the focus.
    expect(await holdButton(page).evaluate((e) => e === document.activeElement)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("never sends on a click or a stray Enter, sends once on a hold, as an emergency, and shows the outcome", async () => {
    const { page, calls } = await open("#/profiles", WITH_TEMPLATES);
    await openPanel(page);
    await panel(page).locator('[data-testid="emergency-template"][data-template-id="tpl-ended"] input').check();

    // A single click.
    await holdButton(page).click();
    await page.waitForTimeout(SETTLE);
    expect(await sends(calls)).toEqual([]);
    expect(await page.textContent('[data-testid="emergency-send-short"]')).toBe("Let go too early: nothing was sent. Hold until the bar is full.");
    // A stray Enter (and a stray Space) on the focused button.
    await holdButton(page).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Space");
    await page.waitForTimeout(SETTLE);
    expect(await sends(calls)).toEqual([]);
    // Half a hold.
    await holdMouse(page, 500);
    await page.waitForTimeout(SETTLE);
    expect(await sends(calls)).toEqual([]);

    // A hold: the bar fills while held, and it goes out once, ahead of the queue.
    const box = await holdButton(page).boundingBox();
    if (!box) throw new Error("no hold button");
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    await expect.poll(() => holdButton(page).getAttribute("data-holding")).toBe("true");
    await page.waitForTimeout(HOLD);
    await page.mouse.up();
    await expect.poll(async () => (await sends(calls)).length).toBe(1);
    expect((await sends(calls))[0]?.args).toEqual({
      id: "prod-1",
      draft: ENDED_TEMPLATE.body,
      emergency: true,
      onQueued: expect.stringMatching(/^__CHANNEL__:\d+$/),
    });
    const result = panel(page).locator('[data-testid="send-result"]');
    await expect.poll(() => result.getAttribute("data-delivery")).toBe("sent");
    expect(await result.textContent()).toMatch(/^Sent · MsgSeq 101 · \d+ ms$/);

    // A second hold sends nothing: one send per opening.
    expect(await holdButton(page).isDisabled()).toBe(true);
    await holdMouse(page, HOLD);
    await page.keyboard.down("Space");
    await page.waitForTimeout(HOLD);
    await page.keyboard.up("Space");
    await page.waitForTimeout(300);
    expect((await sends(calls)).length).toBe(1);
    // History says it was an emergency.
    await page.keyboard.press("Escape");
    await page.click('.nav-item[data-view="history"]');
    const row = page.locator('[data-testid="history-item"]').first();
    await row.waitFor();
    expect(await row.textContent()).toContain("Emergency");

    // Sending another is a deliberate new start, and again takes a hold.
    await openPanel(page);
    expect(await holdButton(page).isDisabled()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });

  it("sends with Space or Enter held down, key repeats and all", async () => {
    const { page, calls } = await open("#/compose", WITH_TEMPLATES);
    await openPanel(page);
    await holdButton(page).focus();
    // Playwright repeats a held key as the system does: keydown after keydown, marked as repeats.
    await page.keyboard.down("Enter");
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(HOLD / 8);
      await page.keyboard.down("Enter");
    }
    await page.keyboard.up("Enter");
    await expect.poll(async () => (await sends(calls)).length).toBe(1);
    // Templates come by name (as Rust lists them): the first emergency one is chosen to begin with.
    expect((await sends(calls))[0]?.args).toMatchObject({ id: "prod-1", draft: ENDED_TEMPLATE.body, emergency: true });
    await panel(page).locator('[data-testid="send-result"][data-delivery="sent"]').waitFor();

    await panel(page).locator('[data-testid="emergency-another"]').click();
    await holdButton(page).focus();
    await page.keyboard.down("Space");
    await page.waitForTimeout(HOLD);
    await page.keyboard.up("Space");
    await expect.poll(async () => (await sends(calls)).length).toBe(2);
    expect(pageErrors(page)).toEqual([]);
  });

  it("with no emergency template, says how to mark one and sends a one-off text", async () => {
    const { page, calls } = await open("#/history", { profiles: [PRODUCTION], activeId: "prod-1", templates: [DOORS_TEMPLATE] });
    await openPanel(page);
    const notice = panel(page).locator('[data-testid="emergency-no-templates"]');
    expect(await notice.textContent()).toContain("In Compose, save a message as a template and mark it for emergencies");
    expect(await panel(page).locator('[data-testid="emergency-template"]').count()).toBe(0);
    // Nothing to send yet: the text field has the focus, the hold is off.
    const text = panel(page).locator('[data-testid="emergency-text"]');
    expect(await text.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await holdButton(page).isDisabled()).toBe(true);
    await page.keyboard.type("Technical problem, back soon");
    // Enter in the text field is a new line, never a send.
    await page.keyboard.press("Enter");
    await page.waitForTimeout(SETTLE);
    expect(await sends(calls)).toEqual([]);
    await holdMouse(page, HOLD);
    await expect.poll(async () => (await sends(calls)).length).toBe(1);
    expect((await sends(calls))[0]?.args).toMatchObject({
      id: "prod-1",
      draft: { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Technical problem, back soon\n" } }] },
      emergency: true,
    });
    expect(pageErrors(page)).toEqual([]);
  });

  it("opens from the shortcut Rust reports, and says when the system does not allow one", async () => {
    const ready = await open("#/compose", WITH_TEMPLATES);
    expect(await panel(ready.page).count()).toBe(0);
    await ready.pressShortcut();
    await panel(ready.page).locator('[data-testid="emergency-target"]').waitFor();

    const { page } = await open("#/compose", {
      ...WITH_TEMPLATES,
      shortcut: { state: "unavailable", problem: "wayland", detail: "" },
    });
    // The same keys still open it while the window is in front.
    await page.keyboard.press("Control+Shift+F12");
    const note = panel(page).locator('[data-testid="emergency-shortcut"]');
    await note.waitFor();
    expect(await note.getAttribute("data-state")).toBe("unavailable");
    expect(await note.textContent()).toBe(
      "Ctrl+Shift+F12 cannot open this panel from other apps here: Wayland does not let apps use global shortcuts. " +
        "It still works while this window is in front; or use the Emergency button.",
    );
    // The app works on: the panel sends all the same.
    await holdMouse(page, HOLD);
    await panel(page).locator('[data-testid="send-result"][data-delivery="sent"]').waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it("marks the sandbox as such, and with no profile in use sends nowhere", async () => {
    const { page } = await open("#/compose", { profiles: [PRODUCTION, SANDBOX], activeId: "sandbox-1", templates: [PAUSED_TEMPLATE] });
    await openPanel(page);
    const target = panel(page).locator('[data-testid="emergency-target"]');
    expect(await target.getAttribute("data-sandbox")).toBe("true");
    expect(await target.locator('[data-testid="sandbox-badge"]').count()).toBe(1);
    expect(await target.textContent()).toContain("This computer");
    expect(await target.textContent()).toContain("nobody is watching");
    expect(await holdButton(page).getAttribute("aria-label")).toBe("Hold to send to Sandbox");

    const none = await open("#/compose", { profiles: [PRODUCTION], activeId: null, templates: [PAUSED_TEMPLATE] });
    await none.page.click('[data-testid="emergency-button"]');
    const missing = panel(none.page).locator('[data-testid="emergency-no-profile"]');
    await missing.waitFor();
    expect(await holdButton(none.page).count()).toBe(0);
    await missing.locator("button").click();
    await none.page.locator('[data-testid="view-profiles"]').waitFor();
    expect(await panel(none.page).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });
});
