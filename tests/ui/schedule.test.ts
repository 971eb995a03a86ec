/**
 * The Schedule view in the built UI, against the fake desk's schedule (checked as Rust checks it,
 * against the page's clock, which each test sets): every status in its exact words, both zones when
 * the computer's clock reads otherwise, one ticking countdown, the form's problems beside their
 * fields in Rust's words (a past time with the time and zone it was read as), an edit that holds its
 * item and lets it go, a save refused because it started sending, a cancel that names the item, and
 * Compose's "Schedule…".
 */
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openWithIpc, pageErrors, type FakeDesk, type IpcCall } from "../support/browser";
import { servedWindow } from "../support/static-server";
import { DOORS_TEMPLATE, NOT_SENT_BROADCAST, PRODUCTION, SANDBOX, STAGING, UNKNOWN_BROADCAST } from "../support/fixtures";
import type { ScheduleItem } from "../../ui/src/bindings/ScheduleItem";
import type { ScheduleDraft } from "../../ui/src/bindings/ScheduleDraft";

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

/** 2026-11-30 09:00 UTC: 09:00 in London (the computer's zone in these tests), 18:00 in Seoul. */
const NOW = Date.UTC(2026, 10, 30, 9, 0, 0);
const HOUR = 3_600_000;

function item(id: string, over: Partial<ScheduleItem>): ScheduleItem {
  return {
    id,
    profileId: PRODUCTION.profile.id,
    profileName: PRODUCTION.profile.name,
    body: { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: `Text of ${id}` } }] },
    at: "2026-11-30T20:00",
    zone: "Asia/Seoul",
    repeat: { kind: "once" },
    end: { kind: "never" },
    missed: { kind: "sendIfLate", maxSecs: 900 },
    label: null,
    status: "scheduled",
    nextAt: null,
    nextNote: null,
    lastRun: null,
    clashes: [],
    createdAt: NOW - 24 * HOUR,
    updatedAt: NOW - 24 * HOUR,
    ...over,
  };
}

const run = (over: Partial<NonNullable<ScheduleItem["lastRun"]>>): NonNullable<ScheduleItem["lastRun"]> => ({
  n: 0,
  dueAt: NOW - 2 * HOUR,
  lateMs: 0,
  state: "sent",
  outboxId: "b-x",
  msgSeq: null,
  ...over,
});

// 20:00 in Seoul is 11:00 UTC, 11:00 in London.
const SEOUL = item("s-seoul", { label: "Doors open", nextAt: NOW + 2 * HOUR });
const LONDON = item("s-london", {
  at: "2026-12-01T18:30",
  zone: "Europe/London",
  repeat: { kind: "daily" },
  end: { kind: "count", times: 3 },
  missed: { kind: "skip" },
  nextAt: Date.UTC(2026, 11, 1, 18, 30),
  profileId: STAGING.profile.id,
  profileName: STAGING.profile.name,
});
const WEEKLY = item("s-weekly", {
  at: "2026-03-29T02:30",
  zone: "Europe/Berlin",
  repeat: { kind: "weekly", days: ["sun", "wed"] },
  end: { kind: "until", date: "2027-06-30" },
  missed: { kind: "ask" },
  nextAt: Date.UTC(2026, 11, 2, 1, 30),
  nextNote: { kind: "gap", sentAt: "03:30" },
  label: "Weekly reminder",
  lastRun: run({ state: "sent", msgSeq: 640, dueAt: Date.UTC(2026, 10, 29, 1, 30) }),
});
const SENDING = item("s-sending", { status: "sending", lastRun: run({ state: "sending", dueAt: NOW - 1000 }) });
const SENT = item("s-sent", { status: "done", lastRun: run({ state: "sent", msgSeq: 812, dueAt: Date.UTC(2026, 10, 30, 8, 0), lateMs: 2000 }) });
const NOT_SENT = item("s-not-sent", { status: "done", lastRun: run({ state: "notSent", outboxId: NOT_SENT_BROADCAST.entry.id }) });
const UNKNOWN = item("s-unknown", { status: "done", lastRun: run({ state: "unknown", outboxId: UNKNOWN_BROADCAST.entry.id }) });
const WAITING = item("s-waiting", { status: "waiting", missed: { kind: "ask" }, nextAt: null, lastRun: run({ state: "missed", lateMs: 40 * 60_000, dueAt: NOW - 40 * 60_000 }) });
const SKIPPED = item("s-skipped", { status: "done", lastRun: run({ state: "skipped", lateMs: 17 * 60_000 }) });
const CANCELLED = item("s-cancelled", { status: "cancelled", nextAt: NOW + 5 * HOUR });
const FOR_SANDBOX = item("s-sandbox", { profileId: SANDBOX.profile.id, profileName: SANDBOX.profile.name, nextAt: NOW + 3 * HOUR });

