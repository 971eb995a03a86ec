/**
 * Profiles in the built UI, against a small stateful stand-in for the Rust side (tests/support/browser.ts):
 * first run, the form (draft, key handling, per-field errors), keys, delete, test connection, the header.
 */
import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openWithIpc, pageErrors, type IpcCall } from "../support/browser";
import { servedWindow } from "../support/static-server";
import { CONNECTED, KEYCHAIN, PRODUCTION, SANDBOX, STAGING, WRONG_KEY } from "../support/fixtures";

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

const argsOf = (calls: IpcCall[], cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);
const item = (page: Page, id: string) => page.locator(`[data-testid="profile-item"][data-profile-id="${id}"]`);

describe("first run", () => {
  it("welcomes on any view and opens the sandbox from it", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/history`, {}, { fake: {} });
    const panel = page.locator('[data-testid="first-run"]');
    await panel.waitFor();
    expect(await panel.textContent()).toContain("No Tencent account needed");
    expect(await panel.textContent()).toContain("this computer only");
    expect(await page.textContent('[data-testid="profile-slot"]')).toContain("No profile");

    await page.click('[data-testid="try-sandbox"]');
    await page.locator('[data-testid="view-sandbox"]').waitFor();
    expect(new URL(page.url()).hash).toBe("#/sandbox");
    expect((await calls()).map((c) => c.cmd)).toContain("sandbox_open");
    await page.locator('[data-testid="sandbox-text"]').waitFor();
    // The header now names the sandbox and says it is one.
    const slot = page.locator('[data-testid="profile-slot"]');
    expect(await slot.getAttribute("data-sandbox")).toBe("true");
    expect(await slot.locator('[data-testid="sandbox-badge"]').textContent()).toMatch(/sandbox/i);
    expect(await page.getAttribute("header.header", "data-sandbox")).toBe("true");
    expect(await page.isVisible('.nav-item[data-view="sandbox"]')).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("sets up a first profile from the welcome panel", async () => {
    const { page } = await openWithIpc(browser, url, {}, { fake: {} });
    await page.click('[data-testid="first-run"] [data-testid="add-profile"]');
    await page.locator('[data-testid="profile-form"] input[name="name"]').waitFor();
    expect(await page.isVisible('[data-testid="profile-form"] input[name="key"]')).toBe(true);
  });
});

describe("profile form", () => {
  async function fillNew(page: Page) {
    await page.fill('input[name="name"]', "Friday show");
    await page.check('input[name="color"][value="#30a46c"]');
    await page.selectOption('select[name="region"]', "frankfurt");
    await page.fill('input[name="sdkappid"]', "1400555111");
    await page.fill('input[name="adminIdentifier"]', "admin_ops");
    await page.selectOption('select[name="edition"]', "custom");
    await page.fill('input[name="ratePerSec"]', "3");
    await page.fill('input[name="defaultFromAccount"]', "host");
  }

  it("sends the draft with the key, then keeps no copy of the key", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/profiles`, {}, { fake: { profiles: [STAGING] } });
    await page.click('[data-testid="add-profile"]');
    await fillNew(page);
    await page.fill('input[name="key"]', "fake-secret-key-for-tests");
    // The key field is a password field that browsers neither autofill nor spell-check.
    expect(await page.getAttribute('input[name="key"]', "type")).toBe("password");
    expect(await page.getAttribute('input[name="key"]', "autocomplete")).toBe("off");
    expect(await page.getAttribute('input[name="key"]', "spellcheck")).toBe("false");
    await page.click('[data-testid="profile-save"]');
    await page.locator('[data-testid="profile-form"]').waitFor({ state: "detached" });

    const [args] = argsOf(await calls(), "profile_create") as Array<{ draft: unknown; key: unknown }>;
    expect(args?.key).toBe("fake-secret-key-for-tests");
    expect(args?.draft).toEqual({
      name: "Friday show",
      color: "#30a46c",
      target: { kind: "region", region: "frankfurt" },
      sdkappid: 1400555111,
      adminIdentifier: "admin_ops",
      edition: { kind: "custom", ratePerSec: 3 },
      defaultFromAccount: "host",
      isSandbox: false,
    });
    // The lifetime was left empty: Rust's default applies, not a number retyped in TypeScript.
    expect(Object.keys(args?.draft as object)).not.toContain("usersigLifetimeSecs");
    // The list shows the new profile with the key state Rust reports, never the key.
    const created = page.locator('[data-testid="profile-item"]', { hasText: "Friday show" });
    await created.waitFor();
    expect(await created.locator('[data-testid="key-state"]').textContent()).toBe(`Key stored in ${KEYCHAIN}`);
    expect(await page.content()).not.toContain("fake-secret-key-for-tests");
    // Opening a new form starts with an empty key field.
    await page.click('[data-testid="add-profile"]');
    expect(await page.inputValue('input[name="key"]')).toBe("");
  });

  it("defaults to a palette colour no profile uses yet", async () => {
    const { page } = await openWithIpc(browser, `${url}#/profiles`, {}, { fake: { profiles: [PRODUCTION] } });
    await page.click('[data-testid="add-profile"]');
    const checked = page.locator('input[name="color"]:checked');
    await checked.waitFor({ state: "attached" });
    expect(await checked.getAttribute("value")).not.toBe(PRODUCTION.profile.color);
    expect(await checked.getAttribute("value")).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("shows every field error beside its field and keeps what was typed", async () => {
    const fields = [
      { field: "name", code: "NAME_TAKEN", messageId: "field-test", params: {}, message: "another profile is already called \"Friday show\"" },
      { field: "sdkappid", code: "OUT_OF_RANGE", messageId: "field-test", params: {}, message: "must be between 1 and 9007199254740991" },
      { field: "target.url", code: "INSECURE_URL", messageId: "field-test", params: {}, message: "uses http://, which is allowed only for this computer" },
      { field: "adminIdentifier", code: "BAD_CHARACTERS", messageId: "field-test", params: {}, message: "must not contain spaces" },
      { field: "defaultFromAccount", code: "TOO_LONG", messageId: "field-test", params: {}, message: "at most 32 bytes" },
      { field: "edition.ratePerSec", code: "OUT_OF_RANGE", messageId: "field-test", params: {}, message: "must be 1 to 5 calls per second" },
      { field: "usersigLifetimeSecs", code: "OUT_OF_RANGE", messageId: "field-test", params: {}, message: "must be between 1800 (30 minutes) and 604800 (7 days) seconds" },
    ];
    const { page, calls } = await openWithIpc(
      browser,
      `${url}#/profiles`,
      { profile_create: { reject: { code: "INVALID_PROFILE", message: "the profile has 7 problems", fields } } },
      { fake: { profiles: [PRODUCTION] } },
    );
    await page.click('[data-testid="add-profile"]');
    await page.fill('input[name="name"]', "Friday show");
    await page.check('input[name="targetKind"][value="custom"]');
    await page.fill('input[name="url"]', "http://example.com/");
    await page.fill('input[name="sdkappid"]', "14OO");
    await page.fill('input[name="adminIdentifier"]', "admin ops");
    await page.selectOption('select[name="edition"]', "custom");
    await page.fill('input[name="ratePerSec"]', "9");
    await page.fill('input[name="defaultFromAccount"]', "a_sender_name_that_is_far_too_long_x");
    await page.click(".advanced summary");
    await page.fill('input[name="usersigLifetimeMinutes"]', "5");
    await page.fill('input[name="key"]', "fake-key-kept-on-error");
    await page.click('[data-testid="profile-save"]');

    for (const f of fields) {
      const el = page.locator(`[data-testid="field-error-${f.field}"]`);
      await el.waitFor();
      // Shown as a sentence beside the field (Rust leaves the field's name out of the message).
      expect((await el.textContent())?.toLowerCase()).toBe(f.message.toLowerCase());
      expect(await el.getAttribute("role")).toBe("alert");
    }
    // A sentence: capitalised, and no field name in front.
    expect(await page.textContent('[data-testid="field-error-sdkappid"]')).toBe("Must be between 1 and 9007199254740991");
    // Non-digits go to Rust as 0 (out of range), never as NaN or a guess.
    const [args] = argsOf(await calls(), "profile_create") as Array<{ draft: { sdkappid: number; usersigLifetimeSecs: number } }>;
    expect(args?.draft.sdkappid).toBe(0);
    expect(args?.draft.usersigLifetimeSecs).toBe(300);
    // Nothing typed is lost, the key included; the form stays open.
    expect(await page.inputValue('input[name="name"]')).toBe("Friday show");
    expect(await page.inputValue('input[name="url"]')).toBe("http://example.com/");
    expect(await page.inputValue('input[name="sdkappid"]')).toBe("14OO");
    expect(await page.inputValue('input[name="adminIdentifier"]')).toBe("admin ops");
    expect(await page.inputValue('input[name="ratePerSec"]')).toBe("9");
    expect(await page.inputValue('input[name="defaultFromAccount"]')).toBe("a_sender_name_that_is_far_too_long_x");
    expect(await page.inputValue('input[name="usersigLifetimeMinutes"]')).toBe("5");
    expect(await page.inputValue('input[name="key"]')).toBe("fake-key-kept-on-error");
    expect(await page.getAttribute('input[name="sdkappid"]', "aria-invalid")).toBe("true");
  });

  it("shows other failures in a banner with Rust's message", async () => {
    const { page } = await openWithIpc(
      browser,
      `${url}#/profiles`,
      { profile_create: { reject: { code: "KEYCHAIN", message: "the keychain is locked; unlock it and try again" } } },
      { fake: { profiles: [PRODUCTION] } },
    );
    await page.click('[data-testid="add-profile"]');
    await page.fill('input[name="name"]', "Friday show");
    await page.click('[data-testid="profile-save"]');
    const banner = page.locator('[data-testid="form-error"]');
    await banner.waitFor();
    expect(await banner.getAttribute("data-code")).toBe("KEYCHAIN");
    expect(await banner.textContent()).toContain("the keychain is locked");
    expect(await page.inputValue('input[name="name"]')).toBe("Friday show");
  });

  it("closes with Esc", async () => {
    const { page } = await openWithIpc(browser, `${url}#/profiles`, {}, { fake: { profiles: [PRODUCTION] } });
    await page.click('[data-testid="add-profile"]');
    await page.locator('input[name="name"]').waitFor();
    await page.keyboard.press("Escape");
    await page.locator('[data-testid="profile-form"]').waitFor({ state: "detached" });
  });

  it("edits an existing profile with its values and saves through profile_update", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/profiles`, {}, { fake: { profiles: [PRODUCTION, STAGING], activeId: "prod-1" } });
    await item(page, "stage-1").locator('[data-testid="profile-edit"]').click();
    expect(await page.inputValue('input[name="url"]')).toBe("http://127.0.0.1:9000/");
    expect(await page.inputValue('input[name="ratePerSec"]')).toBe("2");
    await page.fill('input[name="name"]', "Staging 2");
    await page.click('[data-testid="profile-save"]');
    await page.locator('[data-testid="profile-form"]').waitFor({ state: "detached" });
    const [args] = argsOf(await calls(), "profile_update") as Array<{ id: string; draft: { name: string; target: unknown } }>;
    expect(args?.id).toBe("stage-1");
    expect(args?.draft.name).toBe("Staging 2");
    expect(args?.draft.target).toEqual({ kind: "custom", url: "http://127.0.0.1:9000/" });
    expect(argsOf(await calls(), "key_set")).toEqual([]);
  });
});

describe("sandbox profile form", () => {
  it("offers only name, colour, edition and default sender, and says the sandbox is built in", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/profiles`, {}, { fake: { profiles: [SANDBOX], activeId: "sandbox-1" } });
    await item(page, "sandbox-1").locator('[data-testid="profile-edit"]').click();
    const form = page.locator('[data-testid="profile-form"]');
    await form.locator('input[name="name"]').waitFor();
    expect(await form.textContent()).toContain("built in");
    for (const name of ["name", "color", "edition", "defaultFromAccount"]) {
      expect(await form.locator(`[name="${name}"]`).count()).toBeGreaterThan(0);
    }
    for (const name of ["targetKind", "region", "url", "sdkappid", "adminIdentifier", "key", "usersigLifetimeMinutes"]) {
      expect(await form.locator(`[name="${name}"]`).count()).toBe(0);
    }
    // No duplicate for the built-in sandbox.
    expect(await item(page, "sandbox-1").locator('[data-testid="profile-duplicate"]').count()).toBe(0);
    await form.locator('input[name="defaultFromAccount"]').fill("host");
    await page.click('[data-testid="profile-save"]');
    await form.waitFor({ state: "detached" });
    const [args] = argsOf(await calls(), "profile_update") as Array<{ draft: { isSandbox: boolean; defaultFromAccount: string } }>;
    expect(args?.draft.isSandbox).toBe(true);
    expect(args?.draft.defaultFromAccount).toBe("host");
  });
});

