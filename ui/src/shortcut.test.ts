import { describe, expect, it } from "vitest";
import { ariaShortcut, isShortcut, shortcutText } from "./shortcut";

const EMERGENCY = "CommandOrControl+Shift+F12";
const press = (over: Partial<KeyboardEvent>) => ({ key: "F12", ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...over });

describe("shortcut", () => {
  it("is written as each platform writes it", () => {
    expect(shortcutText(EMERGENCY, "other")).toBe("Ctrl+Shift+F12");
    expect(shortcutText(EMERGENCY, "mac")).toBe("⇧⌘F12");
    expect(shortcutText("Alt+Ctrl+K", "other")).toBe("Ctrl+Alt+K");
    expect(ariaShortcut(EMERGENCY, "other")).toBe("Control+Shift+F12");
    expect(ariaShortcut(EMERGENCY, "mac")).toBe("Shift+Meta+F12");
  });

  it("matches exactly its modifiers and key", () => {
    expect(isShortcut(press({ ctrlKey: true, shiftKey: true }), EMERGENCY, "other")).toBe(true);
    expect(isShortcut(press({ metaKey: true, shiftKey: true }), EMERGENCY, "mac")).toBe(true);
    expect(isShortcut(press({ ctrlKey: true }), EMERGENCY, "other")).toBe(false);
    expect(isShortcut(press({ ctrlKey: true, shiftKey: true, altKey: true }), EMERGENCY, "other")).toBe(false);
    expect(isShortcut(press({ metaKey: true, shiftKey: true }), EMERGENCY, "other")).toBe(false);
    expect(isShortcut(press({ key: "F11", ctrlKey: true, shiftKey: true }), EMERGENCY, "other")).toBe(false);
  });
});
