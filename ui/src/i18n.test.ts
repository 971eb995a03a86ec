import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  addCatalogue,
  formatBytes,
  formatDateTime,
  formatDuration,
  formatList,
  formatNumber,
  formatTime,
  formattingLocale,
  hasMessage,
  language,
  PSEUDO,
  pseudoText,
  resetLanguage,
  rich,
  setLanguage,
  STORAGE_KEY,
  t,
  attr,
  type Locale,
} from "./i18n";

/** A localStorage for node, like the webview's. */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

/** What the shell hands the page before its scripts run (desk-core's `SystemLanguages`). */
function system(given: unknown) {
  vi.stubGlobal("__BROADCAST_DESK_SYSTEM__", given);
}

beforeEach(() => {
  vi.stubGlobal("localStorage", fakeStorage());
  system({ language: "en", formatting: { en: "en-US" } });
  resetLanguage();
});

afterEach(() => {
  addCatalogue("ko", "window", null);
  addCatalogue("ja", "window", null);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the chosen language", () => {
  it("follows the system on first start, as Rust chose it", () => {
    system({ language: "ko", formatting: { ko: "ko-KR", en: "en-US" } });
    resetLanguage();
    expect(language()).toBe("ko");
  });

  it("is English when nothing usable was handed over (outside the app)", () => {
    for (const given of [undefined, null, "ko", { language: "ko-KR" }, { language: "xx", formatting: {} }]) {
      system(given);
      resetLanguage();
      expect(language()).toBe("en");
    }
    system({ language: "ja" });
    resetLanguage();
    expect(language()).toBe("ja");
    expect(formattingLocale()).toBe("ja");
  });

  it("is remembered under one key, and wins over the system from then on", () => {
    system({ language: "ko", formatting: { ko: "ko-KR" } });
    resetLanguage();
    setLanguage("ja");
    expect(localStorage.getItem(STORAGE_KEY)).toBe("ja");
    expect(language()).toBe("ja");
    // A language a stored value does not name is ignored.
    setLanguage("xx" as Locale);
    expect(language()).toBe("ja");
  });

  it("sets <html lang>", () => {
    const documentElement = { lang: "en" };
    vi.stubGlobal("document", { documentElement });
    setLanguage("zh-Hans");
    expect(documentElement.lang).toBe("zh-Hans");
    setLanguage("en");
    expect(documentElement.lang).toBe("en");
  });
});

describe("messages", () => {
  it("come from the English catalogue, with variables and plurals", () => {
    expect(t("view-profiles")).toBe("Profiles");
    expect(t("key-state-stored", { keychain: "macOS Keychain" })).toBe("Key stored in macOS Keychain");
    expect(t("sandbox-deliveries-count", { count: 1 })).toBe("1 broadcast");
    expect(t("sandbox-deliveries-count", { count: 0 })).toBe("0 broadcasts");
    expect(t("sandbox-deliveries-count", { count: 1234 })).toBe("1,234 broadcasts");
    expect(attr("dialog-close", "aria-label")).toBe("Close");
    // Terms keep the product's name in one place.
    expect(t("welcome-title")).toBe("Welcome to Broadcast Desk");
  });

  it("put no invisible isolation marks around values", () => {
    expect(t("form-title-edit", { name: "Live" })).toBe("Edit Live");
  });

  it("fall back to English for a message a translation lacks, and say so while developing", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    addCatalogue("ko", "window", "view-profiles = 프로필\nform-name = 이름\n");
    setLanguage("ko");
    expect(t("view-profiles")).toBe("프로필");
    expect(t("view-history")).toBe("History");
    // An attribute the translation lacks comes from English too, not as "form-name.placeholder".
    expect(t("form-name")).toBe("이름");
    expect(attr("form-name", "placeholder")).toBe("e.g. Live show — production");
    expect(hasMessage("view-history")).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("view-history"));
  });

  it("are the chosen language's, without a warning, once its catalogue exists", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    setLanguage("ko");
    expect(t("view-profiles")).toBe("프로필");
    setLanguage("ja");
    expect(t("view-profiles")).toBe("プロファイル");
    expect(warn).not.toHaveBeenCalled();
  });

  it("never show a missing id silently", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(t("no-such-message")).toBe("no-such-message");
    expect(error).toHaveBeenCalledWith(expect.stringContaining("no-such-message"));
    expect(hasMessage("no-such-message")).toBe(false);
  });

  it("report a variable the call did not pass", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    t("form-title-edit");
    expect(error).toHaveBeenCalledWith(expect.stringContaining("form-title-edit"));
  });

  it("put elements where the translation puts their variable", () => {
    const strong = { type: "strong", props: {} } as unknown as import("preact").VNode;
    expect(rich("profiles-delete-body-key-stored", { keychain: "Secret Service" }, { name: strong })).toEqual([
      strong,
      " will be removed from Broadcast Desk. Its secret key will be removed from Secret Service.",
    ]);
    addCatalogue("ja", "window", "sandbox-send-through = { $profile } から送信\n");
    setLanguage("ja");
    expect(rich("sandbox-send-through", {}, { profile: strong })).toEqual([strong, " から送信"]);
  });

  it("have a pseudo-language: every letter accented and vowels doubled, values left alone", () => {
    setLanguage(PSEUDO);
    expect(t("key-state-stored", { keychain: "Secret Service" })).toBe(`${pseudoText("Key stored in ")}Secret Service`);
    expect(pseudoText("Save")).toBe("Şȧȧṽḗḗ");
  });
});

describe("formats", () => {
  const when = Date.UTC(2025, 11, 29, 9, 20, 15);

  it("use the chosen language", () => {
    const long = { dateStyle: "long", timeZone: "UTC" } as const;
    expect(formatDateTime(when, long)).toBe("December 29, 2025");
    setLanguage("ko");
    expect(formatDateTime(when, long)).toBe("2025년 12월 29일");
    expect(formatDuration(14_400)).toBe("4시간");
    setLanguage("ja");
    expect(formatDateTime(when, long)).toBe("2025年12月29日");
    expect(formatList(["a", "b", "c"])).toBe("a、b、c");
    setLanguage("zh-Hans");
    expect(formatDuration(86_400)).toBe("1天");
    expect(new Intl.DateTimeFormat(formattingLocale()).resolvedOptions().locale).toMatch(/^zh/);
  });

  it("keep the system's regional conventions when it is in the chosen language", () => {
    system({ language: "en", formatting: { en: "en-GB" } });
    resetLanguage();
    expect(formattingLocale()).toBe("en-GB");
    expect(formatTime(new Date(2025, 11, 29, 21, 5, 7))).toBe("21:05:07");
    system({ language: "en", formatting: { en: "en-US" } });
    resetLanguage();
    expect(formatTime(new Date(2025, 11, 29, 21, 5, 7))).toBe("09:05:07 PM");
    // A system in another language than the chosen one does not decide the formats.
    system({ language: "en", formatting: {} });
    resetLanguage();
    setLanguage("ja");
    expect(formattingLocale()).toBe("ja");
  });

  it("say sizes, numbers and durations as people do", () => {
    expect(formatBytes(800)).toBe("800 B");
    expect(formatBytes(50 * 1024)).toBe("50.0 KB");
    expect(formatBytes(2 * 1024 * 1024)).toBe("2.0 MB");
    expect(formatBytes(1500 * 1024 * 1024)).toBe("1,500.0 MB");
    expect(formatNumber(1234567.5)).toBe("1,234,567.5");
    expect(formatDuration(1800)).toBe("30 minutes");
    expect(formatDuration(90)).toBe("90 seconds");
  });
});
