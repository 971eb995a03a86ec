/**
 * The History view in the built UI, against the fake desk's outbox: every broadcast newest first with
 * its time, profile colour, outcome, source, attempts and MsgSeq; filters that ask Rust (never filter
 * in the page); details with every attempt, the Random, target, OS user and the exact body; the
 * decisions and Cancel where they apply; usable from the keyboard.
 */
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openWithIpc, pageErrors, type IpcCall } from "../support/browser";
import { servedWindow } from "../support/static-server";
import {
  NOT_SENT_BROADCAST,
  PRODUCTION,
  QUEUED_BROADCAST,
  SANDBOX,
  SENT_BROADCAST,
  STAGING,
  UNKNOWN_BROADCAST,
} from "../support/fixtures";
import type { HistoryFilter } from "../../ui/src/bindings/HistoryFilter";

/** The filter with nothing set, as the window sends it (every field, null). */
const NO_FILTER: HistoryFilter = { sinceMs: null, untilMs: null, profileId: null, delivery: null, source: null, text: null };

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

const OUTBOX = [SENT_BROADCAST, NOT_SENT_BROADCAST, UNKNOWN_BROADCAST, QUEUED_BROADCAST];
const callsOf = (calls: IpcCall[], cmd: string) => calls.filter((c) => c.cmd === cmd);
const items = (page: Page) => page.locator('[data-testid="history-item"]');
const ids = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-outbox-id")));
const item = (page: Page, id: string) => page.locator(`[data-testid="history-item"][data-outbox-id="${id}"]`);

async function open() {
  const opened = await openWithIpc(browser, `${url}#/history`, {}, {
    fake: { profiles: [PRODUCTION, STAGING, SANDBOX], activeId: "prod-1", outbox: OUTBOX },
  });
  await items(opened.page).first().waitFor();
  return opened;
}