describe("keys", () => {
  it("shows only the key state, and replaces and removes the key through key_set / key_delete", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/profiles`, {}, { fake: { profiles: [PRODUCTION] } });
    await item(page, "prod-1").locator('[data-testid="profile-edit"]').click();
    const form = page.locator('[data-testid="profile-form"]');
    const state = form.locator('[data-testid="key-state"]');
    await state.waitFor();
    expect(await state.textContent()).toContain(`Stored in ${KEYCHAIN}`);
    // No key field until Replace: nothing could be shown or prefilled.
    expect(await form.locator('input[name="key"]').count()).toBe(0);

    await form.locator('[data-testid="key-replace"]').click();
    const field = form.locator('input[name="key"]');
    expect(await field.inputValue()).toBe("");
    expect(await field.getAttribute("type")).toBe("password");
    await field.fill("fake-replacement-key");
    await form.locator('[data-testid="key-save"]').click();
    await expect.poll(async () => argsOf(await calls(), "key_set")).toEqual([{ id: "prod-1", key: "fake-replacement-key" }]);
    await field.waitFor({ state: "detached" });
    expect(await page.content()).not.toContain("fake-replacement-key");
    // Rust warned that this is not the shape of a console key; the form says so, without the key.
    expect(await form.locator('[data-testid="key-warning"]').textContent()).toContain("64 hexadecimal characters and this one has 20");

    await form.locator('[data-testid="key-remove"]').click();
    const confirm = page.locator('[data-testid="confirm-remove-key"]');
    expect(await confirm.textContent()).toContain(KEYCHAIN);
    expect(argsOf(await calls(), "key_delete")).toEqual([]);
    await confirm.locator('[data-testid="confirm"]').click();
    await expect.poll(async () => argsOf(await calls(), "key_delete")).toEqual([{ id: "prod-1" }]);
    await expect.poll(() => state.textContent()).toContain("No key saved");
    // With no key, the form offers the field to add one.
    expect(await form.locator('input[name="key"]').inputValue()).toBe("");
  });

  it("lists each profile's key state in words", async () => {
    const unavailable = { ...STAGING, profile: { ...STAGING.profile, id: "u-1", name: "Locked" }, key: { state: "unavailable" as const, problem: "LOCKED" as const, message: "Rust's English, with the platform's detail", messageId: "keychain-locked", params: { platform: "linux" } } };
    const { page } = await openWithIpc(browser, `${url}#/profiles`, {}, { fake: { profiles: [PRODUCTION, STAGING, SANDBOX, unavailable], activeId: "prod-1" } });
    await item(page, "prod-1").waitFor();
    const text = (id: string) => item(page, id).locator('[data-testid="key-state"]').textContent();
    expect(await text("prod-1")).toBe(`Key stored in ${KEYCHAIN}`);
    expect(await text("stage-1")).toBe("No key saved");
    expect(await text("sandbox-1")).toBe("Built-in key (sandbox)");
    expect(await text("u-1")).toBe("The system keychain is locked: unlock it and try again.");
    expect(await item(page, "prod-1").getAttribute("data-active")).toBe("true");
    expect(await item(page, "stage-1").getAttribute("data-active")).toBe("false");
    expect(await item(page, "stage-1").textContent()).toContain("http://127.0.0.1:9000/");
    await expect.poll(() => item(page, "prod-1").textContent()).toContain("Singapore");
  });
});

