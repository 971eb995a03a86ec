/**
 * The window's languages: English, 한국어, 简体中文 and 日本語. Every text the window shows comes from a
 * Fluent catalogue through this module — the only one that imports `@fluent/*` — and every date, time,
 * number and size is formatted here with `Intl` for the chosen language.
 *
 * Catalogues: `ui/locales/<tag>/window.ftl` (the window's own text) and `ui/locales/<tag>/core.ftl`
 * (texts Rust renders too: Tencent's explanations, validation and profile-field messages), bundled into
 * the build. (`shell.ftl` beside them is Rust's alone: the tray's menu and the OS notifications.) A language with no catalogue yet, or a message a catalogue lacks, falls back to English —
 * never to the raw id; a message missing from English too is reported with `console.error` (and the
 * catalogue test fails on it long before).
 *
 * The language follows the operating system on first start, as Rust chose it by desk-core's one rule
 * (`SystemLanguages`, handed to the page before its scripts run, so the window and the tray agree) and,
 * once the producer picks one, the stored choice. `<html lang>` follows it, since fonts and line breaking
 * depend on it.
 *
 * Not here: texts that come from Rust (ui/src/texts/rust.ts decides between Rust's message id and its
 * English), or the picker (components/language-picker.tsx).
 */
import { FluentBundle, FluentResource, type FluentVariable, type Message } from "@fluent/bundle";
import type { VNode } from "preact";
import type { Language } from "./bindings/Language";
import { LANGUAGES } from "./bindings/languages";
import type { SystemLanguages } from "./bindings/SystemLanguages";
import { createStore, useStore } from "./state/store";

/** The languages a producer can choose, each named in its own language (never translated): Rust's one
 * list (desk-core's `text::Language`), generated, so the picker offers what the tray and bdesk render. */
export { LANGUAGES };
export type { Language };

/** Accented, lengthened English for finding hard-coded text and layouts that break with longer strings
 * (the tag Android and Chrome use for it). Not offered in the picker; `setLanguage(PSEUDO)` turns it on. */
export const PSEUDO = "en-XA";
export type Locale = Language | typeof PSEUDO;

export const DEFAULT_LANGUAGE: Language = "en";

/** Where the producer's choice is remembered (absent until they choose). */
export const STORAGE_KEY = "broadcast-desk.language";

export type Args = Record<string, string | number | Date>;

const TAGS: readonly string[] = LANGUAGES.map((l) => l.tag);

export function isLanguage(tag: unknown): tag is Language {
  return typeof tag === "string" && TAGS.includes(tag);
}

function isLocale(tag: unknown): tag is Locale {
  return tag === PSEUDO || isLanguage(tag);
}

/** Where the shell puts what the system asks for (`background/texts.rs`, `page_plugin`). */
const SYSTEM_GLOBAL = "__BROADCAST_DESK_SYSTEM__";

/** What the system asks for, as Rust read it; English and no formatting tags outside the app. */
function system(): SystemLanguages {
  const given: unknown = (globalThis as Record<string, unknown>)[SYSTEM_GLOBAL];
  if (typeof given === "object" && given !== null) {
    const { language, formatting } = given as Partial<SystemLanguages>;
    if (isLanguage(language)) return { language, formatting: typeof formatting === "object" && formatting !== null ? formatting : {} };
  }
  return { language: DEFAULT_LANGUAGE, formatting: {} };
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // A webview may refuse storage; the window still works, in the system's language.
    return null;
  }
}

