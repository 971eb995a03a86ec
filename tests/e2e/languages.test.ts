/**
 * The window in each of its languages, as a producer whose system is set to it first sees it: the
 * language comes from the system (LANGUAGE/LANG, read by the shell and handed to the page), the
 * page says so (html[lang]), the first-run panel reads in that language, and a screenshot of it is kept
 * for the README (docs/screenshots/window-<tag>.png; .ci/test replaces one only when the UI changed).
 */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "../support/app";
import { words } from "../support/catalogue";
import { ARTIFACTS } from "../support/paths";

/** Each language with a system setting that should choose it. */
const SYSTEMS = [
  { tag: "en", env: { LANG: "en_US.UTF-8", LANGUAGE: "en_US" } },
  { tag: "ko", env: { LANG: "ko_KR.UTF-8", LANGUAGE: "ko_KR" } },
  { tag: "zh-Hans", env: { LANG: "zh_CN.UTF-8", LANGUAGE: "zh_CN" } },
  { tag: "ja", env: { LANG: "ja_JP.UTF-8", LANGUAGE: "ja_JP" } },
] as const;

let app: App | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("the window's language", () => {
  for (const system of SYSTEMS) {
    it(`follows a ${system.env.LANG} system on first start (${system.tag})`, async () => {
      const dataHome = mkdtempSync(join(tmpdir(), `bdesk-e2e-${system.tag}-`));
      app = await App.launch({ XDG_DATA_HOME: dataHome, ...system.env });
      const session = app.session;
      await app.step(`language-${system.tag}`, async () => {
        await session.waitFor('[data-testid="first-run"]');
        expect(await session.execute<string>("return document.documentElement.lang")).toBe(system.tag);
        // Found by the words of that language, as its producer would find it.
        await session.waitForText(words(system.tag, "welcome-sandbox-title"));
        await session.movePointer(1, 1);
        await session.execute(`
          document.activeElement?.blur();
          const still = new CSSStyleSheet();
          still.replaceSync("*, *::before, *::after { transition: none !important; animation: none !important; }");
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, still];
        `);
        const png = await session.screenshot();
        expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
        mkdirSync(ARTIFACTS, { recursive: true });
        writeFileSync(join(ARTIFACTS, `window-${system.tag}.png`), png);
      });
    });
  }

  it("takes the system's next choice when its first is not one of ours (Traditional Chinese, then Japanese)", async () => {
    const dataHome = mkdtempSync(join(tmpdir(), "bdesk-e2e-zh-tw-"));
    app = await App.launch({ XDG_DATA_HOME: dataHome, LANG: "zh_TW.UTF-8", LANGUAGE: "zh_TW:ja_JP" });
    const session = app.session;
    await app.step("language-next-choice", async () => {
      await session.waitFor('[data-testid="first-run"]');
      expect(await session.execute<string>("return document.documentElement.lang")).toBe("ja");
      await session.waitForText(words("ja", "welcome-sandbox-title"));
    });
  });
});
