/**
 * The Compose view in the built UI, against the fake desk: every element type's form and what it puts
 * in the body; the Raw JSON tab round-tripping with the form, and what the form cannot show kept and
 * said; the byte meter near and over the limit (Rust's count, from canned reports); problems beside
 * their fields; Fill from URL; the sender looked up; the confirmation naming the profile, Ctrl+Enter
 * and Enter; the outcome in place; the draft across a reload; templates; reordering from the keyboard.
 *
 * The fake desk checks no rule (see FakeDesk.checks): a test that needs Rust's verdict gives it.
 */
import { describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import type { MediaProbe } from "../../ui/src/bindings/MediaProbe";
import type { Problem } from "../../ui/src/bindings/Problem";
import type { Template } from "../../ui/src/bindings/Template";
import type { ValidationReport } from "../../ui/src/bindings/ValidationReport";
import { openWithIpc, pageErrors, type FakeDesk, type IpcCall } from "../support/browser";
import { servedWindow } from "../support/static-server";
import { PRODUCTION, SANDBOX } from "../support/fixtures";

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

type Json = Record<string, unknown>;

async function open(fake: FakeDesk = {}, opts: { viewport?: { width: number; height: number } } = {}) {
  const opened = await openWithIpc(browser, `${url}#/compose`, {}, {
    fake: { profiles: [PRODUCTION, SANDBOX], activeId: "prod-1", ...fake },
    ...opts,
  });
  await opened.page.locator('[data-testid="compose-form"], [data-testid="raw-notice"]').first().waitFor();
  return opened;
}

const callsOf = (calls: IpcCall[], cmd: string) => calls.filter((c) => c.cmd === cmd);
const cards = (page: Page) => page.locator('[data-testid="element"]');
const card = (page: Page, n: number) => cards(page).nth(n);
const input = (scope: Locator | Page, name: string) => scope.locator(`[name="${name}"]`);
const fieldError = (scope: Locator | Page, inside: string) => scope.locator(`[data-testid="field-error"][data-field="${inside}"]`);
const send = (page: Page) => page.locator('[data-testid="compose-send"]');

/** The body Rust was last asked to check. */
async function lastChecked(calls: () => Promise<IpcCall[]>): Promise<unknown> {
  const last = callsOf(await calls(), "message_check").at(-1);
  return last ? JSON.parse(String((last.args as Json).json)) : undefined;
}

async function addElement(page: Page, type: string) {
  await page.click('[data-testid="add-element"]');
  await page.click(`[role="menuitem"][data-type="${type}"]`);
}

const report = (over: Partial<ValidationReport>): ValidationReport => ({ valid: true, bytes: 120, limit: 12_000, errors: [], omitted: 0, ...over });
const problem = (path: string, code: Problem["code"], messageId: string, params: Problem["params"] = {}): Problem => ({
  path,
  code,
  messageId,
  params,
  message: `${path}: (Rust's English)`,
});

describe("compose: the form", () => {
  // Thirty fields typed into: allow for a machine busy with the other suites.
  it("has a form for every element type, with Rust's limits as hints, and builds exactly that body", { timeout: 90_000 }, async () => {
    // Half-filled elements are never valid to Rust; the fake checks no rule, so it is told.
    const { page, calls } = await open({ checks: [{ when: "MsgBody", report: report({ valid: false }) }] });
    await input(card(page, 0), "MsgContent.Text").fill("Doors open in 5");

    // The Add menu from the keyboard: ↓ opens it on the first type, arrows move, Enter adds.
    await page.focus('[data-testid="add-element"]');
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-type"))).toBe("TIMTextElem");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const custom = card(page, 1);
    expect(await custom.getAttribute("data-type")).toBe("TIMCustomElem");
    // The new element's first field has the caret.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("MsgContent.Data");
    await page.keyboard.type('{"kind":"poll"}');
    await input(custom, "MsgContent.Desc").fill("Vote now");

    for (const type of ["TIMFaceElem", "TIMLocationElem", "TIMImageElem", "TIMSoundElem", "TIMFileElem", "TIMVideoFileElem"]) {
      await addElement(page, type);
    }
    expect(await cards(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-type")))).toEqual([
      "TIMTextElem",
      "TIMCustomElem",
      "TIMFaceElem",
      "TIMLocationElem",
      "TIMImageElem",
      "TIMSoundElem",
      "TIMFileElem",
      "TIMVideoFileElem",
    ]);

    const face = card(page, 2);
    // Ranges from Rust's Limits, never retyped in the page.
    expect(await face.textContent()).toContain("A whole number from -2,147,483,648 to 2,147,483,647");
    await input(face, "MsgContent.Index").fill("12");
    await input(face, "MsgContent.Data").fill("clap");

    const location = card(page, 3);
    expect(await location.textContent()).toContain("Degrees, from -90 to 90.");
    expect(await location.textContent()).toContain("Degrees, from -180 to 180.");
    await input(location, "MsgContent.Desc").fill("Main stage");
    await input(location, "MsgContent.Latitude").fill("1.28");
    await input(location, "MsgContent.Longitude").fill("103.85");

    const image = card(page, 4);
    await input(image, "MsgContent.ImageInfoArray[0].URL").fill("https://cdn.example.com/poster.png");
    await input(image, "MsgContent.UUID").fill("img-1");
    // Rust's formats, by name and number.
    expect(await input(image, "MsgContent.ImageFormat").locator("option").allTextContents()).toEqual([
      "Choose…",
      "JPG (1)",
      "GIF (2)",
      "PNG (3)",
      "BMP (4)",
      "Other (255)",
    ]);
    await input(image, "MsgContent.ImageFormat").selectOption("3");
    await input(image, "MsgContent.ImageInfoArray[0].Size").fill("2048");
    await input(image, "MsgContent.ImageInfoArray[0].Width").fill("640");
    await input(image, "MsgContent.ImageInfoArray[0].Height").fill("360");
    await image.locator('[data-testid="image-size-add"]').click();
    await input(image, "MsgContent.ImageInfoArray[1].Type").selectOption("3");
    await input(image, "MsgContent.ImageInfoArray[1].URL").fill("https://cdn.example.com/poster-small.png");
    await input(image, "MsgContent.ImageInfoArray[1].Size").fill("300");
    await input(image, "MsgContent.ImageInfoArray[1].Width").fill("160");
    await input(image, "MsgContent.ImageInfoArray[1].Height").fill("90");

    const sound = card(page, 5);
    await input(sound, "MsgContent.Url").fill("https://cdn.example.com/chime.mp3");
    await input(sound, "MsgContent.Size").fill("5000");
    await input(sound, "MsgContent.Second").fill("3");
    // The download flag has one right value, from Rust, set already and kept under More fields.
    await sound.locator(".more-fields summary").click();
    expect(await input(sound, "MsgContent.Download_Flag").inputValue()).toBe("2");
    expect(await sound.textContent()).toContain("Always 2: viewers' apps download the file from its URL.");

    const file = card(page, 6);
    await input(file, "MsgContent.Url").fill("https://cdn.example.com/rules.pdf");
    await input(file, "MsgContent.FileName").fill("rules.pdf");
    await input(file, "MsgContent.FileSize").fill("1000");

    const video = card(page, 7);
    await input(video, "MsgContent.VideoUrl").fill("https://cdn.example.com/teaser.mp4");
    await input(video, "MsgContent.VideoSize").fill("900000");
    await input(video, "MsgContent.VideoSecond").fill("30");
    await input(video, "MsgContent.VideoFormat").fill("mp4");
    await input(video, "MsgContent.ThumbUrl").fill("https://cdn.example.com/teaser.jpg");
    await input(video, "MsgContent.ThumbSize").fill("4000");
    await input(video, "MsgContent.ThumbWidth").fill("320");
    await input(video, "MsgContent.ThumbHeight").fill("180");
    await input(video, "MsgContent.ThumbFormat").fill("JPG");

    await page.fill('[data-testid="cloud-custom-data"]', "show=42");

    const url = (name: string) => `https://cdn.example.com/${name}`;
    await expect
      .poll(() => lastChecked(calls))
      .toEqual({
        MsgBody: [
          { MsgType: "TIMTextElem", MsgContent: { Text: "Doors open in 5" } },
          { MsgType: "TIMCustomElem", MsgContent: { Data: '{"kind":"poll"}', Desc: "Vote now" } },
          { MsgType: "TIMFaceElem", MsgContent: { Index: 12, Data: "clap" } },
          { MsgType: "TIMLocationElem", MsgContent: { Desc: "Main stage", Latitude: 1.28, Longitude: 103.85 } },
          {
            MsgType: "TIMImageElem",
            MsgContent: {
              UUID: "img-1",
              ImageFormat: 3,
              ImageInfoArray: [
                { Type: 1, URL: url("poster.png"), Size: 2048, Width: 640, Height: 360 },
                { Type: 3, URL: url("poster-small.png"), Size: 300, Width: 160, Height: 90 },
              ],
            },
          },
          { MsgType: "TIMSoundElem", MsgContent: { Url: url("chime.mp3"), Size: 5000, Second: 3, Download_Flag: 2 } },
          { MsgType: "TIMFileElem", MsgContent: { Url: url("rules.pdf"), FileName: "rules.pdf", FileSize: 1000, Download_Flag: 2 } },
          {
            MsgType: "TIMVideoFileElem",
            MsgContent: {
              VideoUrl: url("teaser.mp4"),
              VideoSize: 900000,
              VideoSecond: 30,
              VideoFormat: "mp4",
              VideoDownloadFlag: 2,
              ThumbUrl: url("teaser.jpg"),
              ThumbSize: 4000,
              ThumbWidth: 320,
              ThumbHeight: 180,
              ThumbFormat: "JPG",
              ThumbDownloadFlag: 2,
            },
          },
        ],
        CloudCustomData: "show=42",
      });
    expect(pageErrors(page)).toEqual([]);
  });

  it("writes what is typed into a number field as typed, so Rust names it, and an emptied field as absent", async () => {
    const { page, calls } = await open();
    await addElement(page, "TIMFaceElem");
    const face = card(page, 1);
    await input(face, "MsgContent.Index").fill("12a");
    await expect.poll(async () => ((await lastChecked(calls)) as { MsgBody: Json[] }).MsgBody[1]).toEqual({ MsgType: "TIMFaceElem", MsgContent: { Index: "12a" } });
    // "1." is on its way to a number: the field keeps the text while the message holds what it reads as.
    await input(face, "MsgContent.Index").fill("7");
    await input(face, "MsgContent.Index").fill("");
    await expect.poll(async () => ((await lastChecked(calls)) as { MsgBody: Json[] }).MsgBody[1]).toEqual({ MsgType: "TIMFaceElem", MsgContent: {} });
  });

  it("moves elements with Alt+↑/↓ and the buttons, says so to screen readers, and keeps the caret", async () => {
    const { page } = await open();
    await input(card(page, 0), "MsgContent.Text").fill("First");
    await addElement(page, "TIMCustomElem");
    expect(await card(page, 1).locator('[data-testid="element-up"]').getAttribute("aria-label")).toBe("Move Custom 2 of 2 up");
    await input(card(page, 1), "MsgContent.Data").focus();
    await page.keyboard.press("Alt+ArrowUp");
    await expect.poll(() => card(page, 0).getAttribute("data-type")).toBe("TIMCustomElem");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("MsgContent.Data");
    expect(await page.textContent('[data-testid="announcer"]')).toBe("Custom moved to position 1 of 2.");
    await page.keyboard.press("Alt+ArrowDown");
    await expect.poll(() => card(page, 1).getAttribute("data-type")).toBe("TIMCustomElem");
    await card(page, 0).locator('[data-testid="element-down"]').click();
    await expect.poll(() => card(page, 1).getAttribute("data-type")).toBe("TIMTextElem");
    await card(page, 1).locator('[data-testid="element-remove"]').click();
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await page.textContent('[data-testid="announcer"]')).toBe("Text removed.");
  });

  it("shows the set-up empty state without an active profile", async () => {
    const { page } = await openWithIpc(browser, `${url}#/compose`, {}, { fake: { profiles: [PRODUCTION], activeId: null } });
    await page.getByText("Add a profile to start composing").waitFor();
    await page.click("text=Go to Profiles");
    await page.locator('[data-testid="view-profiles"]').waitFor();
  });
});

