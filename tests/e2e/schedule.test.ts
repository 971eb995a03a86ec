/**
 * The schedule in the real app: a text scheduled through the form 5 seconds ahead reaches the sandbox
 * (the tim-emulator the app runs on loopback) with exactly that body, not before its time, and its
 * status in the list turns to "Sent at … (MsgSeq …)" with the MsgSeq the emulator gave it; a second
 * item cancelled from the list before its time never arrives — checked in the emulator's record and in
 * History after its time has passed.
 *
 * A send held by its policy ("ask") because the app was closed when it fell due is told at the next
 * start in "While you were away", and Send now sends it (through that run's sandbox).
 *
 * The date and time fields are set as the page's own input events would set them (WebKitWebDriver's
 * typing into date and time inputs depends on the WebKitGTK version); every other step is a click or
 * typing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";
import { ARTIFACTS } from "../support/paths";

let app: App;
let session: Session;
const home = mkdtempSync(join(tmpdir(), "bdesk-e2e-schedule-"));
const xdg = { XDG_DATA_HOME: join(home, "data"), XDG_CONFIG_HOME: join(home, "config"), XDG_CACHE_HOME: join(home, "cache") };

const FIRST = "Doors open in five seconds";
const HELD = "Sent late, when the producer said so";
const CANCELLED = "This one was cancelled and must never arrive";

type Delivery = { msgSeq: number; random: number; msgBody: unknown[]; fromAccount: string; cloudCustomData: string | null; receivedAt: number };

beforeAll(async () => {
  for (const dir of Object.values(xdg)) mkdirSync(dir, { recursive: true });
  app = await App.launch(xdg);
  session = app.session;
});

afterAll(async () => {
  await app?.close();
});

const step = <T>(name: string, body: () => Promise<T>): Promise<T> => app.step(name, body);

/** A command of the app's own, through the page's IPC (as the window calls it). */
const invoke = <T>(command: string, args: Record<string, unknown> = {}): Promise<T> =>
  session.execute<T>(`return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]);`, [command, args]);