const ALL = [SEOUL, FOR_SANDBOX, WEEKLY, LONDON, SENDING, WAITING, SENT, NOT_SENT, UNKNOWN, SKIPPED, CANCELLED];

const row = (page: Page, id: string) => page.locator(`[data-testid="schedule-item"][data-item-id="${id}"]`);
const status = (page: Page, id: string) => row(page, id).locator('[data-testid="schedule-status"]');
const callsOf = (calls: IpcCall[], cmd: string) => calls.filter((c) => c.cmd === cmd);

async function open(fake: Partial<FakeDesk> = {}, hash = "#/scheduled") {
  const opened = await openWithIpc(browser, `${url}${hash}`, {}, {
    fake: {
      profiles: [PRODUCTION, STAGING, SANDBOX],
      activeId: PRODUCTION.profile.id,
      outbox: [NOT_SENT_BROADCAST, UNKNOWN_BROADCAST],
      schedule: ALL,
      templates: [DOORS_TEMPLATE],
      ...fake,
    },
    timezoneId: "Europe/London",
    clockAt: NOW,
  });
  return opened;
}

describe("the schedule list", () => {
  it("says each status in exact words", async () => {
    const { page } = await open();
    await row(page, "s-seoul").waitFor();
    expect(await status(page, "s-seoul").textContent()).toBe("Will be sent at Nov 30, 2026, 8:00 PM");
    expect(await status(page, "s-sending").textContent()).toBe("Sending");
    expect(await status(page, "s-sent").textContent()).toBe("Sent at Nov 30, 2026, 5:00:02 PM (MsgSeq 812)");
    expect(await status(page, "s-skipped").textContent()).toBe("Skipped: 17 minutes late");
    expect(await status(page, "s-cancelled").textContent()).toBe("Cancelled");
    expect(await status(page, "s-waiting").locator(".run-line").textContent()).toBe("Missed — waiting for you");
    // Not sent: the reason and Tencent's remedy, read from the outbox as History shows it.
    const why = status(page, "s-not-sent").locator('[data-testid="not-sent-why"]');
    await why.waitFor();
    expect(await status(page, "s-not-sent").locator(".run-line").textContent()).toBe("Not sent");
    expect(await why.textContent()).toContain("10004");
    expect(await why.textContent()).toContain("From_Account is not an account of this app");
    // Outcome unknown: its facts and the two decisions, the one component the window uses for it.
    const unknown = status(page, "s-unknown").locator('[data-testid="send-result"][data-delivery="unknown"]');
    await unknown.waitFor();
    expect(await unknown.locator('[data-fact="attempts"]').textContent()).toBe("3");
    expect(await unknown.locator('[data-testid="mark-delivered"]').count()).toBe(1);
    expect(await unknown.locator('[data-testid="send-again"]').count()).toBe(1);
    // A repeating item that has sent shows its next send and how the last one went.
    expect(await status(page, "s-weekly").locator('[data-testid="schedule-last"]').textContent()).toBe(
      "Last time:Sent at Nov 29, 2026, 2:30 AM (MsgSeq 640)",
    );
    // Ended items have no countdown and cannot be cancelled again.
    expect(await row(page, "s-cancelled").locator('[data-testid="schedule-countdown"]').count()).toBe(0);
    expect(await row(page, "s-cancelled").locator('[data-testid="schedule-cancel"]').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows each item in its zone, and on this computer's clock when that reads otherwise", async () => {
    const { page } = await open();
    const seoul = row(page, "s-seoul");
    await seoul.waitFor();
    expect(await seoul.locator('[data-testid="schedule-label"]').textContent()).toBe("Doors open");
    expect(await seoul.locator('[data-testid="schedule-summary"]').textContent()).toBe("Text of s-seoul");
    expect(await seoul.locator('[data-testid="schedule-profile"]').textContent()).toBe("Live show");
    expect(await seoul.locator(".color-dot").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(229, 72, 77)");
    expect(await seoul.locator('[data-testid="schedule-when"]').textContent()).toBe("Nov 30, 2026, 8:00 PM (Asia/Seoul)");
    expect(await seoul.locator('[data-testid="schedule-when-here"]').textContent()).toBe("Nov 30, 2026, 11:00 AM on this computer");
    expect(await seoul.locator('[data-testid="schedule-repeat"]').textContent()).toBe("Once");
    expect(await seoul.locator('[data-testid="schedule-missed"]').textContent()).toBe("If missed: sent if at most 15 minutes late, else skipped");

    // London is this computer's zone: said once.
    const london = row(page, "s-london");
    expect(await london.locator('[data-testid="schedule-when"]').textContent()).toBe("Dec 1, 2026, 6:30 PM (Europe/London)");
    expect(await london.locator('[data-testid="schedule-when-here"]').count()).toBe(0);
    expect(await london.locator('[data-testid="schedule-label"]').textContent()).toBe("Text of s-london");
    expect(await london.locator('[data-testid="schedule-repeat"]').textContent()).toBe("Every day, 3 times");
    expect(await london.locator('[data-testid="schedule-missed"]').textContent()).toBe("If missed: skipped");
    expect(await london.locator('[data-testid="schedule-profile"]').textContent()).toBe("Staging");
    // An item for the sandbox says so, as the header does.
    expect(await row(page, "s-sandbox").locator('[data-testid="schedule-profile"] .profile-chip-name').textContent()).toBe("Sandbox");
    expect(await row(page, "s-sandbox").locator('[data-testid="schedule-profile"] [data-testid="sandbox-badge"]').count()).toBe(1);
    expect(await seoul.locator('[data-testid="sandbox-badge"]').count()).toBe(0);

    const weekly = row(page, "s-weekly");
    expect(await weekly.locator('[data-testid="schedule-repeat"]').textContent()).toBe("Every week on Wed, Sun, until Jun 30, 2027");
    expect(await weekly.locator('[data-testid="schedule-missed"]').textContent()).toBe("If missed: held until you decide");
    // The gap rule moved its next send: said where it is listed.
    expect(await weekly.locator('[data-testid="schedule-note"]').textContent()).toBe(
      "That time does not exist on that day in Europe/Berlin (the clocks go forward): it is sent at 03:30.",
    );
  });

  it("counts down from one clock for the whole list", async () => {
    const { page } = await open();
    const seoul = row(page, "s-seoul").locator('[data-testid="schedule-countdown"]');
    const london = row(page, "s-london").locator('[data-testid="schedule-countdown"]');
    await seoul.waitFor();
    // Time stands still from here but for what the test lets pass.
    await page.clock.pauseAt(NOW + 10_000);
    await page.clock.runFor(1000);
    await expect.poll(() => seoul.textContent()).toBe("in 1:59:49");
    expect(await london.textContent()).toBe("in 1 day 9:29:49");
    await page.clock.runFor(3000);
    await expect.poll(() => seoul.textContent()).toBe("in 1:59:46");
    expect(await london.textContent()).toBe("in 1 day 9:29:46");

    // One interval for every row: leave the view (its clock stops), count the intervals set on coming back.
    await page.locator('.nav-item[data-view="history"]').click();
    await page.locator('[data-testid="view-history"]').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __intervals: number; setInterval: typeof setInterval };
      w.__intervals = 0;
      const original = w.setInterval.bind(window);
      w.setInterval = ((...args: Parameters<typeof setInterval>) => {
        w.__intervals++;
        return original(...args);
      }) as typeof setInterval;
    });
    await page.locator('.nav-item[data-view="scheduled"]').click();
    await seoul.waitFor();
    await page.clock.runFor(2000);
    expect(await page.locator('[data-testid="schedule-countdown"]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => (window as unknown as { __intervals: number }).__intervals)).toBe(1);
  });

  it("opens an item's next sends and past runs", async () => {
    const { page } = await open({ runs: { "s-weekly": [run({ state: "sent", msgSeq: 640, dueAt: Date.UTC(2026, 10, 29, 1, 30) }), run({ state: "skipped", lateMs: 20 * 60_000, dueAt: Date.UTC(2026, 10, 25, 1, 30) })] } });
    await row(page, "s-weekly").locator('[data-testid="schedule-open"]').click();
    const details = row(page, "s-weekly").locator('[data-testid="schedule-details"]');
    await details.locator('[data-testid="upcoming-send"]').first().waitFor();
    expect(await details.locator('[data-testid="upcoming-send"]').count()).toBe(10);
    expect(await details.locator('[data-testid="upcoming-send"] time').first().textContent()).toBe("Dec 2, 2026, 2:30 AM (Europe/Berlin)");
    const runs = await details.locator('[data-testid="run"] .run-line').allTextContents();
    expect(runs).toEqual(["Sent at Nov 29, 2026, 2:30 AM (MsgSeq 640)", "Skipped: 20 minutes late"]);
  });

  it("cancels only after a confirmation that names the item", async () => {
    const { page, calls } = await open();
    await row(page, "s-seoul").locator('[data-testid="schedule-cancel"]').click();
    const dialog = page.locator('[data-testid="confirm-schedule-cancel"]');
    await dialog.waitFor();
    expect(await dialog.locator('[data-testid="cancel-name"]').textContent()).toBe("Doors open");
    expect(await dialog.textContent()).toContain("through Live show will not be sent");
    // The destructive button is not the default.
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    expect(callsOf(await calls(), "schedule_cancel")).toEqual([]);

    await row(page, "s-seoul").locator('[data-testid="schedule-cancel"]').click();
    await dialog.locator('[data-testid="confirm"]').click();
    await expect.poll(async () => status(page, "s-cancelled").count()).toBe(1);
    await expect.poll(() => row(page, "s-seoul").getAttribute("data-status")).toBe("cancelled");
    expect(await status(page, "s-seoul").textContent()).toBe("Cancelled");
    expect(callsOf(await calls(), "schedule_cancel").map((c) => c.args)).toEqual([{ id: "s-seoul" }]);
  });
});

describe("the schedule's form", () => {
  const form = (page: Page) => page.locator('[data-testid="schedule-form"]');
  const fieldError = (page: Page, field: string) => form(page).locator(`[data-testid="field-error-${field}"]`);

  it("schedules a typed text in a zone picked from the list, and lists it", async () => {
    const { page, calls } = await open({ schedule: [] });
    await page.locator('[data-testid="schedule-add"]').click();
    await form(page).waitFor();
    // A new item goes through the active profile, in the computer's zone, once, sent if at most 15 minutes late.
    expect(await form(page).locator('[data-testid="schedule-form-profile"]').inputValue()).toBe("prod-1");
    expect(await form(page).locator('[data-testid="schedule-zone"]').inputValue()).toBe("Europe/Berlin");
    expect(await form(page).locator('[data-testid="schedule-late-minutes"]').inputValue()).toBe("15");
    await form(page).locator('[data-testid="source-text"]').check();
    await form(page).locator('[data-testid="schedule-form-text"]').fill("Doors open at 8");
    expect(await form(page).locator('[data-testid="schedule-message-preview"]').textContent()).toContain("Doors open at 8");
    await form(page).locator('[data-testid="schedule-date"]').fill("2026-12-01");
    await form(page).locator('[data-testid="schedule-time"]').fill("20:00");
    await form(page).locator('[data-testid="schedule-zone"]').fill("seo");
    await form(page).locator('[data-testid="zone-matches"]').selectOption("Asia/Seoul");
    expect(await form(page).locator('[data-testid="schedule-zone"]').inputValue()).toBe("Asia/Seoul");
    await form(page).locator('[data-testid="schedule-label-input"]').fill("Doors");
    await form(page).locator('[data-testid="schedule-save"]').click();
    await form(page).waitFor({ state: "detached" });

    const [added] = callsOf(await calls(), "schedule_add").map((c) => (c.args as { draft: ScheduleDraft }).draft);
    expect(added).toEqual({
      profileId: "prod-1",
      body: { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Doors open at 8" } }] },
      at: "2026-12-01T20:00",
      zone: "Asia/Seoul",
      repeat: { kind: "once" },
      end: { kind: "never" },
      missed: { kind: "sendIfLate", maxSecs: 900 },
      label: "Doors",
      confirmFar: false,
    });
    const listed = page.locator('[data-testid="schedule-item"]');
    await listed.first().waitFor();
    expect(await listed.locator('[data-testid="schedule-when"]').textContent()).toBe("Dec 1, 2026, 8:00 PM (Asia/Seoul)");
    expect(await listed.locator('[data-testid="schedule-status"]').textContent()).toBe("Will be sent at Dec 1, 2026, 8:00 PM");
  });

  it("puts Rust's problems beside their fields: a past time with the time and zone it was read as", async () => {
    const { page, calls } = await open({ schedule: [] });
    await page.locator('[data-testid="schedule-add"]').click();
    await form(page).locator('[data-testid="source-template"]').check();
    await form(page).locator('[data-testid="schedule-form-template"]').selectOption(DOORS_TEMPLATE.id);
    // 10:00 typed for 22:00: it is 18:00 in Seoul.
    await form(page).locator('[data-testid="schedule-date"]').fill("2026-11-30");
    await form(page).locator('[data-testid="schedule-time"]').fill("10:00");
    await form(page).locator('[data-testid="schedule-zone"]').fill("Asia/Seoul");
    await form(page).locator('input[name="repeat"][value="weekly"]').check();
    await form(page).locator('[data-testid="schedule-late-minutes"]').fill("0");
    await form(page).locator('[data-testid="schedule-save"]').click();

    await fieldError(page, "at").waitFor();
    expect(await fieldError(page, "at").textContent()).toBe(
      "2026-11-30 10:00 in Asia/Seoul is in the past (it is now 2026-11-30 18:00 there); check the date and the hour",
    );
    expect(await fieldError(page, "repeat.days").textContent()).toBe("Choose at least one day of the week");
    expect(await fieldError(page, "missed").textContent()).toBe("Allow from 1 minute to 24 hours late");
    expect(await form(page).locator('[data-testid="schedule-date"]').getAttribute("aria-invalid")).toBe("true");
    // The caret goes to the first field Rust objected to.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("schedule-date");

    // A zone this computer does not know, by name.
    await form(page).locator('[data-testid="schedule-zone"]').fill("Mars/Base");
    expect(await form(page).locator('[data-testid="zone-no-match"]').textContent()).toBe("No time zone by that name.");
    await form(page).locator('[data-testid="schedule-save"]').click();
    await fieldError(page, "zone").waitFor();
    expect(await fieldError(page, "zone").textContent()).toContain("“Mars/Base” is not a time zone this computer knows");

    // Far ahead: Rust asks for a confirmation, which the form then offers.
    await form(page).locator('[data-testid="schedule-zone"]').fill("Asia/Seoul");
    await form(page).locator('input[name="repeat"][value="once"]').check();
    await form(page).locator('[data-testid="schedule-late-minutes"]').fill("15");
    await form(page).locator('[data-testid="schedule-date"]').fill("2062-11-30");
    await form(page).locator('[data-testid="schedule-save"]').click();
    await form(page).locator('[data-testid="schedule-confirm-far"]').waitFor();
    expect(await fieldError(page, "at").textContent()).toContain("more than 366 days ahead");
    await form(page).locator('[data-testid="schedule-confirm-far"] input').check();
    await form(page).locator('[data-testid="schedule-save"]').click();
    await form(page).waitFor({ state: "detached" });
    const adds = callsOf(await calls(), "schedule_add").map((c) => (c.args as { draft: ScheduleDraft }).draft);
    expect(adds.at(-1)?.confirmFar).toBe(true);
    expect(adds.at(-1)?.body).toEqual(DOORS_TEMPLATE.body);
  });

  it("holds an item while its edit is open, and lets it go when closed without saving", async () => {
    const { page, calls } = await open();
    await row(page, "s-seoul").locator('[data-testid="schedule-edit"]').click();
    await form(page).locator('[data-testid="schedule-held"]').waitFor();
    expect(callsOf(await calls(), "schedule_edit_begin").map((c) => c.args)).toEqual([{ id: "s-seoul" }]);
    // The profile is fixed; the item's own message is what it sends unless another is chosen.
    expect(await form(page).locator('[data-testid="schedule-form-profile-fixed"]').textContent()).toBe("Live show");
    expect(await form(page).locator('[data-testid="source-item"]').isChecked()).toBe(true);
    expect(await form(page).locator('[data-testid="schedule-zone"]').inputValue()).toBe("Asia/Seoul");
    expect(await form(page).locator('[data-testid="schedule-time"]').inputValue()).toBe("20:00");
    await expect.poll(() => row(page, "s-seoul").getAttribute("data-status")).toBe("editing");
    expect(await status(page, "s-seoul").textContent()).toBe("Held while it is being edited: it is not sent until the edit is saved or closed");

    await page.keyboard.press("Escape");
    await form(page).waitFor({ state: "detached" });
    await expect.poll(async () => callsOf(await calls(), "schedule_edit_end").map((c) => c.args)).toEqual([{ id: "s-seoul" }]);
    await expect.poll(() => row(page, "s-seoul").getAttribute("data-status")).toBe("scheduled");
    expect(callsOf(await calls(), "schedule_save")).toEqual([]);

    // Saved: in place, with when the edit began.
    await row(page, "s-seoul").locator('[data-testid="schedule-edit"]').click();
    await form(page).locator('[data-testid="schedule-held"]').waitFor();
    await form(page).locator('[data-testid="schedule-time"]').fill("21:00");
    await form(page).locator('[data-testid="schedule-save"]').click();
    await form(page).waitFor({ state: "detached" });
    const began = (callsOf(await calls(), "schedule_edit_begin").length);
    expect(began).toBe(2);
    const [saved] = callsOf(await calls(), "schedule_save").map((c) => c.args as { id: string; draft: ScheduleDraft; editBegan: number | null });
    expect(saved?.id).toBe("s-seoul");
    expect(saved?.draft.at).toBe("2026-11-30T21:00");
    expect(typeof saved?.editBegan).toBe("number");
    await expect.poll(() => row(page, "s-seoul").locator('[data-testid="schedule-when"]').textContent()).toBe("Nov 30, 2026, 9:00 PM (Asia/Seoul)");
    // A save releases the hold itself: no edit_end after it.
    expect(callsOf(await calls(), "schedule_edit_end")).toHaveLength(1);
  });

  it("says clearly when it started sending while the edit was open, and saves nothing", async () => {
    const { page, takeOccurrence } = await open();
    await row(page, "s-seoul").locator('[data-testid="schedule-edit"]').click();
    await form(page).locator('[data-testid="schedule-held"]').waitFor();
    await form(page).locator('[data-testid="schedule-time"]').fill("21:00");
    await page.clock.runFor(1000);
    await takeOccurrence("s-seoul");
    await form(page).locator('[data-testid="schedule-save"]').click();
    const refused = form(page).locator('[data-testid="schedule-form-error"]');
    await refused.waitFor();
    expect(await refused.getAttribute("data-code")).toBe("SCHEDULE_CHANGED");
    expect(await refused.textContent()).toMatch(/^It started sending at .+ while you were editing it; your changes were not saved\. Check what was sent, then edit it again\.$/);
    await page.keyboard.press("Escape");
    await expect.poll(() => row(page, "s-seoul").getAttribute("data-status")).toBe("sending");
    expect(await row(page, "s-seoul").locator('[data-testid="schedule-when"]').count()).toBe(1);
  });

  it("duplicates an item as a new one, its message and timing kept", async () => {
    const { page, calls } = await open();
    await row(page, "s-london").locator('[data-testid="schedule-duplicate"]').click();
    await form(page).waitFor();
    expect(await form(page).locator('[data-testid="schedule-form-profile"]').inputValue()).toBe("stage-1");
    await form(page).locator('[data-testid="schedule-save"]').click();
    await form(page).waitFor({ state: "detached" });
    expect(callsOf(await calls(), "schedule_edit_begin")).toEqual([]);
    const [dup] = callsOf(await calls(), "schedule_add").map((c) => (c.args as { draft: ScheduleDraft }).draft);
    expect(dup).toMatchObject({ profileId: "stage-1", at: "2026-12-01T18:30", zone: "Europe/London", repeat: { kind: "daily" }, end: { kind: "count", times: 3 }, missed: { kind: "skip" } });
    expect(dup?.body).toEqual(LONDON.body);
  });

  it("opens from Compose with the composer's message", async () => {
    const { page, calls } = await open({ schedule: [] }, "#/compose");
    await page.locator('[name="MsgContent.Text"]').fill("From the composer");
    const schedule = page.locator('[data-testid="compose-schedule"]:not([disabled])');
    await page.clock.runFor(1000);
    await schedule.waitFor();
    await schedule.click();
    await form(page).waitFor();
    expect(await form(page).locator('[data-testid="source-item"]').isChecked()).toBe(true);
    expect(await form(page).locator('[data-testid="schedule-message-preview"]').textContent()).toContain("From the composer");
    await form(page).locator('[data-testid="schedule-date"]').fill("2026-12-24");
    await form(page).locator('[data-testid="schedule-save"]').click();
    // Scheduled: the list it joined is shown.
    await page.locator('[data-testid="view-scheduled"] [data-testid="schedule-item"]').waitFor();
    const [added] = callsOf(await calls(), "schedule_add").map((c) => (c.args as { draft: ScheduleDraft }).draft);
    expect(added?.body.MsgBody).toEqual([{ MsgType: "TIMTextElem", MsgContent: { Text: "From the composer" } }]);
    expect(added?.zone).toBe("Europe/Berlin");
  });
});

describe("the schedule's live check, held sends and news", () => {
  const form = (page: Page) => page.locator('[data-testid="schedule-form"]');

  it("previews the sends as typed and warns of a time the clocks skip, and of a clash", async () => {
    const { page, calls } = await open({ schedule: [SEOUL] });
    await page.locator('[data-testid="schedule-add"]').click();
    await form(page).locator('[data-testid="source-text"]').check();
    await form(page).locator('[data-testid="schedule-form-text"]').fill("Clocks change tonight");
    // 02:30 on 28 March 2027 does not exist in Berlin: the clocks go from 02:00 to 03:00.
    await form(page).locator('[data-testid="schedule-date"]').fill("2027-03-28");
    await form(page).locator('[data-testid="schedule-time"]').fill("02:30");
    await form(page).locator('input[name="repeat"][value="daily"]').check();
    const check = form(page).locator('[data-testid="schedule-check"][data-current="true"]');
    await check.waitFor();
    expect(await check.locator('[data-testid="schedule-check-first"]').textContent()).toBe("Will be sent at Mar 28, 2027, 3:30 AM (Europe/Berlin)");
    expect(await check.locator('[data-testid="schedule-check-here"]').textContent()).toBe("Mar 28, 2027, 2:30 AM on this computer");
    expect(await check.locator('[data-testid="schedule-check-then"] li').count()).toBe(4);
    const note = check.locator('[data-testid="schedule-check-note"]');
    expect(await note.getAttribute("data-kind")).toBe("gap");
    expect(await note.textContent()).toBe(
      "Mar 28, 2027, 3:30 AM: That time does not exist on that day in Europe/Berlin (the clocks go forward): it is sent at 03:30.",
    );
    const checks = callsOf(await calls(), "schedule_check").map((c) => c.args as { draft: ScheduleDraft; editing: string | null });
    expect(checks.at(-1)?.draft.at).toBe("2027-03-28T02:30");
    expect(checks.at(-1)?.editing).toBeNull();

    // Rust's problems while it breaks a rule, before any save.
    await form(page).locator('[data-testid="schedule-date"]').fill("2026-11-29");
    await form(page).locator('[data-testid="schedule-check-problems"]').waitFor();
    expect(await form(page).locator('[data-testid="schedule-check-problems"]').textContent()).toContain("2026-11-29 02:30 in Europe/Berlin is in the past");

    // Due within a second of "Doors open" through the same profile: the rate makes one of them late.
    await form(page).locator('input[name="repeat"][value="once"]').check();
    await form(page).locator('[data-testid="schedule-date"]').fill("2026-11-30");
    await form(page).locator('[data-testid="schedule-time"]').fill("20:00");
    await form(page).locator('[data-testid="schedule-zone"]').fill("Asia/Seoul");
    const clash = form(page).locator('[data-testid="schedule-check-clash"]');
    await clash.waitFor();
    expect(await clash.getAttribute("data-item-id")).toBe("s-seoul");
    expect(await clash.textContent()).toBe("Doors open is due at Nov 30, 2026, 8:00 PM through the same profile: its rate sends one of the two about 1 s late.");
  });

  it("asks for the far-ahead confirmation as the date is typed", async () => {
    const { page, calls } = await open({ schedule: [] });
    await page.locator('[data-testid="schedule-add"]').click();
    await form(page).locator('[data-testid="source-text"]').check();
    await form(page).locator('[data-testid="schedule-form-text"]').fill("Next decade");
    await form(page).locator('[data-testid="schedule-date"]').fill("2036-11-30");
    await form(page).locator('[data-testid="schedule-check-far"]').waitFor();
    await form(page).locator('[data-testid="schedule-confirm-far"] input').check();
    await form(page).locator('[data-testid="schedule-save"]').click();
    await form(page).waitFor({ state: "detached" });
    expect(callsOf(await calls(), "schedule_add").map((c) => (c.args as { draft: ScheduleDraft }).draft.confirmFar)).toEqual([true]);
  });

  it("sends a held occurrence now, or skips it, when the producer says", async () => {
    const other = item("s-waiting-2", { ...WAITING, id: "s-waiting-2", label: "Second held" });
    const { page, calls } = await open({ schedule: [WAITING, other] });
    const held = row(page, "s-waiting").locator('[data-testid="schedule-decide"]');
    await held.waitFor();
    expect(await held.textContent()).toContain("It could not go out on time (40 minutes late). Send it now, or skip it?");
    await held.locator('[data-testid="decide-send"]').click();
    await expect.poll(() => status(page, "s-waiting").getAttribute("data-run")).toBe("sent");
    expect(await status(page, "s-waiting").textContent()).toMatch(/^Sent at .+ \(MsgSeq 101\)$/);
    expect(callsOf(await calls(), "schedule_decide").map((c) => c.args)).toEqual([{ id: "s-waiting", dueAt: WAITING.lastRun?.dueAt, choice: "sendNow" }]);

    await row(page, "s-waiting-2").locator('[data-testid="decide-skip"]').click();
    await expect.poll(() => status(page, "s-waiting-2").getAttribute("data-run")).toBe("skipped");
    expect(await status(page, "s-waiting-2").textContent()).toBe("Skipped: 40 minutes late");
  });

  it("says what happened while nobody watched, and Got it marks it seen", async () => {
    const news = [
      { itemId: "s-sent", label: "Doors open", profileName: "Live show", zone: "Asia/Seoul", dueAt: NOW - 3 * HOUR, lateMs: 17 * 60_000, state: "sent", reason: null, outboxId: "o-1", delivery: "sent", msgSeq: 901, at: NOW - 2 * HOUR },
      { itemId: "s-skipped", label: null, profileName: "Staging", zone: "Europe/London", dueAt: NOW - 4 * HOUR, lateMs: 2 * HOUR, state: "skipped", reason: { kind: "tooLate", maxSecs: 900 }, outboxId: "o-2", delivery: null, msgSeq: null, at: NOW - HOUR },
      { itemId: "s-waiting", label: "Raffle", profileName: "Live show", zone: "Asia/Seoul", dueAt: WAITING.lastRun?.dueAt ?? 0, lateMs: 40 * 60_000, state: "missed", reason: null, outboxId: "o-3", delivery: null, msgSeq: null, at: NOW - 60_000 },
      { itemId: "s-not-sent", label: "Encore", profileName: "Staging", zone: "Europe/London", dueAt: NOW - 5 * HOUR, lateMs: 0, state: "notSent", reason: null, outboxId: NOT_SENT_BROADCAST.entry.id, delivery: "notSent", msgSeq: null, at: NOW - 5 * HOUR },
      { itemId: "s-unknown", label: "Last call", profileName: "Live show", zone: "Asia/Seoul", dueAt: NOW - 6 * HOUR, lateMs: 0, state: "unknown", reason: null, outboxId: UNKNOWN_BROADCAST.entry.id, delivery: "unknown", msgSeq: null, at: NOW - 6 * HOUR },
    ] satisfies NonNullable<FakeDesk["news"]>;
    const { page, calls } = await open({ news }, "#/compose");
    const dialog = page.locator('[data-testid="away-dialog"]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("What became of 5 scheduled sends.");
    const entry = (id: string) => dialog.locator(`[data-testid="away-item"][data-item-id="${id}"]`);
    expect(await entry("s-sent").locator('[data-testid="away-outcome"] .run-line').textContent()).toBe("Sent at Nov 30, 2026, 3:17 PM (MsgSeq 901)");
    expect(await entry("s-sent").locator('[data-testid="away-late"]').textContent()).toBe("17 minutes late");
    expect(await entry("s-sent").locator('[data-testid="away-name"]').textContent()).toBe("Doors open");
    expect(await entry("s-skipped").locator('[data-testid="away-outcome"]').textContent()).toBe("Skipped: 2 hours late (it allows at most 15 minutes)");
    expect(await entry("s-skipped").locator('[data-testid="away-name"]').textContent()).toBe("A broadcast through Staging");
    expect(await entry("s-waiting").locator('[data-testid="away-outcome"] .run-line').textContent()).toBe("Missed — waiting for you");
    expect(await entry("s-waiting").locator('[data-testid="decide-send"]').count()).toBe(1);
    await entry("s-not-sent").locator('[data-testid="not-sent-why"]').waitFor();
    expect(await entry("s-not-sent").locator('[data-testid="not-sent-why"]').textContent()).toContain("10004");
    await entry("s-unknown").locator('[data-testid="send-result"][data-delivery="unknown"]').waitFor();

    await dialog.locator('[data-testid="away-got-it"]').click();
    await dialog.waitFor({ state: "detached" });
    expect(callsOf(await calls(), "schedule_news_seen").map((c) => c.args)).toEqual([{ upTo: NOW - 60_000 }]);
    // Back in the window: nothing new, nothing shown.
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect.poll(async () => callsOf(await calls(), "schedule_news").length).toBeGreaterThanOrEqual(3);
    expect(await dialog.count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });
});