describe("profile list", () => {
  it("asks before deleting, names the profile and the keychain, then calls profile_delete", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/profiles`, {}, { fake: { profiles: [PRODUCTION, STAGING], activeId: "prod-1" } });
    await item(page, "prod-1").locator('[data-testid="profile-delete"]').click();
    const dialog = page.locator('[data-testid="confirm-delete"]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Live show");
    expect(await dialog.textContent()).toContain(`removed from ${KEYCHAIN}`);
    // Cancel (and Esc) delete nothing.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(argsOf(await calls(), "profile_delete")).toEqual([]);

    await item(page, "prod-1").locator('[data-testid="profile-delete"]').click();
    await dialog.locator('[data-testid="confirm"]').click();
    await item(page, "prod-1").waitFor({ state: "detached" });
    expect(argsOf(await calls(), "profile_delete")).toEqual([{ id: "prod-1" }]);
    expect(await page.locator('[data-testid="profile-item"]').count()).toBe(1);
  });

  it("says in the delete dialog what happens to the broadcasts waiting or on their way through the profile", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/profiles`, {}, {
      fake: { profiles: [PRODUCTION, STAGING], activeId: "prod-1", usage: { "prod-1": { queued: 2, sending: 1, scheduled: 3 } } },
    });
    await item(page, "prod-1").locator('[data-testid="profile-delete"]').click();
    const dialog = page.locator('[data-testid="confirm-delete"]');
    await dialog.locator('[data-testid="delete-queued"]').waitFor();
    expect(await dialog.locator('[data-testid="delete-queued"]').textContent()).toBe(
      "2 broadcasts waiting to go out through this profile will be cancelled: they will not be sent. History keeps them.",
    );
    expect(await dialog.locator('[data-testid="delete-sending"]').textContent()).toBe(
      "1 broadcast is on its way through this profile right now: it ends as it will, and History keeps its outcome.",
    );
    expect(argsOf(await calls(), "profile_usage")).toEqual([{ id: "prod-1" }]);
    await page.keyboard.press("Escape");

    // Nothing waiting: nothing said about it.
    await item(page, "stage-1").locator('[data-testid="profile-delete"]').click();
    await expect.poll(async () => argsOf(await calls(), "profile_usage").length).toBe(2);
    await page.waitForTimeout(200);
    expect(await dialog.locator('[data-testid="delete-queued"], [data-testid="delete-sending"]').count()).toBe(0);
  });

  it("uses and duplicates a profile", async () => {
    const { page, calls } = await openWithIpc(browser, `${url}#/profiles`, {}, { fake: { profiles: [PRODUCTION, STAGING], activeId: "prod-1" } });
    await item(page, "stage-1").locator('[data-testid="profile-use"]').click();
    await expect.poll(() => item(page, "stage-1").getAttribute("data-active")).toBe("true");
    expect(argsOf(await calls(), "profile_activate")).toEqual([{ id: "stage-1" }]);
    expect(await page.textContent('[data-testid="active-profile-name"]')).toBe("Staging");

    await item(page, "prod-1").locator('[data-testid="profile-duplicate"]').click();
    await page.locator('[data-testid="profile-item"]', { hasText: "Live show copy" }).waitFor();
    expect(argsOf(await calls(), "profile_duplicate")).toEqual([{ id: "prod-1" }]);
  });

  it("tests a connection: host and round trip when it works", async () => {
    const { page } = await openWithIpc(browser, `${url}#/profiles`, { connection_test: { hold: CONNECTED } }, { fake: { profiles: [PRODUCTION] } });
    const button = item(page, "prod-1").locator('[data-testid="test-connection"]');
    await button.click();
    // Busy while the check runs.
    await expect.poll(() => button.getAttribute("aria-busy")).toBe("true");
    expect(await button.isDisabled()).toBe(true);
    await openedRelease(page, "connection_test");
    const result = item(page, "prod-1").locator('[data-testid="connection-result"]');
    await result.waitFor();
    expect(await result.getAttribute("data-ok")).toBe("true");
    expect(await result.textContent()).toContain("Connected to adminapisgp.im.qcloud.com in 87 ms");
    expect(await result.textContent()).toContain("host");
  });

  it("tests a connection: Tencent's code, title and remedy when it fails", async () => {
    const { page } = await openWithIpc(browser, `${url}#/profiles`, { connection_test: WRONG_KEY }, { fake: { profiles: [PRODUCTION] } });
    await item(page, "prod-1").locator('[data-testid="test-connection"]').click();
    const result = item(page, "prod-1").locator('[data-testid="connection-result"]');
    await result.waitFor();
    expect(await result.getAttribute("data-ok")).toBe("false");
    const text = await result.textContent();
    expect(text).toContain(WRONG_KEY.problem?.title);
    expect(text).toContain(WRONG_KEY.problem?.remedy);
    expect(text).toContain("Tencent error 70009");
    expect(text).toContain("A setting needs fixing");
    expect(text).toContain("check usersig failed");
  });

  it("sends a profile without a key to its key field", async () => {
    const { page } = await openWithIpc(
      browser,
      `${url}#/profiles`,
      { connection_test: { reject: { code: "MISSING_SECRET", message: "no key for profile stage-1" } } },
      { fake: { profiles: [STAGING] } },
    );
    await item(page, "stage-1").locator('[data-testid="test-connection"]').click();
    const result = item(page, "stage-1").locator('[data-testid="connection-result"]');
    await result.waitFor();
    expect(await result.textContent()).toContain("No key saved — add the key first");
    await result.locator('[data-testid="jump-to-key"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("key");
  });
});