describe("compose: Rust's verdict", () => {
  it("puts each problem beside its field once the field was left, and every problem when Send is asked", async () => {
    const latitude = problem("MsgBody[1].MsgContent.Latitude", "OUT_OF_RANGE", "message-coordinate", { name: "Latitude", bound: "90", got: "123" });
    const longitude = problem("MsgBody[1].MsgContent.Longitude", "REQUIRED", "message-required", { name: "Longitude" });
    const { page } = await open({ checks: [{ when: "Main stage", report: report({ valid: false, errors: [latitude, longitude] }) }] });
    await input(card(page, 0), "MsgContent.Text").fill("Hello");
    await addElement(page, "TIMLocationElem");
    const location = card(page, 1);
    await input(location, "MsgContent.Desc").fill("Main stage");
    await input(location, "MsgContent.Latitude").fill("123");
    await input(location, "MsgContent.Desc").focus();
    // The catalogue's words for Rust's problem, beside the field, which points at them.
    const error = fieldError(location, "MsgContent.Latitude");
    await expect.poll(() => error.textContent()).toBe("`Latitude` must be between -90 and 90; got 123");
    const lat = input(location, "MsgContent.Latitude");
    expect(await lat.getAttribute("aria-invalid")).toBe("true");
    expect(await lat.getAttribute("aria-describedby")).toBe(await error.getAttribute("id"));
    // Not yet visited: not yet shown.
    expect(await fieldError(location, "MsgContent.Longitude").count()).toBe(0);
    expect(await send(page).isDisabled()).toBe(true);
    await expect.poll(() => page.textContent('[data-testid="send-why"]')).toBe("Fix the 2 problems marked above to send.");

    // Ctrl+Enter on an invalid message: no confirmation; every problem shows; the caret goes to the first.
    await input(location, "MsgContent.Desc").press("Control+Enter");
    await fieldError(location, "MsgContent.Longitude").waitFor();
    expect(await fieldError(location, "MsgContent.Longitude").textContent()).toBe("`Longitude` is required");
    expect(await page.locator('[data-testid="confirm-send"]').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("MsgContent.Latitude");
  });

  it("puts an element's own problem on its card and the message's above Send", async () => {
    const twice = problem("MsgBody[2].MsgType", "TOO_MANY_CUSTOM", "message-custom-twice", { first: 1 });
    const empty = problem("MsgBody", "EMPTY_BODY", "message-empty-body");
    const { page } = await open({
      checks: [
        { when: "second", report: report({ valid: false, errors: [twice] }) },
        { when: '"MsgBody":[]', report: report({ valid: false, errors: [empty] }) },
      ],
    });
    await input(card(page, 0), "MsgContent.Text").fill("Hi");
    await addElement(page, "TIMCustomElem");
    await addElement(page, "TIMCustomElem");
    await input(card(page, 2), "MsgContent.Data").fill("second");
    await send(page).evaluate((b) => b.closest("section")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true })));
    await card(page, 2).locator('[data-testid="element-error"]').waitFor();
    expect(await card(page, 2).locator('[data-testid="element-error"]').textContent()).toContain("only one TIMCustomElem is allowed per message and MsgBody[1] is already one");
    for (let i = 0; i < 3; i++) await card(page, 0).locator('[data-testid="element-remove"]').click();
    await page.locator('[data-testid="message-problems"]').waitFor();
    expect(await page.textContent('[data-testid="message-problems"]')).toContain("`MsgBody` has no elements");
  });

  it("meters the size Rust counts, warns near the limit and stops Send over it", async () => {
    const over = problem("", "TOO_LONG", "message-too-long", { bytes: 12345, limit: 12000, over: 345 });
    const { page } = await open({
      checks: [
        { when: "NEAR", report: report({ bytes: 11_000 }) },
        { when: "OVER", report: report({ valid: false, bytes: 12_345, errors: [over] }) },
      ],
    });
    const meter = page.locator('[data-testid="byte-meter"]');
    await input(card(page, 0), "MsgContent.Text").fill("NEAR the end");
    await expect.poll(() => meter.getAttribute("data-state")).toBe("near");
    expect(await meter.textContent()).toBe("11,000 / 12,000 bytesClose to Tencent's limit");
    expect(await meter.locator('[role="meter"]').getAttribute("aria-valuenow")).toBe("11000");
    await expect.poll(() => send(page).isDisabled()).toBe(false);

    await input(card(page, 0), "MsgContent.Text").fill("OVER it");
    await expect.poll(() => meter.getAttribute("data-state")).toBe("over");
    expect(await meter.textContent()).toBe("12,345 / 12,000 bytes345 bytes over Tencent's limit");
    expect(await page.textContent('[data-testid="message-problems"]')).toContain("the message is 12,345 bytes (MsgBody plus CloudCustomData), over Tencent's limit of 12,000; shorten it by 345 bytes");
    expect(await send(page).isDisabled()).toBe(true);
  });

  it("keeps Send off while the newest text is not checked yet", async () => {
    const { page } = await openWithIpc(browser, `${url}#/compose`, { message_check: { hold: report({}) } }, { fake: { profiles: [PRODUCTION], activeId: "prod-1" } });
    await page.locator('[data-testid="compose-form"]').waitFor();
    await input(card(page, 0), "MsgContent.Text").fill("Typed");
    await page.waitForTimeout(400);
    expect(await send(page).isDisabled()).toBe(true);
    expect(await page.textContent('[data-testid="send-why"]')).toBe("Checking…");
    expect(await page.locator('[data-testid="byte-meter"]').getAttribute("data-stale")).toBe("true");
  });
});

