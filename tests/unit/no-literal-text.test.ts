/**
 * The lint rule that keeps text out of JSX (ui/eslint/no-literal-text.js): what it reports and what it
 * lets through, and that the repo's lint config runs it on the UI's sources.
 */
import { ESLint, RuleTester } from "eslint";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import rule from "../../ui/eslint/no-literal-text.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { ecmaVersion: "latest", sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run("no-literal-text", rule, {
  valid: [
    `<button>{t("profiles-add")}</button>`,
    `<p title={attr("x", "title")} aria-label={attr("x", "aria-label")}>{name}</p>`,
    // Punctuation, symbols, digits and emoji carry no language.
    `<p>{a} · {b} — {c}: {d} × 2 🙂 {" "} ?</p>`,
    `<span>{from.charAt(0) || "?"}</span>`,
    // Ids, classes, test ids and values are not text people read.
    `<input type="text" class="mono wide" data-testid="profile-save" name="adminIdentifier" value="admin" />`,
    `<a href="https://example.com/">{t("x")}</a>`,
    // Anything passed to a function is the function's business (a message id, a format).
    `<p>{t("sandbox-delivered", { msgSeq: seq ?? "none" })}</p>`,
    { code: `<p>SDKAppID</p>`, options: [{ allow: ["SDKAppID"] }] },
  ],
  invalid: [
    { code: `<button>Save</button>`, errors: [{ messageId: "text" }] },
    { code: `<p>\n  Couldn't read: {error}\n</p>`, errors: [{ messageId: "text" }] },
    { code: `<p>{"Delivered"}</p>`, errors: [{ messageId: "text" }] },
    { code: "<p>{`Connected in ${ms} ms`}</p>", errors: [{ messageId: "text" }] },
    { code: `<p>{busy ? "Saving…" : label}</p>`, errors: [{ messageId: "text" }] },
    { code: `<p>{ok && "Connected"}</p>`, errors: [{ messageId: "text" }] },
    { code: `<p>{name ?? "Tencent"}</p>`, errors: [{ messageId: "text" }] },
    // Korean, Chinese and Japanese are letters too.
    { code: `<p>저장</p>`, errors: [{ messageId: "text" }] },
    { code: `<p>{"保存"}</p>`, errors: [{ messageId: "text" }] },
    { code: `<button title="Close">{icon}</button>`, errors: [{ messageId: "attribute", data: { text: "Close", name: "title" } }] },
    { code: `<button aria-label={"Close"} />`, errors: [{ messageId: "attribute" }] },
    { code: `<input placeholder="Paste the secret key" />`, errors: [{ messageId: "attribute" }] },
    { code: `<img alt="Logo" />`, errors: [{ messageId: "attribute" }] },
    { code: "<div aria-label={`Custom colour ${c}`} />", errors: [{ messageId: "attribute" }] },
    { code: `<div title={custom ? "Custom" : "Pick"} />`, errors: [{ messageId: "attribute" }, { messageId: "attribute" }] },
    // The app's own components take text in these props.
    { code: `<Field label="Name" hint="Required" htmlFor="x" />`, errors: [{ messageId: "attribute" }, { messageId: "attribute" }] },
    { code: `<ConfirmDialog title="Delete?" confirmLabel="Delete" />`, errors: [{ messageId: "attribute" }, { messageId: "attribute" }] },
    { code: `<BusyButton busyLabel="Sending…">{t("send")}</BusyButton>`, errors: [{ messageId: "attribute" }] },
    { code: `<Dialog subtitle="Built in" />`, errors: [{ messageId: "attribute" }] },
    { code: `<Card tagline="Hello" />`, options: [{ attributes: ["tagline"] }], errors: [{ messageId: "attribute" }] },
  ],
});

describe("the repo's lint config", () => {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const eslint = new ESLint({ cwd: root, overrideConfigFile: "ui/eslint.config.js" });

  it("runs the rule on the UI's sources", async () => {
    const code = `export function X({ n }: { n: number }) {\n  return <p title="Count">Items: {n}</p>;\n}\n`;
    const [result] = await eslint.lintText(code, { filePath: `${root}ui/src/views/fixture.tsx` });
    expect(result?.messages.map((m) => m.ruleId)).toEqual(["broadcast-desk/no-literal-text", "broadcast-desk/no-literal-text"]);
  });

  it("passes the same component once its text comes from the catalogue", async () => {
    const code = `import { attr, t } from "../i18n";\nexport function X({ n }: { n: number }) {\n  return <p title={attr("x", "title")}>{t("x", { n })}</p>;\n}\n`;
    const [result] = await eslint.lintText(code, { filePath: `${root}ui/src/views/fixture.tsx` });
    expect(result?.messages).toEqual([]);
  });
});
