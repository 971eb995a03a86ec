/**
 * The window's language in the built UI: it follows the system on first start, the picker switches the
 * whole window at once and is remembered across reloads, and — in the pseudo-language, where every
 * catalogue text is accented — no text on any screen is left in plain English (hard-coded), and the
 * layout holds with a third more text at the smallest window size.
 */
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { AppInfo } from "../../ui/src/bindings/AppInfo";
import { openWithIpc, pageErrors } from "../support/browser";
import { servedWindow } from "../support/static-server";
import {
  CONNECTED,
  EVERY_ELEMENT_DELIVERY,
  NOT_SENT_BROADCAST,
  PAUSED_TEMPLATE,
  PRODUCTION,
  QUEUED_BROADCAST,
  SANDBOX,
  SENT_BROADCAST,
  STAGING,
  UNKNOWN_BROADCAST,
  WRONG_KEY,
} from "../support/fixtures";

const STORAGE_KEY = "broadcast-desk.language";
const PSEUDO = "en-XA";
const LOCALES = fileURLToPath(new URL("../../ui/locales/", import.meta.url));

const INFO: AppInfo = {
  name: "Broadcast Desk",
  version: "9.8.7-test",
  identifier: "io.broadcastdesk.desktop",
  dataDir: "/home/producer/.local/share/io.broadcastdesk.desktop",
  commit: "0123abcde",
  buildKind: "release",
};

/** What a message (or one of its attributes) says in a language, as the window would show it: the
 * language's catalogue when it has the message, English otherwise — so these tests hold while a
 * translation is missing and say more once it exists. */
function expected(tag: string, id: string, attribute?: string): string {
  for (const lang of [tag, "en"]) {
    const bundle = new FluentBundle(lang, { useIsolating: false });
    for (const name of ["core", "window"]) {
      const file = `${LOCALES}${lang}/${name}.ftl`;
      if (existsSync(file)) bundle.addResource(new FluentResource(readFileSync(file, "utf8")));
    }
    const message = bundle.getMessage(id);
    const pattern = attribute ? message?.attributes[attribute] : message?.value;
    if (pattern) return bundle.formatPattern(pattern);
  }
  throw new Error(`no message ${id}`);
}

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

const title = (page: Page) => page.textContent("#view-title");
const picker = (page: Page) => page.locator('[data-testid="language-picker"]');
const htmlLang = (page: Page) => page.getAttribute("html", "lang");

