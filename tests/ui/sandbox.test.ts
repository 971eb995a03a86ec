/**
 * The Sandbox view in the built UI: the quick send (one call per click, however fast the clicks), the
 * outcome, and deliveries rendered the way viewers would see them, kept live through one channel.
 */
import type { Sent } from "../../ui/src/bindings/Sent";
import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { openWithIpc, pageErrors, type IpcCall } from "../support/browser";
import { servedWindow } from "../support/static-server";
import { CUSTOM_DELIVERY, PRODUCTION, SANDBOX, TEXT_DELIVERY } from "../support/fixtures";

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

const count = (calls: IpcCall[], cmd: string) => calls.filter((c) => c.cmd === cmd).length;

const DELIVERED: Sent = {
  outboxId: "outbox-1",
  delivery: "sent",
  attempts: 1,
  random: 42,
  class: "OK",
  code: 0,
  info: "",
  explanation: { id: "tencent-0", class: "OK", title: "Delivered.", remedy: "", retryAfterSecs: null },
  msgSeq: 31,
  requestId: "req-9",
  transport: null,
  host: "127.0.0.1:47615",
  primaryFailure: null,
  resigned: false,
  httpRequests: 1,
  elapsedMs: 14,
  serverTimeMs: null,
  clockSkew: null,
};

describe("sandbox", () => {
  it("sends once however fast the button is clicked, and shows the outcome", async () => {
    const { page, calls, release } = await openWithIpc(
      browser,
      `${url}#/sandbox`,
      { broadcast_send: { hold: DELIVERED } },
      { fake: { profiles: [PRODUCTION, SANDBOX], activeId: "prod-1" } },
    );
    const text = page.locator('[data-testid="sandbox-text"]');
    await text.waitFor();
    expect(await text.inputValue()).toBe("Welcome to tonight's show! 🎬");
    await text.fill("Encore in 5");
    await expect.poll(() => page.locator('[data-testid="sandbox-from"] option').count()).toBe(3);
    await page.selectOption('[data-testid="sandbox-from"]', "host");

    const send = page.locator('[data-testid="sandbox-send"]');
    // Two clicks in one task, before any re-render could disable the button.
    await send.evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    await expect.poll(() => send.isDisabled()).toBe(true);
    const box = await send.boundingBox();
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await send.getAttribute("aria-busy")).toBe("true");
    expect(count(await calls(), "broadcast_send")).toBe(1);
    const [sent] = (await calls()).filter((c) => c.cmd === "broadcast_send");
    // Through the sandbox profile even though production is the active one, with a channel for its
    // outbox id.
    expect(sent?.args).toEqual({
      id: "sandbox-1",
      draft: { From_Account: "host", MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Encore in 5" } }] },
      // An ordinary send: it waits its turn behind this window's queue.
      emergency: false,
      onQueued: expect.stringMatching(/^__CHANNEL__:\d+$/),
    });

    await release("broadcast_send");
    const result = page.locator('[data-testid="send-result"]');
    await result.waitFor();
    expect(await result.getAttribute("data-ok")).toBe("true");
    expect(await result.getAttribute("data-delivery")).toBe("sent");
    expect(await result.textContent()).toBe("Sent · MsgSeq 31 · 14 ms");
    expect(await send.isDisabled()).toBe(false);
    // The target is named with its colour.
    expect(await page.textContent(".quick-send .profile-chip")).toContain("Sandbox");
  });

  it("explains a refused send", async () => {
    const refused: Sent = {
      ...DELIVERED,
      delivery: "notSent",
      class: "CONFIG",
      code: 10004,
      msgSeq: null,
      explanation: { id: "tencent-10004", class: "CONFIG", title: "The sender does not exist.", remedy: "Import the account first.", retryAfterSecs: null },
    };
    const { page } = await openWithIpc(browser, `${url}#/sandbox`, { broadcast_send: refused }, { fake: { profiles: [SANDBOX], activeId: "sandbox-1" } });
    await page.click('[data-testid="sandbox-send"]');
    const result = page.locator('[data-testid="send-result"]');
    await result.waitFor();
    expect(await result.getAttribute("data-ok")).toBe("false");
    // Worded from the catalogue by the explanation's id (ui/locales/en/core.ftl, tencent-10004), in the
    // window's language, rather than from the English that came with it.
    expect(await result.textContent()).toContain("Tencent refused a parameter of the message.");
    expect(await result.textContent()).toContain("Read Tencent's error text for the field, fix it and send again.");
    expect(await result.textContent()).not.toContain("The sender does not exist.");
    expect(await result.textContent()).toContain("Tencent error 10004");
  });

  it("renders deliveries as viewers see them, newest first, live from one watch", async () => {
    const { page, calls, deliver } = await openWithIpc(
      browser,
      `${url}#/sandbox`,
      { sandbox_deliveries: [TEXT_DELIVERY] },
      { fake: { profiles: [SANDBOX], activeId: "sandbox-1" } },
    );
    const items = page.locator('[data-testid="sandbox-delivery"]');
    await items.first().waitFor();
    expect(await items.first().textContent()).toContain("Doors open in five minutes");
    expect(await items.first().textContent()).toContain("host");
    expect(await items.first().textContent()).toContain("MsgSeq 7");
    expect(await items.first().locator(".bubble").count()).toBe(1);

    await expect.poll(async () => count(await calls(), "sandbox_watch")).toBe(1);
    await deliver(CUSTOM_DELIVERY);
    await expect.poll(() => items.count()).toBe(2);
    const newest = items.first();
    expect(await newest.getAttribute("data-msg-seq")).toBe("8");
    const custom = newest.locator('[data-element="custom"]');
    expect(await custom.textContent()).toContain("Vote for the encore");
    expect(await custom.textContent()).toContain('{"kind":"poll","id":3}');
    const location = newest.locator('[data-element="location"]');
    expect(await location.textContent()).toContain("Main stage");
    expect(await location.textContent()).toContain("1.28000, 103.85000");
    expect(await newest.textContent()).toContain("show=42");

    // Leaving and coming back re-reads the list but never subscribes again.
    await page.keyboard.press("Control+4");
    await page.locator('[data-testid="view-profiles"]').waitFor();
    await page.keyboard.press("Control+5");
    await items.first().waitFor();
    expect(count(await calls(), "sandbox_watch")).toBe(1);
    expect(await items.count()).toBe(2);
    expect(pageErrors(page)).toEqual([]);
  });

  it("a send through the sandbox shows up in the list", async () => {
    const { page } = await openWithIpc(browser, `${url}#/sandbox`, {}, { fake: { profiles: [SANDBOX], activeId: "sandbox-1" } });
    await page.click('[data-testid="sandbox-send"]');
    const item = page.locator('[data-testid="sandbox-delivery"]');
    await item.waitFor();
    expect(await item.textContent()).toContain("Welcome to tonight's show! 🎬");
    expect(await item.textContent()).toContain("sandbox_admin");
    expect(await page.textContent('[data-testid="sandbox-info"]')).toContain("http://127.0.0.1:47615/");
  });
});
