/**
 * The catalogues and the code that uses them hold together: every message id the UI uses (found by
 * reading the sources, not by running them) is in the English catalogue with the attributes and
 * variables the call expects; every message of window.ftl is used; every catalogue parses; and every
 * language's window.ftl and core.ftl have exactly English's ids — so a key added to one catalogue and
 * not another, a typo'd id, or a broken translation fails here rather than reaching a producer.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  bundleOf,
  checkUses,
  compareCatalogues,
  readCatalogue,
  readLocales,
  sourceFiles,
  undocumentedVariables,
  usesIn,
  type Shape,
} from "./catalogues";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const LOCALES = join(ROOT, "ui/locales");
const SOURCES = join(ROOT, "ui/src");
const LANGUAGES = ["en", "ko", "zh-Hans", "ja"];

const locales = readLocales(LOCALES, ROOT);
const english = locales.get("en");
const uses = sourceFiles(SOURCES).flatMap((path) => usesIn(relative(ROOT, path), readFileSync(path, "utf8")));
const inRust = (where: string) => where.startsWith("ui/src/texts/rust.ts:");

/** Every language's whole bundle (core and window together), for the variables check. */
function bundles(): Map<string, Map<string, Shape>> {
  const all = new Map<string, Map<string, Shape>>();
  for (const [tag, files] of locales) all.set(tag, bundleOf([...files.values()]).messages);
  return all;
}

describe("catalogues", () => {
  it("are only for the window's languages, and English has window.ftl", () => {
    for (const tag of locales.keys()) expect(LANGUAGES).toContain(tag);
    expect(english?.get("window")).toBeDefined();
    for (const files of locales.values()) {
      for (const name of files.keys()) expect(["window", "core", "shell"]).toContain(name);
    }
  });

  it("parse without a syntax error or a duplicate id, and refer only to what their language defines", () => {
    const errors = [...locales.values()].flatMap((files) => [
      ...[...files.values()].flatMap((c) => c.errors),
      ...bundleOf([...files.values()]).errors,
    ]);
    expect(errors).toEqual([]);
  });

  // A catalogue not translated yet (no ko/window.ftl, say) is no failure: that part of the window is
  // English until it arrives. Once it is there, it must have every message.
  it("have in every language exactly the ids and attributes of English", () => {
    const problems: string[] = [];
    for (const [tag, files] of locales) {
      if (tag === "en") continue;
      for (const [name, catalogue] of files) {
        const reference = english?.get(name);
        if (!reference) problems.push(`${catalogue.file}: there is no English ${name}.ftl to translate`);
        else problems.push(...compareCatalogues(reference, catalogue));
      }
    }
    expect(problems).toEqual([]);
  });

  it("tell translators what every variable of window.ftl is", () => {
    const window = english?.get("window");
    expect(window && undocumentedVariables(window)).toEqual([]);
  });
});

describe("the UI's use of the catalogues", () => {
  it("finds the calls (the scan itself works)", () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.some((u) => u.fn === "attr" && u.id === "dialog-close" && u.attribute === "aria-label")).toBe(true);
    expect(uses.some((u) => u.fn === "rich")).toBe(true);
    // formatBytes inside i18n.ts counts too.
    expect(uses.some((u) => u.id === "format-bytes" && u.where.startsWith("ui/src/i18n.ts"))).toBe(true);
  });

  it("uses only ids, attributes and variables that exist, and every message of window.ftl", () => {
    const window = english?.get("window");
    if (!window) throw new Error("ui/locales/en/window.ftl is missing");
    expect(checkUses(uses, { window, core: english?.get("core") ?? null }, bundles(), inRust)).toEqual([]);
  });
});

// The checks above pass on the real files; these show they fail when they should.
describe("the checks themselves", () => {
  const en = readCatalogue("en/window.ftl", "a = A\nb = B { $n }\n    .title = T\n-term = X\nc = { -term }\n");

  it("report a syntax error", () => {
    const broken = readCatalogue("ko/window.ftl", "a = A\nb = { $n\nc = C\n");
    expect(broken.errors.join("\n")).toMatch(/ko\/window\.ftl:2: syntax error/);
    expect(readCatalogue("x.ftl", "a = A\na = B\n").errors.join()).toMatch(/defined twice/);
  });

  it("report a key in one catalogue and not the other, and a missing attribute", () => {
    const ko = readCatalogue("ko/window.ftl", "a = 가\nb = 나 { $n }\nz = 다\n-term = X\nc = { -term }\n");
    expect(compareCatalogues(en, ko)).toEqual([
      "ko/window.ftl:2: b has value, English has value .title",
      "ko/window.ftl:3: z is not in en/window.ftl",
    ]);
    const short = readCatalogue("ja/window.ftl", "a = あ\n");
    expect(compareCatalogues(en, short)).toContain("ja/window.ftl: missing b (in en/window.ftl)");
  });

  it("report a reference to a term the language does not define", () => {
    const zh = readCatalogue("zh-Hans/window.ftl", "c = { -missing }\n");
    expect(bundleOf([zh]).errors.join()).toMatch(/refers to -missing/);
  });

  it("report unknown and unused ids, missing attributes and variables, and dynamic ids", () => {
    const code = [
      `import { attr, t, tDynamic } from "../i18n";`,
      `t("a"); t("nope"); t("b", {}); attr("b", "aria-label"); t(someId); tDynamic(x);`,
    ].join("\n");
    const found = usesIn("ui/src/x.tsx", code);
    const problems = checkUses(found, { window: en, core: null }, new Map([["en", en.messages]]), () => false);
    expect(problems).toEqual([
      `ui/src/x.tsx:2: t("nope") is in no English catalogue`,
      `ui/src/x.tsx:2: en's "b" uses $n, which the call does not pass`,
      `ui/src/x.tsx:2: "b" has no attribute .aria-label`,
      `ui/src/x.tsx:2: t() needs a string literal id, so the catalogue can be checked`,
      `ui/src/x.tsx:2: tDynamic() is only for ids Rust sends (ui/src/texts/rust.ts); use t() with a literal id`,
      `en/window.ftl:2: b.title is not used by the UI`,
      `en/window.ftl:5: c is not used by the UI`,
    ]);
  });

  it("ignore a function called t that is not the i18n module's", () => {
    expect(usesIn("ui/src/y.ts", `const t = (s: string) => s; t("whatever");`)).toEqual([]);
  });

  it("report a variable no comment explains", () => {
    expect(undocumentedVariables(en)).toEqual(["en/window.ftl:2: b's comment should say what $n is"]);
  });
});