/** The local date (`YYYY-MM-DD`) and time (`HH:MM:SS`) an instant reads as in `zone`. */
function localIn(ms: number, zone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}:${get("second")}` };
}

/** Sets an input as typing into it would, through the input event the form listens to. */
async function setValue(css: string, value: string): Promise<void> {
  await session.waitForShown(css);
  await session.execute(
    `const el = document.querySelector(arguments[0]); el.value = arguments[1]; el.dispatchEvent(new Event("input", { bubbles: true }));`,
    [css, value],
  );
}

/** Schedules a text through the form, `aheadMs` from now in the form's zone (held for a decision when
 * missed, with `ask`); answers the instant it is due. */
async function scheduleText(text: string, label: string, aheadMs: number, ask = false): Promise<number> {
  await session.click(await session.waitFor('[data-testid="schedule-add"]'));
  await session.waitForShown('[data-testid="schedule-form"]');
  await session.click(await session.waitForShown('[data-testid="source-text"]'));
  const textarea = await session.waitForShown('[data-testid="schedule-form-text"]');
  await session.type(textarea, text);
  const label_ = await session.waitForShown('[data-testid="schedule-label-input"]');
  await session.scrollIntoView(label_);
  await session.type(label_, label);
  if (ask) {
    const hold = await session.waitForShown('input[name="missed"][value="ask"]');
    await session.scrollIntoView(hold);
    await session.click(hold);
  }
  const zone = await session.execute<string>(`return document.querySelector('[data-testid="schedule-zone"]').value;`);
  expect(zone).not.toBe("");
  // Whole seconds: the form's time field has a one-second step.
  const due = Math.ceil((Date.now() + aheadMs) / 1000) * 1000;
  const { date, time } = localIn(due, zone);
  await setValue('[data-testid="schedule-date"]', date);
  await setValue('[data-testid="schedule-time"]', time);
  const save = await session.waitForShown('[data-testid="schedule-save"]');
  await session.scrollIntoView(save);
  await session.click(save);
  await session.waitFor('[data-testid="schedule-item"]', { textOk: (t) => t.includes(label) });
  expect(await session.execute<number>(`return document.querySelectorAll('[data-testid="schedule-form"]').length;`)).toBe(0);
  return due;
}

/** The list's id of the item with this label. */
const itemId = (label: string) =>
  session.execute<string>(
    `return [...document.querySelectorAll('[data-testid="schedule-item"]')].find((e) => e.querySelector('[data-testid="schedule-label"]')?.textContent === arguments[0])?.getAttribute("data-item-id") ?? "";`,
    [label],
  );

describe("the schedule in the real app", () => {
  it("sends a text scheduled 5 seconds ahead, on time, with exactly its body, and shows its MsgSeq", () =>
    step("schedule-five-seconds", async () => {
      await session.click(await session.waitFor('[data-testid="try-sandbox"]'));
      await session.waitFor('[data-testid="view-sandbox"]');
      await session.click(await session.waitFor('.nav-item[data-view="scheduled"]'));
      const due = await scheduleText(FIRST, "E2E first", 5_000);
      const id = await itemId("E2E first");
      expect(id).not.toBe("");
      const row = `[data-testid="schedule-item"][data-item-id="${id}"]`;
      // Before its time it counts down; then the scheduler sends it and the list says so.
      await session.waitFor(`${row} [data-testid="schedule-countdown"]`);
      const status = await session.waitFor(`${row} [data-testid="schedule-status"][data-run="sent"]`, { timeoutMs: 20_000 });
      const words = await session.text(status);
      expect(words).toMatch(/^Sent at .+ \(MsgSeq \d+\)$/);
      const msgSeq = Number(/MsgSeq (\d+)/.exec(words)?.[1]);

      const deliveries = await invoke<Delivery[]>("sandbox_deliveries");
      expect(deliveries).toHaveLength(1);
      const [delivery] = deliveries;
      expect(delivery?.msgBody).toEqual([{ MsgType: "TIMTextElem", MsgContent: { Text: FIRST } }]);
      expect(delivery?.msgSeq).toBe(msgSeq);
      // Never early.
      expect(delivery?.receivedAt).toBeGreaterThanOrEqual(due);
      // It stays sent: the list re-reads while anything is due, and nothing is left of it to send.
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await session.text(await session.waitFor(`${row} [data-testid="schedule-status"]`))).toBe(words);
      expect(await session.attribute(await session.waitFor(row), "data-status")).toBe("done");
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, "schedule.png"), await session.screenshot());
    }));

  it("never sends an item cancelled before its time", () =>
    step("schedule-cancelled", async () => {
      const due = await scheduleText(CANCELLED, "E2E cancelled", 12_000);
      const id = await itemId("E2E cancelled");
      const row = `[data-testid="schedule-item"][data-item-id="${id}"]`;
      await session.click(await session.waitFor(`${row} [data-testid="schedule-cancel"]`));
      const dialog = await session.waitForShown('[data-testid="confirm-schedule-cancel"]');
      expect(await session.text(dialog)).toContain("E2E cancelled");
      await session.click(await session.waitForShown('[data-testid="confirm-schedule-cancel"] [data-testid="confirm"]'));
      await session.waitFor(`${row}[data-status="cancelled"]`);
      expect(Date.now()).toBeLessThan(due);

      // Past its time, with the scheduler looking every second: nothing arrived, nothing was written down.
      await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now()) + 3_000));
      const deliveries = await invoke<Delivery[]>("sandbox_deliveries");
      expect(deliveries.map((d) => d.msgBody)).toEqual([[{ MsgType: "TIMTextElem", MsgContent: { Text: FIRST } }]]);
      const history = await invoke<Array<{ id: string }>>("history", {
        filter: { sinceMs: null, untilMs: null, profileId: null, delivery: null, source: "scheduled", text: null },
        limit: 10,
      });
      expect(history).toHaveLength(1);
      expect(await session.text(await session.waitFor(`${row} [data-testid="schedule-status"]`))).toBe("Cancelled");
    }));

  it(
    "holds a send missed while the app was closed, says so at the next start, and sends it when asked",
    () =>
      step("schedule-held", async () => {
        const due = await scheduleText(HELD, "E2E held", 6_000, true);
        await app.close();
        // Closed past the minute within which every policy still sends on time.
        await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now()) + 63_000));
        app = await App.launch(xdg);
        session = app.session;

        await session.waitFor('[data-testid="away-dialog"]', { timeoutMs: 20_000 });
        const held = await session.waitFor('[data-testid="away-item"][data-state="missed"]', { textOk: (t) => t.includes("E2E held") });
        expect(await session.text(held)).toContain("Missed — waiting for you");
        expect(await invoke<Delivery[]>("sandbox_deliveries")).toEqual([]);
        await session.click(await session.waitForShown('[data-testid="away-item"][data-state="missed"] [data-testid="decide-send"]'));

        await expect.poll(() => invoke<Delivery[]>("sandbox_deliveries"), { timeout: 20_000, interval: 250 }).toHaveLength(1);
        const [delivery] = await invoke<Delivery[]>("sandbox_deliveries");
        expect(delivery?.msgBody).toEqual([{ MsgType: "TIMTextElem", MsgContent: { Text: HELD } }]);
        // Decided by the producer, it is no longer news; the list says it was sent.
        if ((await session.execute<number>(`return document.querySelectorAll('[data-testid="away-dialog"]').length;`)) > 0) {
          await session.click(await session.waitForShown('[data-testid="away-got-it"]'));
        }
        await session.click(await session.waitFor('.nav-item[data-view="scheduled"]'));
        const id = await itemId("E2E held");
        await session.waitFor(`[data-testid="schedule-item"][data-item-id="${id}"] [data-testid="schedule-status"][data-run="sent"]`, {
          timeoutMs: 20_000,
          textOk: (t) => t.includes(`MsgSeq ${delivery?.msgSeq}`),
        });
      }),
    150_000,
  );
});