describe("history", () => {
  it("lists every broadcast newest first: time, profile and colour, outcome, source, attempts, MsgSeq", async () => {
    const { page } = await open();
    expect(await ids(page)).toEqual(["b-queued", "b-unknown", "b-not-sent", "b-sent"]);
    const sent = item(page, "b-sent");
    // In the producer's language and clock, to the second.
    expect(await sent.locator("time").textContent()).toBe("Dec 29, 2025, 9:20:00 AM");
    expect(await sent.locator(".profile-chip").textContent()).toBe("Live show");
    expect(await sent.locator(".color-dot").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(229, 72, 77)");
    expect(await sent.locator('[data-testid="history-outcome-badge"]').textContent()).toBe("Sent");
    expect(await sent.textContent()).toContain("bdesk");
    expect(await sent.locator('[data-testid="history-attempts"]').textContent()).toBe("1 attempt");
    expect(await sent.locator('[data-testid="history-msg-seq"]').textContent()).toBe("MsgSeq 771");

    const refused = item(page, "b-not-sent");
    expect(await refused.locator(".profile-chip").textContent()).toBe("Staging");
    expect(await refused.locator(".color-dot").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(0, 144, 255)");
    expect(await refused.locator('[data-testid="history-outcome-badge"]').textContent()).toBe("Not sent");
    expect(await refused.textContent()).toContain("Window");
    expect(await refused.locator('[data-testid="history-msg-seq"]').count()).toBe(0);
    expect(await item(page, "b-unknown").locator('[data-testid="history-outcome-badge"]').textContent()).toBe("Outcome unknown");
    expect(await item(page, "b-unknown").locator('[data-testid="history-attempts"]').textContent()).toBe("3 attempts");
    expect(await item(page, "b-queued").locator('[data-testid="history-outcome-badge"]').textContent()).toBe("Queued");
    expect(pageErrors(page)).toEqual([]);
  });

  it("filters by outcome and by profile, through Rust", async () => {
    const { page, calls } = await open();
    expect(callsOf(await calls(), "history").at(-1)?.args).toEqual({ filter: NO_FILTER, limit: 100 });

    await page.selectOption('[data-testid="history-outcome"]', "unknown");
    await expect.poll(() => ids(page)).toEqual(["b-unknown"]);
    expect(callsOf(await calls(), "history").at(-1)?.args).toEqual({ filter: { ...NO_FILTER, delivery: "unknown" }, limit: 100 });
    // The outcome filter offers each outcome in words.
    expect(await page.locator('[data-testid="history-outcome"] option').allTextContents()).toEqual([
      "All outcomes",
      "Outcome unknown",
      "Not sent",
      "Sent",
      "Queued",
      "Sending",
    ]);

    await page.selectOption('[data-testid="history-outcome"]', "");
    await page.selectOption('[data-testid="history-profile"]', "stage-1");
    await expect.poll(() => ids(page)).toEqual(["b-not-sent"]);
    expect(callsOf(await calls(), "history").at(-1)?.args).toEqual({ filter: { ...NO_FILTER, profileId: "stage-1" }, limit: 100 });
    expect(await page.locator('[data-testid="history-profile"] option').allTextContents()).toEqual(["All profiles", "Live show", "Staging", "Sandbox"]);

    // Both at once, and nothing matches: said so, rather than the first-run empty state.
    await page.selectOption('[data-testid="history-outcome"]', "sent");
    await expect.poll(() => items(page).count()).toBe(0);
    expect(await page.textContent('[data-testid="history-none"]')).toBe("No broadcasts match these filters.");
    expect(pageErrors(page)).toEqual([]);
  });

  it("opens a broadcast's details from the keyboard: every attempt, Random, target, OS user, the exact body", async () => {
    const { page } = await open();
    const row = item(page, "b-not-sent").locator('[data-testid="history-row"]');
    await row.focus();
    expect(await row.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    await expect.poll(() => row.getAttribute("aria-expanded")).toBe("true");
    const details = page.locator(`#${(await row.getAttribute("aria-controls")) ?? ""}`);
    expect(await details.getAttribute("role")).toBe("region");
    expect(await details.getAttribute("aria-label")).toBe("Details of the broadcast of Dec 29, 2025, 9:21:00 AM");
    const fact = (name: string) => details.locator(`[data-fact="${name}"]`).textContent();
    await details.locator('[data-testid="details-body"]').waitFor();
    expect(await fact("outcome")).toBe("Not sent");
    expect(await fact("random")).toBe("2222");
    expect(await fact("target")).toBe("127.0.0.1:9000");
    expect(await fact("os-user")).toBe("producer");
    expect(await fact("source")).toBe("Window");
    expect(await fact("profile")).toBe("Staging");
    expect(await fact("last-error")).toContain("A setting needs fixing");
    expect(await fact("last-error")).toContain("Tencent error 10004");

    const attempts = details.locator('[data-testid="attempt"]');
    expect(await attempts.count()).toBe(1);
    expect(await details.locator("thead th").allTextContents()).toEqual(["#", "Time", "Host", "Answer", "Code", "Details", "Time taken"]);
    expect(await attempts.first().locator("td").allTextContents()).toEqual([
      "1",
      "09:21:00 AM",
      "127.0.0.1:9000",
      "A setting needs fixing",
      "10004",
      "From_Account is not an account of this app",
      "87 ms",
    ]);
    // The body exactly as sent, indented for reading; the same JSON, key order and all.
    const body = (await details.locator('[data-testid="details-body"]').textContent()) ?? "";
    expect(body).toBe(
      [
        "{",
        '  "From_Account": "ghost",',
        '  "MsgBody": [',
        "    {",
        '      "MsgType": "TIMTextElem",',
        '      "MsgContent": {',
        '        "Text": "Encore"',
        "      }",
        "    }",
        "  ],",
        '  "Random": 2222',
        "}",
      ].join("\n"),
    );
    expect(JSON.stringify(JSON.parse(body))).toBe(NOT_SENT_BROADCAST.body);
    // Neither decisions nor Cancel: it ended, and it did not go out.
    expect(await details.locator('[data-testid="mark-delivered"], [data-testid="cancel-send"]').count()).toBe(0);

    // Enter again closes it.
    await page.keyboard.press("Enter");
    await expect.poll(() => details.count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("decides an unknown outcome in its details, and lists the new message when sent again", async () => {
    const { page, calls } = await open();
    await item(page, "b-unknown").locator('[data-testid="history-row"]').click();
    const details = item(page, "b-unknown").locator('[data-testid="history-details"]');
    const unknown = details.locator('[data-testid="send-result"][data-delivery="unknown"]');
    await unknown.waitFor();
    expect(await unknown.locator('[data-fact="attempts"]').textContent()).toBe("3");
    expect(await details.locator('[data-testid="attempt"]').count()).toBe(3);
    await unknown.locator('[data-testid="send-again"]').click();
    await page.locator('[data-testid="confirm-send-again"] [data-testid="confirm"]').click();
    await expect.poll(() => unknown.locator('[data-testid="decision"]').getAttribute("data-decision")).toBe("sentAgain");
    expect(callsOf(await calls(), "outbox_resolve").map((c) => c.args)).toEqual([{ id: "b-unknown", resolution: "sentAgain" }]);
    // The list re-reads: the new broadcast on top, sent; the old one says it was sent again, and as what.
    await expect.poll(() => ids(page)).toEqual(["outbox-5", "b-queued", "b-unknown", "b-not-sent", "b-sent"]);
    expect(await item(page, "outbox-5").locator('[data-testid="history-outcome-badge"]').textContent()).toBe("Sent");
    expect(await item(page, "b-unknown").locator('[data-testid="history-outcome-badge"]').textContent()).toBe("Sent again");
    await expect.poll(() => details.locator('[data-fact="resent-as"]').textContent()).toBe("outbox-5");
    expect(pageErrors(page)).toEqual([]);
  });

  it("cancels a queued broadcast from its details", async () => {
    const { page, calls } = await open();
    await item(page, "b-queued").locator('[data-testid="history-row"]').click();
    const details = item(page, "b-queued").locator('[data-testid="history-details"]');
    await details.locator('[data-testid="cancel-send"]').click();
    await expect.poll(() => item(page, "b-queued").locator('[data-testid="history-outcome-badge"]').textContent()).toBe("Cancelled");
    expect(callsOf(await calls(), "outbox_cancel").map((c) => c.args)).toEqual([{ id: "b-queued" }]);
    await expect.poll(() => details.locator('[data-fact="outcome"]').textContent()).toBe("Cancelled");
    expect(await details.locator('[data-fact="cancelled"]').count()).toBe(1);
    expect(await details.locator('[data-testid="cancel-send"]').count()).toBe(0);
    expect(await details.locator('[data-testid="no-attempts"]').textContent()).toBe("No attempt left this computer.");
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows a send from the sandbox at once, with its MsgSeq", async () => {
    const { page } = await openWithIpc(browser, `${url}#/sandbox`, {}, { fake: { profiles: [SANDBOX], activeId: "sandbox-1" } });
    await page.click('[data-testid="sandbox-send"]');
    const result = page.locator('[data-testid="send-result"]');
    await expect.poll(() => result.getAttribute("data-delivery")).toBe("sent");
    const seq = /MsgSeq (\d+)/.exec((await result.textContent()) ?? "")?.[1];
    await page.click('.nav-item[data-view="history"]');
    await items(page).first().waitFor();
    expect(await items(page).first().locator('[data-testid="history-msg-seq"]').textContent()).toBe(`MsgSeq ${seq}`);
    expect(await items(page).first().locator(".profile-chip").textContent()).toBe("Sandbox");
  });

  it("says when nothing was sent yet", async () => {
    const { page } = await openWithIpc(browser, `${url}#/history`, {}, { fake: { profiles: [PRODUCTION], activeId: "prod-1" } });
    await page.locator(".empty h2").waitFor();
    expect(await page.textContent(".empty h2")).toBe("No broadcasts sent yet");
    expect(await page.locator('[data-testid="history-outcome"]').isVisible()).toBe(true);
  });

  it("searches through Rust: text in the body, a Random, a MsgSeq, an outbox id, after a pause in typing", async () => {
    const { page, calls } = await open();
    const search = page.locator('[data-testid="history-search"]');
    expect(await search.getAttribute("placeholder")).toBe("Text, Random, MsgSeq or outbox id");
    await search.pressSequentially("encore", { delay: 30 });
    await expect.poll(() => ids(page)).toEqual(["b-not-sent"]);
    // A read per pause in typing, not one per letter: one for the word (more only when a loaded machine
    // stalled between two keys longer than the pause), the last for the whole word.
    const reads = callsOf(await calls(), "history")
      .map((c) => (c.args as { filter: HistoryFilter }).filter.text)
      .filter((text) => text !== null);
    expect(reads.at(-1)).toBe("encore");
    expect(reads.every((text) => "encore".startsWith(text))).toBe(true);
    expect(reads.length).toBeLessThan("encore".length);
    // An outbox id whole, or its first 8 characters or more: shorter is a number or words.
    for (const [text, expected] of [["b-que", []], ["3333", ["b-unknown"]], ["771", ["b-sent"]], ["B-QUEUED", ["b-queued"]], ["nothing like it", []]] as const) {
      await search.fill(text);
      await search.press("Enter");
      await expect.poll(() => ids(page)).toEqual(expected);
    }
    expect(await page.textContent('[data-testid="history-none"]')).toBe("No broadcasts match these filters.");
    expect(callsOf(await calls(), "history").at(-1)?.args).toEqual({ filter: { ...NO_FILTER, text: "nothing like it" }, limit: 100 });
    expect(pageErrors(page)).toEqual([]);
  });

  it("filters by source and by the producer's own days, through Rust", async () => {
    const { page, calls } = await open();
    expect(await page.locator('[data-testid="history-source"] option').allTextContents()).toEqual(["All sources", "Window", "Emergency", "Schedule", "bdesk"]);
    await page.selectOption('[data-testid="history-source"]', "cli");
    await expect.poll(() => ids(page)).toEqual(["b-queued", "b-sent"]);
    await page.selectOption('[data-testid="history-source"]', "");

    // From the 29th to the 29th: the whole local day, midnight to midnight.
    await page.fill('[data-testid="history-since"]', "2025-12-29");
    await page.fill('[data-testid="history-until"]', "2025-12-29");
    const [since, until] = await page.evaluate(() => [new Date(2025, 11, 29).getTime(), new Date(2025, 11, 30).getTime()]);
    await expect.poll(async () => callsOf(await calls(), "history").at(-1)?.args).toEqual({ filter: { ...NO_FILTER, sinceMs: since, untilMs: until }, limit: 100 });
    expect(await ids(page)).toEqual(["b-queued", "b-unknown", "b-not-sent", "b-sent"]);
    await page.fill('[data-testid="history-since"]', "2025-12-30");
    await expect.poll(() => ids(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("exports what the filters list to CSV or JSON and says where the file is", async () => {
    const { page, calls } = await open();
    await page.selectOption('[data-testid="history-profile"]', "prod-1");
    await expect.poll(() => ids(page)).toEqual(["b-queued", "b-unknown", "b-sent"]);
    await page.click('[data-testid="history-export-csv"]');
    const done = page.locator('[data-testid="history-exported"]');
    await done.waitFor();
    expect(await done.textContent()).toBe("Saved 3 broadcasts to /home/producer/Downloads/broadcast-desk-history-2025-12-30T10-00-00Z.csv");
    expect(callsOf(await calls(), "history_export").map((c) => c.args)).toEqual([{ filter: { ...NO_FILTER, profileId: "prod-1" }, format: "csv" }]);
    // Another filter: the message about the last file goes.
    await page.selectOption('[data-testid="history-outcome"]', "sent");
    await expect.poll(() => done.count()).toBe(0);
    await page.click('[data-testid="history-export-json"]');
    await expect.poll(() => done.textContent()).toBe("Saved 1 broadcast to /home/producer/Downloads/broadcast-desk-history-2025-12-30T10-00-00Z.json");
    expect(callsOf(await calls(), "history_export").at(-1)?.args).toEqual({ filter: { ...NO_FILTER, profileId: "prod-1", delivery: "sent" }, format: "json" });
    // Typed and exported at once, before the search's pause: the export is of what was typed, and its
    // message stays when the list catches up with the same search.
    await page.fill('[data-testid="history-search"]', "doors");
    await page.click('[data-testid="history-export-csv"]');
    expect(callsOf(await calls(), "history_export").at(-1)?.args).toEqual({ filter: { ...NO_FILTER, profileId: "prod-1", delivery: "sent", text: "doors" }, format: "csv" });
    await expect.poll(async () => callsOf(await calls(), "history").at(-1)?.args).toEqual({ filter: { ...NO_FILTER, profileId: "prod-1", delivery: "sent", text: "doors" }, limit: 100 });
    expect(await done.count()).toBe(1);
    await page.fill('[data-testid="history-search"]', "");
    // Nothing listed, nothing to export.
    await page.selectOption('[data-testid="history-outcome"]', "notSent");
    await expect.poll(() => page.locator('[data-testid="history-export-csv"]').isDisabled()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("sends a past broadcast again after a confirmation that names the profile and warns it may be seen twice", async () => {
    const { page, calls } = await open();
    await item(page, "b-sent").locator('[data-testid="history-row"]').click();
    const details = item(page, "b-sent").locator('[data-testid="history-details"]');
    await details.locator('[data-testid="history-send-again"]').click();
    const dialog = page.locator('[data-testid="confirm-history-send-again"]');
    await dialog.waitFor();
    expect(await dialog.locator(".dialog-title").textContent()).toBe("Send this broadcast again?");
    expect(await dialog.locator(".dialog-body").textContent()).toBe(
      "It goes out again through Live show as a new message, with a new Random. Viewers already saw it once: they will see it twice.",
    );
    expect(await dialog.locator(".profile-chip .color-dot").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(229, 72, 77)");
    // Cancel sends nothing; the destructive button is not the default.
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(callsOf(await calls(), "broadcast_send_again")).toEqual([]);

    await details.locator('[data-testid="history-send-again"]').click();
    await dialog.locator('[data-testid="confirm"]').click();
    await expect.poll(() => details.locator('[data-testid="send-result"]').getAttribute("data-delivery")).toBe("sent");
    expect(callsOf(await calls(), "broadcast_send_again").map((c) => c.args)).toEqual([{ id: "b-sent", onQueued: expect.stringMatching(/^__CHANNEL__:\d+$/) }]);
    // The new broadcast is on top; the first is left as it was.
    await expect.poll(() => ids(page)).toEqual(["outbox-5", "b-queued", "b-unknown", "b-not-sent", "b-sent"]);
    expect(await item(page, "b-sent").locator('[data-testid="history-outcome-badge"]').textContent()).toBe("Sent");
    expect(pageErrors(page)).toEqual([]);
  });

  // Apart from the test above: together they outlasted the test timeout once on a loaded machine.
  it("says a not-sent one was not sent, and offers no send-again for an undecided unknown or a queued one", async () => {
    const { page } = await open();
    const dialog = page.locator('[data-testid="confirm-history-send-again"]');
    // One that was not sent says so; an unknown one nobody decided on offers its own decisions instead.
    await item(page, "b-not-sent").locator('[data-testid="history-row"]').click();
    await item(page, "b-not-sent").locator('[data-testid="history-send-again"]').click();
    await expect.poll(() => dialog.locator(".dialog-body").textContent()).toBe(
      "It goes out through Staging as a new message, with a new Random. The first one was not sent.",
    );
    await page.keyboard.press("Escape");
    await item(page, "b-unknown").locator('[data-testid="history-row"]').click();
    await item(page, "b-unknown").locator('[data-testid="send-result"][data-delivery="unknown"]').waitFor();
    expect(await item(page, "b-unknown").locator('[data-testid="history-send-again"]').count()).toBe(0);
    await item(page, "b-queued").locator('[data-testid="history-row"]').click();
    await item(page, "b-queued").locator('[data-testid="cancel-send"]').waitFor();
    expect(await item(page, "b-queued").locator('[data-testid="history-send-again"]').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });
});
