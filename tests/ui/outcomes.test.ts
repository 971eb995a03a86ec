/**
 * A send's outcome in the built UI, against the fake desk's outbox: queued with Cancel until it
 * leaves (and why a cancel came too late), an unknown outcome with its facts and exactly two decisions
 * — marking it delivered, or sending it again only after a confirmation, once — and the header's
 * indicator of outcomes that wait for a decision, kept fresh after sends and on focus.
 */
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openWithIpc, pageErrors, type IpcCall } from "../support/browser";
import { servedWindow } from "../support/static-server";
import { PRODUCTION, SANDBOX, SENT_BROADCAST, UNKNOWN_BROADCAST } from "../support/fixtures";

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

const callsOf = (calls: IpcCall[], cmd: string) => calls.filter((c) => c.cmd === cmd);
const result = (page: Page) => page.locator('[data-testid="send-result"]').first();
const indicator = (page: Page) => page.locator('[data-testid="needs-attention"]');

describe("a send's outcome", () => {
  it("shows an unknown outcome with its facts and exactly two decisions", async () => {
    const { page } = await openWithIpc(browser, `${url}#/sandbox`, {}, { fake: { profiles: [SANDBOX], activeId: "sandbox-1", plans: ["unknown"] } });
    await page.click('[data-testid="sandbox-send"]');
    const unknown = result(page);
    await expect.poll(() => unknown.getAttribute("data-delivery")).toBe("unknown");
    expect(await unknown.locator(".result-title").textContent()).toBe("Outcome unknown");
    const fact = (name: string) => unknown.locator(`[data-fact="${name}"]`).textContent();
    expect(await fact("attempts")).toBe("3");
    // The last answer in the catalogue's words (core.ftl transport-timeout), and Rust's detail.
    expect(await fact("last-error")).toContain("No answer in time; the message may or may not have been delivered.");
    expect(await fact("last-error")).toContain("no answer within 10 s");
    // Its remedy ("retrying within 5 minutes is safe") is what the pipeline already did: not offered.
    expect(await unknown.textContent()).not.toContain("Retrying the same message");
    expect(await fact("random")).toBe("5000");
    // The first attempt's time, read from the broadcast's row.
    await expect.poll(() => fact("first-attempt")).toMatch(/\d{1,2}:\d{2}:\d{2}/);
    // Exactly two decisions, and nothing else to press.
    expect(await unknown.locator("button").allTextContents()).toEqual(["Mark as delivered", "Send again…"]);
    // The header counts it at once.
    await expect.poll(() => indicator(page).getAttribute("data-count")).toBe("1");
    expect(await indicator(page).textContent()).toBe("1 to decide");
    expect(await indicator(page).getAttribute("aria-label")).toBe("1 broadcast needs your decision");
    expect(pageErrors(page)).toEqual([]);
  });

  it("marks an unknown outcome delivered from the header's list, which then has nothing left", async () => {
    const { page, calls } = await openWithIpc(
      browser,
      `${url}#/compose`,
      {},
      { fake: { profiles: [PRODUCTION], activeId: "prod-1", outbox: [SENT_BROADCAST, UNKNOWN_BROADCAST] } },
    );
    await indicator(page).click();
    const dialog = page.locator('[data-testid="attention-dialog"]');
    const items = dialog.locator('[data-testid="attention-item"]');
    await expect.poll(() => items.count()).toBe(1);
    const item = items.first();
    expect(await item.getAttribute("data-outbox-id")).toBe("b-unknown");
    // Named by its profile and when it was written down; the same facts as a send's own result.
    expect(await item.textContent()).toContain("Live show");
    expect(await item.locator('[data-fact="attempts"]').textContent()).toBe("3");
    expect(await item.locator('[data-fact="last-error"]').textContent()).toContain("Network problem");
    expect(await item.locator('[data-fact="random"]').textContent()).toBe("3333");

    await item.locator('[data-testid="mark-delivered"]').click();
    await expect.poll(() => item.locator('[data-testid="decision"]').getAttribute("data-decision")).toBe("delivered");
    expect(await item.locator('[data-testid="decision"]').textContent()).toBe("Marked as delivered.");
    expect(callsOf(await calls(), "outbox_resolve").map((c) => c.args)).toEqual([{ id: "b-unknown", resolution: "delivered" }]);
    // Nothing waits any more: the indicator goes; the decided item stays until the list is closed.
    await expect.poll(() => indicator(page).count()).toBe(0);
    expect(await item.locator('[data-testid="mark-delivered"]').count()).toBe(0);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("asks before sending again, says it is a new message viewers may see twice, and sends once", async () => {
    const { page, calls } = await openWithIpc(
      browser,
      `${url}#/compose`,
      {},
      { fake: { profiles: [PRODUCTION], activeId: "prod-1", outbox: [UNKNOWN_BROADCAST] } },
    );
    await indicator(page).click();
    const item = page.locator('[data-testid="attention-item"]').first();
    await item.locator('[data-testid="send-again"]').click();
    const confirm = page.locator('[data-testid="confirm-send-again"]');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain("Send it again as a new message?");
    expect(await confirm.textContent()).toContain("a new message with a new Random");
    expect(await confirm.textContent()).toContain("viewers will see the message twice");
    // Nothing is sent by asking, and backing out sends nothing either.
    expect(callsOf(await calls(), "outbox_resolve")).toEqual([]);
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    expect(callsOf(await calls(), "outbox_resolve")).toEqual([]);
    expect(await item.locator('[data-testid="send-again"]').isVisible()).toBe(true);

    await item.locator('[data-testid="send-again"]').click();
    const button = confirm.locator('[data-testid="confirm"]');
    expect(await button.textContent()).toBe("Send as a new message");
    // Two clicks in one task, before any re-render could disable the button.
    await button.evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    await expect.poll(() => confirm.count()).toBe(0);
    expect(callsOf(await calls(), "outbox_resolve").map((c) => c.args)).toEqual([{ id: "b-unknown", resolution: "sentAgain" }]);
    // What the new send came to, under the decision.
    const decision = item.locator('[data-testid="decision"]');
    expect(await decision.getAttribute("data-decision")).toBe("sentAgain");
    expect(await decision.textContent()).toContain("Sent again as a new message.");
    expect(await decision.locator('[data-testid="send-result"]').textContent()).toMatch(/^Sent · MsgSeq \d+ · 12 ms$/);
    await expect.poll(() => indicator(page).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows a send queued with Cancel until it leaves, and cancelled when cancelled", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/sandbox`, {}, { fake: { profiles: [SANDBOX], activeId: "sandbox-1", plans: ["queue"] } });
    await page.click('[data-testid="sandbox-send"]');
    const queued = result(page);
    await expect.poll(() => queued.getAttribute("data-delivery")).toBe("queued");
    expect(await queued.textContent()).toContain("Queued");
    expect(await queued.textContent()).toContain("It can be cancelled until it leaves.");
    // Its place in the line, as Rust reads it from the outbox (nothing else queued: it goes next).
    const place = queued.locator('[data-testid="line-place"]');
    await expect.poll(() => place.getAttribute("data-ahead")).toBe("0");
    expect(await place.textContent()).toMatch(/^Next to leave, in about \d+ s\.$/);
    expect(callsOf(await calls(), "outbox_place")[0]?.args).toEqual({ id: "outbox-1" });
    // Still sending meanwhile: the send button stays busy.
    expect(await page.locator('[data-testid="sandbox-send"]').isDisabled()).toBe(true);

    await queued.locator('[data-testid="cancel-send"]').click();
    await expect.poll(() => result(page).getAttribute("data-cancelled")).toBe("true");
    expect(callsOf(await calls(), "outbox_cancel").map((c) => c.args)).toEqual([{ id: "outbox-1" }]);
    const ended = result(page);
    expect(await ended.getAttribute("data-delivery")).toBe("notSent");
    expect(await ended.getAttribute("data-code")).toBe("CANCELLED");
    expect(await ended.locator(".result-title").textContent()).toBe("Not sent — cancelled");
    // In the catalogue's words (core.ftl error-send-cancelled), not Rust's English.
    expect(await ended.textContent()).toContain("The broadcast was cancelled before it left: it was not sent.");
    expect(await page.locator('[data-testid="sandbox-send"]').isDisabled()).toBe(false);
    // Nothing reached the viewers.
    expect(await page.locator('[data-testid="sandbox-delivery"]').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("says why a cancel came too late, and keeps saying it with the outcome", async () => {
    const { page, release } = await openWithIpc(
      browser,
      `${url}#/sandbox`,
      {
        outbox_cancel: {
          reject: {
            code: "NOT_QUEUED",
            message: "It can no longer be cancelled: an attempt has already left and may be on viewers' screens.",
            messageId: "error-not-queued",
            params: { delivery: "sending" },
          },
        },
      },
      { fake: { profiles: [SANDBOX], activeId: "sandbox-1", plans: ["queue"] } },
    );
    await page.click('[data-testid="sandbox-send"]');
    await page.locator('[data-testid="cancel-send"]').click();
    const refused = page.locator('[data-testid="cancel-refused"]');
    await refused.waitFor();
    expect(await refused.getAttribute("data-code")).toBe("NOT_QUEUED");
    expect(await refused.textContent()).toBe("It can no longer be cancelled: an attempt has already left and may be on viewers' screens.");

    // It had left: the send ends sent, and the reason the cancel failed stays beside it.
    await release("broadcast_send");
    await expect.poll(() => result(page).getAttribute("data-delivery")).toBe("sent");
    expect(await refused.isVisible()).toBe(true);
    await page.locator('[data-testid="sandbox-delivery"]').waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it("reads what needs a decision at start, after each send, and when the window regains focus", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/sandbox`, {}, { fake: { profiles: [SANDBOX], activeId: "sandbox-1", plans: ["sent"] } });
    await page.locator('[data-testid="sandbox-send"]').waitFor();
    await expect.poll(async () => callsOf(await calls(), "outbox_open").length).toBe(1);
    await page.click('[data-testid="sandbox-send"]');
    await expect.poll(() => result(page).getAttribute("data-delivery")).toBe("sent");
    const afterSend = callsOf(await calls(), "outbox_open").length;
    expect(afterSend).toBeGreaterThan(1);
    expect(await indicator(page).count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect.poll(async () => callsOf(await calls(), "outbox_open").length).toBe(afterSend + 1);
  });
});