describe("header", () => {
  it("shows the active profile and switches from its menu", async () => {
    const { page, calls } = await openWithIpc(browser, url, {}, { fake: { profiles: [PRODUCTION, SANDBOX], activeId: "prod-1" } });
    const slot = page.locator('[data-testid="profile-slot"]');
    await expect.poll(() => slot.getAttribute("data-profile-id")).toBe("prod-1");
    expect(await slot.textContent()).toContain("Live show");
    expect(await slot.locator('[data-testid="sandbox-badge"]').count()).toBe(0);
    expect(await page.getAttribute("header.header", "data-sandbox")).toBeNull();

    // Keyboard: open, move to the sandbox, choose it.
    await page.focus('[data-testid="profile-switcher"]');
    await page.keyboard.press("Enter");
    await page.locator('[role="menu"]').waitFor();
    // The menu moves focus to the current profile once it has rendered; a key pressed before that would
    // go to the button underneath.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("role")))
      .toBe("menuitemradio");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => slot.getAttribute("data-profile-id")).toBe("sandbox-1");
    expect(argsOf(await calls(), "profile_activate")).toEqual([{ id: "sandbox-1" }]);
    expect(await slot.locator('[data-testid="sandbox-badge"]').textContent()).toMatch(/sandbox/i);
    expect(await page.getAttribute("header.header", "data-sandbox")).toBe("true");
    expect(await page.isVisible('[role="menu"]')).toBe(false);

    await page.click('[data-testid="profile-switcher"]');
    await page.click('[data-testid="manage-profiles"]');
    await page.locator('[data-testid="view-profiles"]').waitFor();
  });
});

async function openedRelease(page: Page, cmd: string) {
  await page.evaluate((c) => (window as unknown as { __release: (c: string) => void }).__release(c), cmd);
}