describe("compose: Raw JSON", () => {
  it("round-trips with the form", async () => {
    const { page, calls } = await open();
    await input(card(page, 0), "MsgContent.Text").fill("Hello");
    await page.click('[data-testid="tab-json"]');
    const raw = page.locator('[data-testid="raw-json"]');
    expect(await raw.inputValue()).toBe(JSON.stringify({ MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Hello" } }] }, null, 2));
    // The tabs are a tablist: the selected one is announced and the arrows switch.
    expect(await page.getAttribute('[data-testid="tab-json"]', "aria-selected")).toBe("true");

    const pasted = {
      From_Account: "moderator",
      MsgBody: [
        { MsgType: "TIMTextElem", MsgContent: { Text: "From JSON" } },
        { MsgType: "TIMCustomElem", MsgContent: { Data: "x", Desc: "" } },
      ],
      CloudCustomData: "show=42",
    };
    await raw.fill(JSON.stringify(pasted));
    await expect.poll(() => page.getAttribute('[data-testid="raw-fit"]', "data-fit")).toBe("fits");
    await page.click('[data-testid="tab-form"]');
    await page.locator('[data-testid="compose-form"]').waitFor();
    expect(await cards(page).count()).toBe(2);
    expect(await input(card(page, 0), "MsgContent.Text").inputValue()).toBe("From JSON");
    expect(await page.inputValue('[data-testid="cloud-custom-data"]')).toBe("show=42");
    expect(await page.inputValue('[data-testid="sender-choice"]')).toBe("other");
    expect(await page.inputValue('[data-testid="sender-account"]')).toBe("moderator");
    // An empty Desc the form shows as empty stays an empty Desc (not dropped) until it is edited.
    await expect.poll(() => lastChecked(calls)).toEqual(pasted);
  });

  it("keeps what the form cannot show, names where it is, and drops it only when asked", async () => {
    const { page, calls } = await open({ plans: ["notSent"] });
    await page.click('[data-testid="tab-json"]');
    const text = JSON.stringify({ Random: 7, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Hi", Colour: "red" } }] }, null, 2);
    await page.fill('[data-testid="raw-json"]', text);
    const fit = page.locator('[data-testid="raw-fit"][data-fit="unshown"]');
    await fit.waitFor();
    expect(await fit.textContent()).toBe("The form can't show Random, MsgBody[0].MsgContent.Colour, so this text is what will be checked, saved and sent.");

    await page.click('[data-testid="tab-form"]');
    const notice = page.locator('[data-testid="raw-notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain("The form can't show Random, MsgBody[0].MsgContent.Colour, so the Raw JSON is what will be checked, saved and sent.");
    expect(await page.locator('[data-testid="compose-form"]').count()).toBe(0);
    // The text itself is what is kept, and what a send carries (the fake desk checks no rule, so it is
    // sendable here; Rust would name the unknown field).
    await expect.poll(async () => String((callsOf(await calls(), "composer_draft_save").at(-1)?.args as Json).draft)).toContain("Colour");
    await expect.poll(() => send(page).isDisabled()).toBe(false);
    await send(page).click();
    await page.locator('[data-testid="confirm-send"] [data-testid="confirm"]').click();
    await expect.poll(async () => (callsOf(await calls(), "broadcast_send").at(-1)?.args as Json | undefined)?.draft).toEqual(JSON.parse(text));

    await page.click('[data-testid="raw-drop"]');
    await page.locator('[data-testid="compose-form"]').waitFor();
    expect(await input(card(page, 0), "MsgContent.Text").inputValue()).toBe("Hi");
    await expect.poll(() => lastChecked(calls)).toEqual({ MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Hi" } }] });
  });

  it("keeps a key written twice, which the parsed value would lose, and lists Rust's problems", async () => {
    const twice = problem("MsgBody[0].MsgContent.Text", "DUPLICATE", "message-duplicate-key", { key: "Text" });
    const { page } = await open({ checks: [{ when: '"Text":"a","Text"', report: report({ valid: false, errors: [twice] }) }] });
    await page.click('[data-testid="tab-json"]');
    await page.fill('[data-testid="raw-json"]', '{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"a","Text":"b"}}]}');
    const fit = page.locator('[data-testid="raw-fit"][data-fit="unshown"]');
    await fit.waitFor();
    expect(await fit.textContent()).toContain("MsgBody[0].MsgContent.Text");
    expect(await page.textContent('[data-testid="raw-problems"]')).toContain(
      "`Text` appears more than once in the same object; JSON readers disagree on which one counts, so write it once",
    );
    expect(await send(page).isDisabled()).toBe(true);
  });

  it("says so when the text is not JSON, with Rust's reason", async () => {
    const { page } = await open();
    await page.click('[data-testid="tab-json"]');
    await page.fill('[data-testid="raw-json"]', '{"MsgBody": [');
    const fit = page.locator('[data-testid="raw-fit"][data-fit="notJson"]');
    await fit.waitFor();
    expect(await fit.textContent()).toBe("This is not JSON yet: not valid JSON: expected value at line 1 column 1");
    expect(await page.textContent('[data-testid="send-why"]')).toBe("The Raw JSON is not JSON, so it can't be sent.");
    await page.click('[data-testid="tab-form"]');
    await page.locator('[data-testid="raw-notice"]').waitFor();
    // Discarding it brings back the form as it was.
    await page.click('[data-testid="raw-drop"]');
    await page.locator('[data-testid="compose-form"]').waitFor();
  });
});

const POSTER = "https://cdn.example.com/poster.png";
const POSTER_PROBE: MediaProbe = {
  kind: "image",
  url: POSTER,
  size: 2048,
  contentType: "image/png",
  format: "PNG",
  imageFormat: 3,
  width: 640,
  height: null,
  seconds: null,
  fileName: null,
  uuid: "7a1e0c3e-poster",
  problems: [{ field: "ImageInfoArray[0].Height", messageId: "media-dimensions-unreadable", params: {}, message: "the image's header could not be read" }],
  found: [
    { field: "ImageInfoArray[0].URL", value: POSTER },
    { field: "UUID", value: "7a1e0c3e-poster" },
    { field: "ImageFormat", value: 3 },
    { field: "ImageInfoArray[0].Size", value: 2048 },
    { field: "ImageInfoArray[0].Width", value: 640 },
  ],
  bytesRead: 65536,
  requests: 1,
  elapsedMs: 40,
};

describe("compose: media and sender", () => {
  it("fills an image from its URL and says beside the field what it could not find", async () => {
    const { page, calls } = await open({ probes: { [POSTER]: POSTER_PROBE } });
    await addElement(page, "TIMImageElem");
    const image = card(page, 1);
    await input(image, "MsgContent.ImageInfoArray[0].URL").fill(POSTER);
    await image.locator('[data-testid="probe"]').click();
    const note = image.locator('[data-testid="probe-note"]');
    await note.waitFor();
    expect(await note.textContent()).toBe("Filled UUID, ImageFormat, Size, Width from the file; what it could not find is noted beside its field.");
    await expect.poll(() => input(image, "MsgContent.UUID").inputValue()).toBe("7a1e0c3e-poster");
    await expect.poll(() => input(image, "MsgContent.ImageFormat").inputValue()).toBe("3");
    await expect.poll(() => input(image, "MsgContent.ImageInfoArray[0].Size").inputValue()).toBe("2048");
    await expect.poll(() => input(image, "MsgContent.ImageInfoArray[0].Width").inputValue()).toBe("640");
    expect(await fieldError(image, "MsgContent.ImageInfoArray[0].Height").textContent()).toBe(
      "The image's header could not be read (damaged, or a variant the app does not know); enter it in pixels",
    );
    expect(callsOf(await calls(), "media_probe").map((c) => c.args)).toEqual([{ url: POSTER, kind: "image" }]);
    // Typing the height settles it: the probe's note on that field goes.
    await input(image, "MsgContent.ImageInfoArray[0].Height").fill("360");
    await expect.poll(() => fieldError(image, "MsgContent.ImageInfoArray[0].Height").count()).toBe(0);
  });

  it("says why a URL could not be read, on the URL", async () => {
    const { page } = await open();
    await addElement(page, "TIMVideoFileElem");
    const video = card(page, 1);
    await input(video, "MsgContent.ThumbUrl").fill("https://cdn.example.com/missing.jpg");
    await video.locator('[data-testid="probe"]').nth(1).click();
    await fieldError(video, "MsgContent.ThumbUrl").waitFor();
    expect(await fieldError(video, "MsgContent.ThumbUrl").textContent()).toContain("404");
    expect(await video.locator('[data-testid="probe-note"]').textContent()).toBe("Nothing could be filled from this address: see the note beside the field.");
  });

  it("looks a typed sender up with Tencent when the field is left", async () => {
    const { page, calls } = await open({
      senders: {
        ghost: { state: "missing" },
        offline: {
          state: "unchecked",
          problem: {
            class: "TRANSPORT",
            tencentCode: null,
            messageId: "transport-timeout",
            params: {},
            title: "x",
            remedy: "y",
            detail: "no answer within 10 s",
          },
        },
      },
    });
    // The profile's default, the admin by name, or another account.
    expect(await page.locator('[data-testid="sender-choice"] option').allTextContents()).toEqual([
      "host (the profile's default sender)",
      "administrator (the admin account)",
      "Another account…",
    ]);
    await page.selectOption('[data-testid="sender-choice"]', "admin");
    await expect.poll(async () => ((await lastChecked(calls)) as Json).From_Account).toBe("administrator");
    await page.selectOption('[data-testid="sender-choice"]', "other");
    const account = page.locator('[data-testid="sender-account"]');
    await account.fill("ghost");
    await account.press("Tab");
    const lookup = page.locator('[data-testid="sender-lookup"]');
    await expect.poll(() => lookup.getAttribute("data-state")).toBe("missing");
    expect(await lookup.textContent()).toBe(
      "There is no account ghost in this app, so Tencent would refuse the broadcast. Import it in the Chat console, or choose another sender.",
    );
    await account.fill("offline");
    await account.press("Tab");
    await expect.poll(() => lookup.getAttribute("data-state")).toBe("unchecked");
    expect(await lookup.textContent()).toMatch(/^Couldn't check the account: /);
    await account.fill("host_anna");
    await account.press("Tab");
    await expect.poll(() => lookup.getAttribute("data-state")).toBe("exists");
    expect(callsOf(await calls(), "sender_check").map((c) => c.args)).toEqual([
      { id: "prod-1", account: "ghost" },
      { id: "prod-1", account: "offline" },
      { id: "prod-1", account: "host_anna" },
    ]);
  });
});

describe("compose: sending", () => {
  it("confirms naming the profile, sends on Enter, shows the outcome in place and starts afresh", async () => {
    const { page, calls } = await open();
    const text = input(card(page, 0), "MsgContent.Text");
    await text.fill("We're live in 5 minutes!");
    await expect.poll(() => send(page).isDisabled()).toBe(false);
    // The preview: what viewers see, who sees it, and the exact request.
    const preview = page.locator('[data-testid="compose-preview"]');
    await expect.poll(() => preview.locator(".bubble").textContent()).toBe("We're live in 5 minutes!");
    expect(await preview.locator(".message-from").textContent()).toBe("host");
    const audience = preview.locator('[data-testid="audience"]');
    expect(await audience.textContent()).toContain("a viewer who joins later doesn't see it");
    // The versions come from Rust's limits (the fake answers what `Limits::current()` does).
    expect(await audience.textContent()).toContain("Chat SDK 6.5.2803 or later (Enhanced edition), or the Web SDK 2.21.0 or later");
    await expect.poll(() => preview.locator('[data-testid="request-host"]').textContent()).toBe("POST adminapisgp.im.qcloud.com/v4/group_open_http_svc/send_broadcast_msg");

    await text.press("Control+Enter");
    const dialog = page.locator('[data-testid="confirm-send"]');
    await dialog.waitFor();
    expect(await dialog.locator('[data-testid="confirm-target"]').textContent()).toBe("It goes to every audio-video group of Live show.");
    expect(await dialog.locator(".color-dot").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(229, 72, 77)");
    await expect.poll(() => dialog.locator('[data-testid="confirm-host"]').textContent()).toBe("Singapore · adminapisgp.im.qcloud.com");
    expect(await dialog.locator('[data-testid="confirm-elements"]').textContent()).toBe("Text");
    expect(await dialog.locator('[data-testid="confirm-sandbox"]').count()).toBe(0);
    expect(callsOf(await calls(), "broadcast_send")).toHaveLength(0);

    await page.keyboard.press("Enter");
    const result = page.locator('[data-testid="send-result"]');
    await expect.poll(() => result.getAttribute("data-delivery")).toBe("sent");
    expect(await result.textContent()).toBe("Sent · MsgSeq 101 · 12 ms");
    const sent = callsOf(await calls(), "broadcast_send");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.args).toEqual({
      id: "prod-1",
      draft: { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "We're live in 5 minutes!" } }] },
      emergency: false,
      onQueued: expect.stringMatching(/^__CHANNEL__:\d+$/),
    });
    // Ready for the next one, and nothing kept to come back after a restart.
    await expect.poll(() => input(card(page, 0), "MsgContent.Text").inputValue()).toBe("");
    await expect.poll(async () => (callsOf(await calls(), "composer_draft_save").at(-1)?.args as Json).draft).toBeNull();
    expect(pageErrors(page)).toEqual([]);
  });

  it("marks the sandbox in the confirmation, and Esc goes back without sending", async () => {
    const { page, calls } = await open({ activeId: "sandbox-1" });
    await input(card(page, 0), "MsgContent.Text").fill("Rehearsal");
    await expect.poll(() => send(page).isDisabled()).toBe(false);
    await send(page).click();
    const dialog = page.locator('[data-testid="confirm-send"]');
    await dialog.waitFor();
    expect(await dialog.locator('[data-testid="sandbox-badge"]').count()).toBe(1);
    expect(await dialog.locator('[data-testid="confirm-sandbox"]').textContent()).toContain("no real viewer sees it");
    expect(await dialog.locator('[data-testid="confirm-host"]').textContent()).toBe("127.0.0.1");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(callsOf(await calls(), "broadcast_send")).toHaveLength(0);
    expect(await input(card(page, 0), "MsgContent.Text").inputValue()).toBe("Rehearsal");
  });

  it("keeps the message when it was not sent, with the reason in place", async () => {
    const { page } = await open({ plans: ["notSent"] });
    await input(card(page, 0), "MsgContent.Text").fill("Not this time");
    await expect.poll(() => send(page).isDisabled()).toBe(false);
    await send(page).click();
    await page.locator('[data-testid="confirm-send"] [data-testid="confirm"]').click();
    const result = page.locator('[data-testid="send-result"]');
    await expect.poll(() => result.getAttribute("data-delivery")).toBe("notSent");
    expect(await result.textContent()).toContain("Tencent error 10004");
    expect(await input(card(page, 0), "MsgContent.Text").inputValue()).toBe("Not this time");
  });

  it("brings the message back after a reload (a restart), as it was saved", async () => {
    const { page, calls } = await open();
    await input(card(page, 0), "MsgContent.Text").fill("Half-written");
    await addElement(page, "TIMCustomElem");
    await input(card(page, 1), "MsgContent.Data").fill("{}");
    await expect.poll(async () => String((callsOf(await calls(), "composer_draft_save").at(-1)?.args as Json | undefined)?.draft)).toContain('"Data":"{}"');
    await page.reload();
    await page.locator('[data-testid="compose-form"]').waitFor();
    expect(await cards(page).count()).toBe(2);
    expect(await input(card(page, 0), "MsgContent.Text").inputValue()).toBe("Half-written");
    expect(await input(card(page, 1), "MsgContent.Data").inputValue()).toBe("{}");
  });
});

const EVACUATE: Template = {
  id: "t-evacuate",
  name: "Evacuate",
  body: { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Please leave the hall calmly." } }] },
  emergency: true,
  createdAt: 1_767_000_000_000,
  updatedAt: 1_767_000_000_000,
};

describe("compose: templates", () => {
  const templateItem = (page: Page, name: string) => page.locator('[data-testid="template"]', { has: page.locator(`[data-testid="template-name"]:text-is("${name}")`) });

  it("saves the message as a template, with Rust's word on a name taken", async () => {
    const { page, calls } = await open({ templates: [EVACUATE] });
    await input(card(page, 0), "MsgContent.Text").fill("Doors open");
    await expect.poll(() => page.locator('[data-testid="save-as-template"]').isDisabled()).toBe(false);
    await page.click('[data-testid="save-as-template"]');
    const dialog = page.locator('[data-testid="save-template"]');
    await dialog.locator('[name="template-name"]').fill("evacuate");
    await dialog.locator('[data-testid="template-save"]').click();
    const error = dialog.locator('[data-testid="field-error"][data-field="name"]');
    await error.waitFor();
    expect(await error.textContent()).toBe("Another template is already called “Evacuate”");
    await dialog.locator('[name="template-name"]').fill("Doors");
    await dialog.locator('[name="template-emergency"]').check();
    await dialog.locator('[data-testid="template-save"]').click();
    await dialog.locator('[data-testid="template-saved"]').waitFor();
    expect(callsOf(await calls(), "template_create").at(-1)?.args).toEqual({
      draft: { name: "Doors", body: { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Doors open" } }] }, emergency: true },
    });
    await page.keyboard.press("Escape");

    await page.click('[data-testid="open-templates"]');
    await templateItem(page, "Doors").waitFor();
    expect(await page.locator('[data-testid="template-name"]').allTextContents()).toEqual(["Doors", "Evacuate"]);
    expect(await templateItem(page, "Doors").getAttribute("data-emergency")).toBe("true");
  });

  it("uses a template, asking before it replaces a message in progress", async () => {
    const { page } = await open({ templates: [EVACUATE] });
    await input(card(page, 0), "MsgContent.Text").fill("Something else");
    await page.click('[data-testid="open-templates"]');
    await templateItem(page, "Evacuate").locator('[data-testid="template-use"]').click();
    const ask = page.locator('[data-testid="confirm-replace"]');
    await ask.waitFor();
    expect(await ask.textContent()).toContain("Replace the message with “Evacuate”?");
    await ask.locator('[data-testid="confirm"]').click();
    await expect.poll(() => input(card(page, 0), "MsgContent.Text").inputValue()).toBe("Please leave the hall calmly.");
  });

  it("renames, duplicates, marks and deletes templates", async () => {
    const { page, calls } = await open({ templates: [EVACUATE] });
    await page.click('[data-testid="open-templates"]');
    const evacuate = templateItem(page, "Evacuate");
    await evacuate.locator('[data-testid="template-rename"]').click();
    await evacuate.locator('[name="template-name"]').fill("Evacuate now");
    await evacuate.locator('[data-testid="template-edit-save"]').click();
    const renamed = templateItem(page, "Evacuate now");
    await renamed.waitFor();

    await renamed.locator('[data-testid="template-duplicate"]').click();
    expect(await renamed.locator('[name="template-name"]').inputValue()).toBe("Evacuate now copy");
    await renamed.locator('[data-testid="template-edit-save"]').click();
    await templateItem(page, "Evacuate now copy").waitFor();

    await renamed.locator('[data-testid="template-emergency"]').uncheck();
    await expect.poll(async () => callsOf(await calls(), "template_update").at(-1)?.args).toEqual({
      id: "t-evacuate",
      draft: { name: "Evacuate now", body: EVACUATE.body, emergency: false },
    });

    await templateItem(page, "Evacuate now copy").locator('[data-testid="template-delete"]').click();
    const ask = page.locator('[data-testid="confirm-template-delete"]');
    await ask.waitFor();
    expect(await ask.textContent()).toContain("Delete the template “Evacuate now copy”?");
    await ask.locator('[data-testid="confirm"]').click();
    await expect.poll(() => page.locator('[data-testid="template-name"]').allTextContents()).toEqual(["Evacuate now"]);
    expect(pageErrors(page)).toEqual([]);
  });
});