/** Nothing spills out of its box sideways: a text wider than its container would be cut or overlap. */
async function expectNoOverflow(page: Page, where: string) {
  const spilled = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (el.closest("svg, select, option, .visually-hidden") || el.offsetParent === null) continue;
      const style = getComputedStyle(el);
      // Hidden from sight but kept for screen readers (the header's narrow-window labels), as .visually-hidden is.
      if (style.clipPath === "inset(50%)") continue;
      // Scrolling containers and deliberately truncated lines (ellipsis, e.g. long profile names) are fine.
      if (["auto", "scroll"].includes(style.overflowX) || style.textOverflow === "ellipsis") continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && style.overflowX !== "visible") {
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
      }
      const rect = el.getBoundingClientRect();
      if (rect.right > document.documentElement.clientWidth + 1 && el.children.length === 0 && el.textContent?.trim()) {
        out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(rect.right)}px, past the window`);
      }
    }
    // The header has a fixed height: a title or caption that wraps would spill over the content.
    const header = document.querySelector("header.header")?.getBoundingClientRect();
    for (const el of document.querySelectorAll<HTMLElement>("header.header *")) {
      const rect = el.getBoundingClientRect();
      if (header && el.offsetParent !== null && !el.closest('[role="menu"]') && (rect.top < header.top - 1 || rect.bottom > header.bottom + 1)) {
        out.push(`${el.tagName.toLowerCase()}.${el.className} spills out of the header`);
      }
    }
    return out;
  });
  expect(spilled, `overflow on ${where}`).toEqual([]);
}

describe("language", () => {
  it("follows the system on first start, switches from the picker, and is remembered", async () => {
    const { page } = await openWithIpc(browser, `${url}#/profiles`, {}, {
      fake: { profiles: [PRODUCTION] },
      system: { language: "ko", formatting: { ko: "ko-KR" } },
    });
    await page.locator('[data-testid="profile-item"]').waitFor();
    // What the shell handed over decides, not the browser's own locale.
    expect(await page.evaluate(() => navigator.language)).toBe("en-US");
    expect(await htmlLang(page)).toBe("ko");
    expect(await picker(page).inputValue()).toBe("ko");
    expect(await picker(page).locator("option:checked").textContent()).toBe("한국어");
    // Each language is offered in its own name.
    expect(await picker(page).locator("option").allTextContents()).toEqual(["English", "한국어", "简体中文", "日本語"]);
    expect(await title(page)).toBe(expected("ko", "view-profiles"));
    // Nothing was chosen yet: the system decides.
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();

    await picker(page).selectOption("en");
    await expect.poll(() => htmlLang(page)).toBe("en");
    expect(await title(page)).toBe(expected("en", "view-profiles"));
    expect(await page.locator('[data-testid="profile-edit"]').textContent()).toBe(expected("en", "profiles-edit"));
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe("en");

    // Remembered: the system still says Korean, the window stays in English.
    await page.reload();
    await page.locator('[data-testid="profile-item"]').waitFor();
    expect(await htmlLang(page)).toBe("en");
    expect(await picker(page).inputValue()).toBe("en");
    expect(await title(page)).toBe(expected("en", "view-profiles"));
    expect(pageErrors(page)).toEqual([]);
  });

  it("words Rust's problems in the chosen language too, and switches them with the window", async () => {
    const { page } = await openWithIpc(
      browser,
      `${url}#/profiles`,
      { connection_test: WRONG_KEY },
      {
        fake: { profiles: [PRODUCTION] },
        system: { language: "ko", formatting: { ko: "ko-KR" } },
        viewport: { width: 860, height: 560 },
      },
    );
    const result = page.locator('[data-testid="connection-result"]');
    await page.click('[data-testid="test-connection"]');
    await result.waitFor();
    const korean = expected("ko", "tencent-70009", "title");
    // ui/locales/ko/core.ftl exists: Tencent's explanation is in Korean.
    expect(korean).not.toBe(expected("en", "tencent-70009", "title"));
    expect(await result.locator(".result-title").textContent()).toBe(korean);
    await expectNoOverflow(page, "a Korean connection problem");
    await picker(page).selectOption("en");
    await expect.poll(() => result.locator(".result-title").textContent()).toBe(expected("en", "tencent-70009", "title"));
    expect(await result.textContent()).toContain(expected("en", "tencent-70009", "remedy"));
  });

  // Which system tags are which language is desk-core's rule (`Language::negotiate`, tested there and
  // end to end in tests/e2e/languages.test.ts); the page starts in what the shell hands it.
  it.each([
    ["zh-Hans", "简体中文"],
    ["ja", "日本語"],
    ["en", "English"],
  ] as const)("starts in %s when the system asks for it", async (tag, name) => {
    const { page } = await openWithIpc(browser, `${url}#/scheduled`, {}, { fake: {}, system: { language: tag, formatting: {} } });
    await page.locator('[data-testid="first-run"]').waitFor();
    expect(await htmlLang(page)).toBe(tag);
    expect(await picker(page).locator("option:checked").textContent()).toBe(name);
    expect(await title(page)).toBe(expected(tag, "view-welcome"));
  });

  it("offers the picker in About too, and both stay in step", async () => {
    const { page } = await openWithIpc(browser, `${url}#/about`, { app_info: INFO }, { fake: { profiles: [PRODUCTION] } });
    const about = page.locator('[data-testid="about-language"]');
    await about.waitFor();
    // About's select has a visible label.
    expect(await page.locator('label[for="about-language"]').textContent()).toBe(expected("en", "about-language"));
    await about.selectOption("ja");
    await expect.poll(() => htmlLang(page)).toBe("ja");
    expect(await picker(page).inputValue()).toBe("ja");
    expect(await title(page)).toBe(expected("ja", "view-about"));
  });

  it("re-renders the whole window at once, open dialogs and results included", async () => {
    const { page } = await openWithIpc(browser, `${url}#/profiles`, { connection_test: CONNECTED }, { fake: { profiles: [PRODUCTION, STAGING], activeId: "prod-1" } });
    await page.evaluate(([key, value]) => localStorage.setItem(key as string, value as string), [STORAGE_KEY, PSEUDO]);
    await page.reload();
    const item = page.locator('[data-testid="profile-item"][data-profile-id="prod-1"]');
    await item.locator('[data-testid="test-connection"]').click();
    const result = item.locator('[data-testid="connection-result"]');
    await result.waitFor();
    expect(await htmlLang(page)).toBe(PSEUDO);
    const english = {
      title: expected("en", "view-profiles"),
      nav: expected("en", "view-compose"),
      edit: expected("en", "profiles-edit"),
      key: `Key stored in ${PRODUCTION.key.state === "stored" ? PRODUCTION.key.backend : ""}`,
      result: "Connected to adminapisgp.im.qcloud.com in 87 ms",
    };
    const read = async () => ({
      title: await title(page),
      nav: await page.locator('.nav-item[data-view="compose"] span').textContent(),
      edit: await item.locator('[data-testid="profile-edit"]').textContent(),
      key: await item.locator('[data-testid="key-state"]').textContent(),
      result: await result.locator(".result-title").textContent(),
    });
    const before = await read();
    for (const [part, text] of Object.entries(before)) expect(text, part).not.toBe(english[part as keyof typeof english]);

    await picker(page).selectOption("en");
    await expect.poll(read).toEqual(english);
    expect(pageErrors(page)).toEqual([]);
  });
});