function storedChoice(): Locale | null {
  try {
    const value = storage()?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Catalogues

// The window's catalogues under ui/locales, as text, keyed by path ("../locales/en/window.ftl"). Not
// shell.ftl: those texts are shown by Rust outside the window (the tray, notifications).
const SOURCES = import.meta.glob<string>("../locales/*/{window,core}.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

// Catalogues added at run time (addCatalogue), over the bundled ones.
const added = new Map<string, Map<string, string>>();

/** The catalogue files present for each language, by name ("window", "core"); a missing file is no error. */
export function catalogueSources(): Record<string, Record<string, string>> {
  const byTag: Record<string, Record<string, string>> = {};
  for (const [path, text] of Object.entries(SOURCES)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.ftl$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    (byTag[match[1]] ??= {})[match[2]] = text;
  }
  for (const [tag, files] of added) byTag[tag] = { ...byTag[tag], ...Object.fromEntries(files) };
  return byTag;
}

/** Adds or replaces one catalogue (`name` "window" or "core") after start, or with `null` takes an added
 * one away again: for tests, and for a catalogue that arrives later. The next lookup uses it. */
export function addCatalogue(tag: Language, name: string, source: string | null): void {
  const files = added.get(tag) ?? new Map<string, string>();
  added.set(tag, files);
  if (source === null) files.delete(name);
  else files.set(name, source);
  bundles.clear();
  filesOfMessages.clear();
  reported.clear();
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [
    c,
    [..."ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ"][i] ?? c,
  ]),
);

/** Accents every letter and doubles every vowel: about a third longer, and still readable. */
export function pseudoText(text: string): string {
  return [...text].map((c) => (/[aeiouAEIOU]/.test(c) ? `${ACCENTED[c]}${ACCENTED[c]}` : (ACCENTED[c] ?? c))).join("");
}

const bundles = new Map<Locale, FluentBundle | null>();
// Which file ("window", "core") each message of a language comes from.
const filesOfMessages = new Map<Locale, Map<string, string>>();

/** The bundle of one language (core.ftl first, then window.ftl), or null when it has no catalogue. */
function bundleFor(locale: Locale): FluentBundle | null {
  if (bundles.has(locale)) return bundles.get(locale) ?? null;
  const tag = locale === PSEUDO ? DEFAULT_LANGUAGE : locale;
  const files = catalogueSources()[tag];
  let bundle: FluentBundle | null = null;
  if (files && Object.keys(files).length > 0) {
    bundle = new FluentBundle(locale === PSEUDO ? "en" : tag, {
      // No FSI/PDI marks around placeables: every language here is left-to-right, and the marks would
      // sit invisibly inside texts that people copy and tests compare.
      useIsolating: false,
      ...(locale === PSEUDO ? { transform: pseudoText } : {}),
    });
    const fileOf = new Map<string, string>();
    for (const name of ["core", "window", ...Object.keys(files).filter((n) => n !== "core" && n !== "window")]) {
      const text = files[name];
      if (text === undefined) continue;
      const resource = new FluentResource(text);
      for (const entry of resource.body) fileOf.set(entry.id, name);
      for (const error of bundle.addResource(resource)) {
        console.error(`i18n: ${tag}/${name}.ftl: ${error.message}`);
      }
    }
    filesOfMessages.set(locale, fileOf);
  }
  bundles.set(locale, bundle);
  return bundle;
}

// ---------------------------------------------------------------------------------------------------
// The chosen language

function initialLocale(): Locale {
  return storedChoice() ?? system().language;
}

const localeStore = createStore<Locale>(initialLocale());

function applyToDocument(locale: Locale): void {
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

applyToDocument(localeStore.get());

/** The language the window is in now. */
export function language(): Locale {
  return localeStore.get();
}

/** Switches the window's language, remembers the choice across restarts, and re-renders every view
 * that reads `useLanguage()` (the app's frame does, so the whole window follows). */
export function setLanguage(tag: Locale): void {
  if (!isLocale(tag)) return;
  try {
    storage()?.setItem(STORAGE_KEY, tag);
  } catch {
    // Not remembered, but still switched.
  }
  applyToDocument(tag);
  localeStore.set(tag);
}

/** Forgets the stored choice and follows the system again (for tests). */
export function resetLanguage(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
  const next = system().language;
  applyToDocument(next);
  localeStore.set(next);
}

/** The current language; the component re-renders when it changes. */
export function useLanguage(): Locale {
  return useStore(localeStore);
}

// ---------------------------------------------------------------------------------------------------
// Messages

type Pattern = NonNullable<Message["value"]>;
type Found = { bundle: FluentBundle; pattern: Pattern; fallback: boolean };

const reported = new Set<string>();

function reportOnce(key: string, report: () => void) {
  if (reported.has(key)) return;
  reported.add(key);
  report();
}

/** A message's value (`attribute` null) or attribute in the chosen language, else in English. */
function lookup(id: string, attribute: string | null): Found | null {
  const pick = (bundle: FluentBundle | null, fallback: boolean): Found | null => {
    const message = bundle?.getMessage(id);
    const pattern = attribute === null ? message?.value : message?.attributes[attribute];
    return bundle && pattern ? { bundle, pattern, fallback } : null;
  };
  return pick(bundleFor(localeStore.get()), false) ?? pick(bundleFor(DEFAULT_LANGUAGE), true);
}

/** Whether the chosen language has the catalogue file English has this message in (a message missing
 * from a translated file is a gap; a file not translated yet is all English, as expected). */
function translatedFileLacks(locale: Locale, id: string): boolean {
  if (locale === DEFAULT_LANGUAGE || locale === PSEUDO) return false;
  bundleFor(DEFAULT_LANGUAGE);
  const file = filesOfMessages.get(DEFAULT_LANGUAGE)?.get(id);
  return file !== undefined && catalogueSources()[locale]?.[file] !== undefined;
}

/** As `lookup`, and says what is missing: a gap in a translated catalogue while developing, and always
 * a message no catalogue has. */
function find(id: string, attribute: string | null): Found | null {
  const name = attribute === null ? id : `${id}.${attribute}`;
  const found = lookup(id, attribute);
  const locale = localeStore.get();
  if (found?.fallback && import.meta.env.DEV && translatedFileLacks(locale, id)) {
    reportOnce(`${locale}:${name}`, () => console.warn(`i18n: "${name}" is not in ${locale}; showing English`));
  }
  if (!found) reportOnce(`*:${name}`, () => console.error(`i18n: no message "${name}" in any catalogue`));
  return found;
}

function format(found: Found, name: string, args: Args | undefined): string {
  const errors: Error[] = [];
  const fluentArgs: Record<string, FluentVariable> | null = args ? { ...args } : null;
  const text = found.bundle.formatPattern(found.pattern, fluentArgs, errors);
  for (const error of errors) reportOnce(`${name}:${error.message}`, () => console.error(`i18n: "${name}": ${error.message}`));
  return text;
}

/** Whether a catalogue (the chosen language's or English) has the message's value. */
export function hasMessage(id: string): boolean {
  return lookup(id, null) !== null;
}

/** Whether a catalogue has the message with the attribute. */
export function hasAttribute(id: string, attribute: string): boolean {
  return lookup(id, attribute) !== null;
}

/**
 * A message's text. `id` must be a string literal (the catalogue test finds every call and checks
 * the id, and the variables the message uses, against the catalogues). A message no catalogue has
 * shows as its id, and is reported.
 */
export function t(id: string, args?: Args): string {
  const found = find(id, null);
  return found ? format(found, id, args) : id;
}

/** One attribute of a message (`.title`, `.aria-label`, `.placeholder`, …); `id` a string literal, as for `t`. */
export function attr(id: string, attribute: string, args?: Args): string {
  const found = find(id, attribute);
  return found ? format(found, `${id}.${attribute}`, args) : `${id}.${attribute}`;
}

/**
 * For ids that arrive at run time — the message ids Rust sends with its problems and explanations,
 * which live in core.ftl. Only ui/src/texts/rust.ts calls these (the catalogue test holds it to that);
 * callers check `hasMessage`/`hasAttribute` first and otherwise show Rust's own text.
 */
export const tDynamic: (id: string, args?: Args) => string = (id, args) => t(id, args);
export const attrDynamic: (id: string, attribute: string, args?: Args) => string = (id, attribute, args) =>
  attr(id, attribute, args);

// Private-use characters around an index: they cannot occur in a catalogue's text or in data we format.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * A message with elements inside it — `<strong>{name}</strong> will be removed…` — where the
 * translator decides where each element goes: the message names each with a variable
 * (`{ $name }`), and `elements` gives the element to put there. `id` a string literal, as for `t`.
 */
export function rich(id: string, args: Args, elements: Record<string, VNode>): (string | VNode)[] {
  const keys = Object.keys(elements);
  const slotted: Args = { ...args };
  keys.forEach((key, i) => {
    slotted[key] = `${OPEN}${i}${CLOSE}`;
  });
  const parts = t(id, slotted).split(SLOT);
  // split() with a capture group alternates text and captured index: text, index, text, …
  return parts
    .map((part, i) => (i % 2 === 0 ? part : (elements[keys[Number(part)] ?? ""] ?? "")))
    .filter((part) => part !== "");
}

// ---------------------------------------------------------------------------------------------------
// Formatting for the chosen language

/**
 * The locale `Intl` formats with: the system's own tag when it is in the chosen language (so en-GB keeps
 * its 24-hour clock and zh-SG its conventions), otherwise the chosen language.
 */
export function formattingLocale(): string {
  const locale = localeStore.get();
  const chosen = locale === PSEUDO ? DEFAULT_LANGUAGE : locale;
  const own = system().formatting[chosen];
  return own !== undefined && isSupportedByIntl(own) ? own : chosen;
}

function isSupportedByIntl(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(formattingLocale(), options).format(value);
}

/** A date and time, e.g. "Dec 29, 2025, 9:20 AM" / "2025. 12. 29. 오전 9:20". */
export function formatDateTime(value: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" }): string {
  return new Intl.DateTimeFormat(formattingLocale(), options).format(value);
}

/** A time of day to the second, e.g. "09:20:15 AM" / "09:20:15". */
export function formatTime(value: Date | number): string {
  return new Intl.DateTimeFormat(formattingLocale(), { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(value);
}

/** A size as people read it: bytes under 1 KB, else KB or MB (1,024-based) to one decimal. */
export function formatBytes(bytes: number): string {
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  if (bytes < 1024) return t("format-bytes", { unit: "B", size: formatNumber(bytes) });
  if (bytes < 1024 * 1024) return t("format-bytes", { unit: "KB", size: formatNumber(bytes / 1024, oneDecimal) });
  return t("format-bytes", { unit: "MB", size: formatNumber(bytes / (1024 * 1024), oneDecimal) });
}

/** A number of seconds as people say it, in the largest whole unit: "30 minutes", "4 hours", "7 days". */
export function formatDuration(secs: number): string {
  const [value, unit] =
    secs % 86_400 === 0
      ? [secs / 86_400, "day"]
      : secs % 3_600 === 0
        ? [secs / 3_600, "hour"]
        : secs % 60 === 0
          ? [secs / 60, "minute"]
          : [secs, "second"];
  return formatNumber(value, { style: "unit", unit, unitDisplay: "long" });
}

/** A short list (of account IDs, say) as the language separates one: "a, b, c" / "a、b、c". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(formattingLocale(), { style: "narrow", type: "conjunction" }).format(items);
}