/** Every ASCII word on the page: text, and what is read or heard (title, aria-label, placeholder, alt). */
async function asciiWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // The language picker names each language in its own language, English included.
      if (parent?.closest('[data-testid="language-picker"], [data-testid="about-language"], script, style')) continue;
      found.push(node.textContent ?? "");
    }
    for (const el of document.querySelectorAll("[title], [aria-label], [placeholder], [alt]")) {
      for (const name of ["title", "aria-label", "placeholder", "alt"]) found.push(el.getAttribute(name) ?? "");
    }
    return found;
  });
  return texts.flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? []);
}

/** The ASCII words of values: what the fake backend and the fixtures put on screen (names, hosts, ids). */
function dataWords(...values: unknown[]): Set<string> {
  const words = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") for (const w of v.match(/[A-Za-z]{2,}/g) ?? []) words.add(w);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) Object.values(v).forEach(walk);
  };
  walk(values);
  return words;
}

describe("pseudo-language", () => {
  // Values the fake desk (tests/support/browser.ts) answers with, besides the fixtures.
  const FAKE_DESK = [
    "Secret Service",
    "http://127.0.0.1:47615/",
    "sandbox_admin",
    "host",
    "moderator",
    "adminapisgp.im.qcloud.com",
    "Live show copy",
    "/home/producer/Downloads/broadcast-desk-history-2025-12-30T10-00-00Z.csv",
  ];
  // Keyboard keys in shortcuts ("Ctrl+1", "Ctrl+Shift+F12") are not translated.
  const KEYS = ["Ctrl", "Shift", "F12"];
  // Intl formats the pseudo-language as English: durations ("4 hours"), times ("09:20:15 AM") and dates
  // ("Dec 29, 2025").
  const INTL = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "AM", "PM", "Dec"];
  const OUTBOX = [SENT_BROADCAST, NOT_SENT_BROADCAST, UNKNOWN_BROADCAST, QUEUED_BROADCAST];
  // Tencent's names the composer shows beside its fields and in the request (protocol names, like
  // MsgSeq: never translated), and what the fake desk's request preview holds.
  const TENCENT = [
    "TIMTextElem TIMCustomElem TIMFaceElem TIMLocationElem TIMImageElem TIMSoundElem TIMFileElem TIMVideoFileElem",
    "From_Account CloudCustomData MsgBody MsgType MsgContent Random Text Data Desc Ext Sound Index Latitude Longitude",
    "UUID ImageFormat ImageInfoArray Type Size Width Height URL Url Second Download_Flag FileSize FileName",
    "VideoUrl VideoSize VideoSecond VideoFormat VideoDownloadFlag VideoUUID ThumbUrl ThumbSize ThumbWidth ThumbHeight",
    "ThumbFormat ThumbDownloadFlag ThumbUUID JPG GIF PNG BMP POST v4 group_open_http_svc send_broadcast_msg",
    "sdkappid identifier random contenttype json",
  ];
  const allowed = dataWords(PRODUCTION, STAGING, SANDBOX, CONNECTED, EVERY_ELEMENT_DELIVERY, INFO, FAKE_DESK, KEYS, INTL, OUTBOX, PAUSED_TEMPLATE, TENCENT);

  async function openPseudo(hash: string, fake: Parameters<typeof openWithIpc>[3] = {}, script: Parameters<typeof openWithIpc>[2] = {}) {
    const opened = await openWithIpc(browser, `${url}${hash}`, { app_info: INFO, ...script }, { viewport: { width: 860, height: 560 }, ...fake });
    await opened.page.evaluate(([key, value]) => localStorage.setItem(key as string, value as string), [STORAGE_KEY, PSEUDO]);
    await opened.page.reload();
    return opened;
  }

  async function expectNoPlainEnglish(page: Page, where: string) {
    const plain = (await asciiWords(page)).filter((w) => !allowed.has(w));
    expect(plain, `plain English on ${where}`).toEqual([]);
  }

  it("leaves no text in plain English, and nothing spills at the smallest window, on every screen", async () => {
    const welcome = await openPseudo("#/compose", { fake: {} });
    await welcome.page.locator('[data-testid="first-run"]').waitFor();
    await expectNoPlainEnglish(welcome.page, "the welcome panel");
    await expectNoOverflow(welcome.page, "the welcome panel");

    const { page } = await openPseudo(
      "#/profiles",
      { fake: { profiles: [PRODUCTION, STAGING, SANDBOX], activeId: "prod-1", usage: { "prod-1": { queued: 2, sending: 1, scheduled: 3 } } } },
      { connection_test: CONNECTED },
    );
    await page.locator('[data-testid="profile-item"]').first().waitFor();
    await page.locator('[data-testid="profile-item"][data-profile-id="prod-1"] [data-testid="test-connection"]').click();
    await page.locator('[data-testid="connection-result"]').waitFor();
    await expect.poll(() => page.locator('[data-testid="profile-target"]').first().textContent()).not.toBe("singapore");
    await expectNoPlainEnglish(page, "Profiles");
    await expectNoOverflow(page, "Profiles");

    for (const view of ["compose", "scheduled", "history"]) {
      await page.click(`.nav-item[data-view="${view}"]`);
      await page.locator(`[data-testid="view-${view}"]`).waitFor();
      await expectNoPlainEnglish(page, view);
      await expectNoOverflow(page, view);
    }

    await page.click('.nav-item[data-view="about"]');
    await page.locator('[data-testid="about-version"]').waitFor();
    await expectNoPlainEnglish(page, "About");
    await expectNoOverflow(page, "About");

    // The profile form, with the custom-rate field and the advanced section open.
    await page.click('.nav-item[data-view="profiles"]');
    await page.click('[data-testid="profile-item"][data-profile-id="prod-1"] [data-testid="profile-edit"]');
    const form = page.locator('[data-testid="profile-form"]');
    await form.locator('input[name="name"]').waitFor();
    await page.selectOption('select[name="edition"]', "custom");
    await page.click(".advanced summary");
    await page.locator('input[name="usersigLifetimeMinutes"]').waitFor();
    await expectNoPlainEnglish(page, "the profile form");
    await expectNoOverflow(page, "the profile form");
    await page.keyboard.press("Escape");

    // The delete dialog.
    await page.click('[data-testid="profile-item"][data-profile-id="prod-1"] [data-testid="profile-delete"]');
    await page.locator('[data-testid="confirm-delete"] [data-testid="delete-sending"]').waitFor();
    await expectNoPlainEnglish(page, "the delete dialog");
    await page.keyboard.press("Escape");

    // The header's profile menu.
    await page.click('[data-testid="profile-switcher"]');
    await page.locator('[role="menu"]').waitFor();
    await expectNoPlainEnglish(page, "the profile menu");
    await page.keyboard.press("Escape");
    expect(pageErrors(page)).toEqual([]);
  });

  it("leaves no text in plain English, and nothing spills, in History, a broadcast's details and the decisions", async () => {
    const { page } = await openPseudo("#/history", { fake: { profiles: [PRODUCTION, STAGING, SANDBOX], activeId: "prod-1", outbox: OUTBOX } });
    const item = (id: string) => page.locator(`[data-testid="history-item"][data-outbox-id="${id}"]`);
    await item("b-sent").waitFor();
    await expectNoPlainEnglish(page, "History");
    await expectNoOverflow(page, "History");

    for (const id of ["b-unknown", "b-not-sent", "b-queued"]) {
      await item(id).locator('[data-testid="history-row"]').click();
      await item(id).locator('[data-testid="details-facts"]').waitFor();
      await expectNoPlainEnglish(page, `the details of ${id}`);
      await expectNoOverflow(page, `the details of ${id}`);
    }

    await page.click('[data-testid="history-export-csv"]');
    await page.locator('[data-testid="history-exported"]').waitFor();
    await expectNoPlainEnglish(page, "an export");
    await expectNoOverflow(page, "an export");
    await item("b-not-sent").locator('[data-testid="history-row"]').click();
    await item("b-not-sent").locator('[data-testid="history-send-again"]').click();
    await page.locator('[data-testid="confirm-history-send-again"]').waitFor();
    await expectNoPlainEnglish(page, "the send-again confirmation of History");
    await page.locator('[data-testid="confirm-history-send-again"] [data-testid="confirm"]').click();
    await item("b-not-sent").locator('[data-testid="send-result"]').waitFor();
    await expectNoPlainEnglish(page, "a broadcast sent again");

    await item("b-unknown").locator('[data-testid="history-row"]').click();
    await item("b-unknown").locator('[data-testid="send-again"]').click();
    await page.locator('[data-testid="confirm-send-again"]').waitFor();
    await expectNoPlainEnglish(page, "the send-again confirmation");
    await page.keyboard.press("Escape");

    await page.click('[data-testid="needs-attention"]');
    await page.locator('[data-testid="attention-item"]').waitFor();
    await expectNoPlainEnglish(page, "the outcomes to decide");
    await expectNoOverflow(page, "the outcomes to decide");
    await page.locator('[data-testid="attention-item"] [data-testid="mark-delivered"]').click();
    await page.locator('[data-testid="decision"]').waitFor();
    await expectNoPlainEnglish(page, "a decision");
    expect(pageErrors(page)).toEqual([]);
  });

  it("leaves no text in plain English, and nothing spills, in the emergency panel and its outcome", async () => {
    const fake = { profiles: [PRODUCTION, SANDBOX], activeId: "prod-1", templates: [PAUSED_TEMPLATE] };
    const { page } = await openPseudo("#/history", { fake: { ...fake, shortcut: { state: "unavailable", problem: "wayland", detail: "" } } });
    await page.click('[data-testid="emergency-button"]');
    await page.locator('[data-testid="emergency-shortcut"]').waitFor();
    await expectNoPlainEnglish(page, "the emergency panel");
    await expectNoOverflow(page, "the emergency panel");
    const hold = page.locator('[data-testid="emergency-send"]');
    await hold.click();
    await page.locator('[data-testid="emergency-send-short"]').filter({ hasText: /\S/ }).waitFor();
    await hold.focus();
    await page.keyboard.down("Space");
    await page.waitForTimeout(1_600);
    await page.keyboard.up("Space");
    await page.locator('[data-testid="emergency-panel"] [data-testid="send-result"]').waitFor();
    await expectNoPlainEnglish(page, "an emergency send's outcome");
    await expectNoOverflow(page, "an emergency send's outcome");
    expect(pageErrors(page)).toEqual([]);
  });

  it("leaves no text in plain English, and nothing spills, in the composer: every element, Raw JSON, templates, the confirmation", async () => {
    const template = {
      id: "t-1",
      // Data in no catalogue's letters, so the check below sees only the window's own words.
      name: "避難",
      body: { MsgBody: [{ MsgType: "TIMTextElem" as const, MsgContent: { Text: "避難してください" } }] },
      emergency: true,
      createdAt: 1_767_000_000_000,
      updatedAt: 1_767_000_000_000,
    };
    // Rust would not call half-filled media elements valid; the fake checks no rule, so it is told.
    const incomplete = { valid: false, bytes: 900, limit: 12_000, errors: [], omitted: 0 };
    const { page } = await openPseudo("#/compose", {
      fake: { profiles: [PRODUCTION, SANDBOX], activeId: "prod-1", templates: [template], checks: [{ when: "TIMSoundElem", report: incomplete }] },
    });
    await page.locator('[data-testid="compose-form"]').waitFor();
    await page.fill('[name="MsgContent.Text"]', "開場まで5分");
    for (const type of ["TIMCustomElem", "TIMFaceElem", "TIMLocationElem", "TIMImageElem", "TIMSoundElem", "TIMFileElem", "TIMVideoFileElem"]) {
      await page.click('[data-testid="add-element"]');
      await page.locator('[role="menu"]').waitFor();
      if (type === "TIMCustomElem") {
        await expectNoPlainEnglish(page, "the Add menu");
        await expectNoOverflow(page, "the Add menu");
      }
      await page.click(`[role="menuitem"][data-type="${type}"]`);
    }
    for (const summary of await page.locator(".more-fields summary").all()) await summary.click();
    await page.locator('[data-testid="element"]').nth(4).locator('[data-testid="image-size-add"]').click({ timeout: 5000 });
    await page.selectOption('[data-testid="sender-choice"]', "other");
    await page.fill('[data-testid="sender-account"]', "host");
    await page.keyboard.press("Tab");
    await page.locator('[data-testid="sender-lookup"][data-state="exists"]').waitFor();
    // A probe that found nothing, and a problem beside a field.
    await page.locator('[name="MsgContent.Url"]').first().fill("https://cdn.example.com/chime.mp3");
    await page.locator('[data-testid="element"]').nth(5).locator('[data-testid="probe"]').click();
    await page.locator('[data-testid="probe-note"]').waitFor();
    await expectNoPlainEnglish(page, "the composer's form");
    await expectNoOverflow(page, "the composer's form");

    await page.click('[data-testid="tab-json"]');
    await page.fill('[data-testid="raw-json"]', '{"Random": 1, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]}');
    await page.locator('[data-testid="raw-fit"][data-fit="unshown"]').waitFor();
    await expectNoPlainEnglish(page, "the Raw JSON tab");
    await expectNoOverflow(page, "the Raw JSON tab");
    await page.click('[data-testid="tab-form"]');
    await page.locator('[data-testid="raw-notice"]').waitFor();
    await expectNoPlainEnglish(page, "the form while the Raw JSON counts");
    await expectNoOverflow(page, "the form while the Raw JSON counts");
    await page.click('[data-testid="raw-drop"]');

    await page.click('[data-testid="open-templates"]');
    await page.locator('[data-testid="template"]').waitFor();
    await page.click('[data-testid="template-rename"]');
    await expectNoPlainEnglish(page, "the templates");
    await expectNoOverflow(page, "the templates");
    await page.keyboard.press("Escape");
    await page.click('[data-testid="save-as-template"]');
    await page.locator('[data-testid="save-template"]').waitFor();
    await expectNoPlainEnglish(page, "saving a template");
    await expectNoOverflow(page, "saving a template");
    await page.keyboard.press("Escape");

    // The text alone goes out.
    while ((await page.locator('[data-testid="element"]').count()) > 1) await page.locator('[data-testid="element"]').nth(1).locator('[data-testid="element-remove"]').click();
    await page.locator('[data-testid="compose-send"]:not([disabled])').waitFor();
    await page.click('[data-testid="compose-send"]');
    await page.locator('[data-testid="confirm-send"]').waitFor();
    await expectNoPlainEnglish(page, "the confirmation");
    await expectNoOverflow(page, "the confirmation");
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="send-result"][data-delivery="sent"]').waitFor();
    await expectNoPlainEnglish(page, "the outcome");
    await expectNoOverflow(page, "the outcome");
    expect(pageErrors(page)).toEqual([]);
  });

  it("leaves no text in plain English in the sandbox and a message of every kind", async () => {
    const { page } = await openPseudo("#/sandbox", { fake: { profiles: [SANDBOX], activeId: "sandbox-1" } }, { sandbox_deliveries: [EVERY_ELEMENT_DELIVERY] });
    await page.locator('[data-testid="sandbox-delivery"]').waitFor();
    await page.locator('[data-testid="sandbox-info"]').waitFor();
    // The message box starts with the example in the window's language; it is the producer's text from then on.
    await page.fill('[data-testid="sandbox-text"]', "");
    await page.click('[data-testid="sandbox-send"]');
    await page.locator('[data-testid="send-result"]').waitFor();
    await expectNoPlainEnglish(page, "Sandbox");
    await expectNoOverflow(page, "Sandbox");
    expect(pageErrors(page)).toEqual([]);
  });

  it("leaves no text in plain English, and nothing spills, in the Schedule view, its form, a cancel and the away summary", async () => {
    const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
    // Data in no catalogue's letters, so the check sees only the window's own words (and zone names).
    const base = {
      profileId: "prod-1",
      profileName: "Live show",
      body: { MsgBody: [{ MsgType: "TIMTextElem" as const, MsgContent: { Text: "ドアが開きます" } }] },
      at: "2026-12-01T20:00",
      zone: "Asia/Seoul",
      repeat: { kind: "weekly" as const, days: ["mon" as const, "fri" as const] },
      end: { kind: "count" as const, times: 4 },
      missed: { kind: "sendIfLate" as const, maxSecs: 900 },
      label: "開場",
      status: "scheduled" as const,
      nextAt: Date.UTC(2026, 11, 1, 11, 0),
      nextNote: { kind: "gap" as const, sentAt: "03:30" },
      lastRun: null,
      clashes: [],
      createdAt: NOW,
      updatedAt: NOW,
    };
    const run = { n: 0, dueAt: Date.UTC(2026, 11, 1, 8, 0), lateMs: 40 * 60_000, outboxId: "b-x", msgSeq: null };
    const schedule = [
      { ...base, id: "s-1" },
      { ...base, id: "s-2", status: "waiting" as const, nextAt: null, nextNote: null, missed: { kind: "ask" as const }, lastRun: { ...run, state: "missed" as const } },
      { ...base, id: "s-3", status: "done" as const, nextAt: null, nextNote: null, lastRun: { ...run, state: "sent" as const, msgSeq: 812, lateMs: 0 } },
      { ...base, id: "s-4", status: "done" as const, nextAt: null, nextNote: null, zone: "Europe/London", lastRun: { ...run, state: "skipped" as const } },
    ];
    const news = [
      { itemId: "s-4", label: "開場", profileName: "Live show", zone: "Europe/London", dueAt: run.dueAt, lateMs: run.lateMs, state: "skipped" as const, reason: { kind: "tooLate" as const, maxSecs: 900 }, outboxId: "b-x", delivery: null, msgSeq: null, at: NOW - 1000 },
      { itemId: "s-2", label: "開場", profileName: "Live show", zone: "Asia/Seoul", dueAt: run.dueAt, lateMs: run.lateMs, state: "missed" as const, reason: null, outboxId: "b-y", delivery: null, msgSeq: null, at: NOW - 500 },
    ];
    // Zone names are IANA's, and Intl names the weekdays in the pseudo-language's English.
    const weekdays = "Mon Tue Wed Thu Fri Sat Sun Monday Tuesday Wednesday Thursday Friday Saturday Sunday";
    const extra = dataWords(schedule, ["Asia/Seoul", "Europe/London", "Europe/Berlin", "Nov", weekdays]);
    const noPlainEnglish = async (page: Page, where: string) => {
      const plain = (await asciiWords(page)).filter((w) => !allowed.has(w) && !extra.has(w));
      expect(plain, `plain English on ${where}`).toEqual([]);
    };
    const { page } = await openPseudo("#/scheduled", {
      fake: { profiles: [PRODUCTION, SANDBOX], activeId: "prod-1", schedule, news },
      timezoneId: "Europe/London",
      clockAt: NOW,
    });
    await page.locator('[data-testid="away-dialog"]').waitFor();
    await noPlainEnglish(page, "the away summary");
    await expectNoOverflow(page, "the away summary");
    await page.click('[data-testid="away-got-it"]');
    await page.locator('[data-testid="away-dialog"]').waitFor({ state: "detached" });

    await page.locator('[data-testid="schedule-item"]').first().waitFor();
    await page.locator('[data-testid="schedule-item"][data-item-id="s-1"] [data-testid="schedule-open"]').click();
    await page.locator('[data-testid="upcoming-send"]').first().waitFor();
    await noPlainEnglish(page, "the Schedule view");
    await expectNoOverflow(page, "the Schedule view");

    await page.click('[data-testid="schedule-item"][data-item-id="s-1"] [data-testid="schedule-cancel"]');
    await page.locator('[data-testid="confirm-schedule-cancel"]').waitFor();
    await noPlainEnglish(page, "the cancel confirmation");
    await page.keyboard.press("Escape");

    await page.click('[data-testid="schedule-add"]');
    const form = page.locator('[data-testid="schedule-form"]');
    await form.locator('[data-testid="source-text"]').check();
    await form.locator('[data-testid="schedule-form-text"]').fill("ドアが開きます");
    await form.locator('input[name="repeat"][value="weekly"]').check();
    await form.locator('input[name="end"][value="count"]').check();
    await form.locator('[data-testid="schedule-date"]').fill("2026-12-02");
    await form.locator('[data-testid="schedule-check"]').waitFor();
    await form.locator('[data-testid="schedule-save"]').click();
    await form.locator('[data-testid="field-error-repeat.days"]').waitFor();
    await noPlainEnglish(page, "the schedule form");
    await expectNoOverflow(page, "the schedule form");
    expect(pageErrors(page)).toEqual([]);
  });
});
