/**
 * A keyboard shortcut Rust names in Tauri's accelerator syntax ("CommandOrControl+Shift+F12"): how the
 * window writes it on this platform ("Ctrl+Shift+F12", "⌘⇧F12"), how it tells assistive technology
 * (`aria-keyshortcuts`), and whether a key press inside the window is it.
 *
 * Not here: registering it (Rust does, system-wide) or what it opens (the caller's).
 */

export type Platform = "mac" | "other";

export const PLATFORM: Platform = typeof navigator !== "undefined" && /Mac/.test(navigator.platform) ? "mac" : "other";

type Modifier = "ctrl" | "meta" | "shift" | "alt";
type Parsed = { modifiers: Set<Modifier>; key: string };

/** The accelerator's modifiers (CommandOrControl resolved for `platform`) and its one key. */
function parse(accelerator: string, platform: Platform): Parsed {
  const parts = accelerator.split("+").map((p) => p.trim());
  const key = parts.pop() ?? "";
  const modifiers = new Set<Modifier>();
  for (const part of parts) {
    switch (part.toLowerCase()) {
      case "commandorcontrol":
      case "cmdorctrl":
      case "commandorctrl":
      case "cmdorcontrol":
        modifiers.add(platform === "mac" ? "meta" : "ctrl");
        break;
      case "command":
      case "cmd":
      case "super":
      case "meta":
        modifiers.add("meta");
        break;
      case "control":
      case "ctrl":
        modifiers.add("ctrl");
        break;
      case "shift":
        modifiers.add("shift");
        break;
      case "alt":
      case "option":
        modifiers.add("alt");
        break;
    }
  }
  return { modifiers, key };
}

const ORDER: readonly Modifier[] = ["ctrl", "alt", "shift", "meta"];
const MAC_SYMBOL: Record<Modifier, string> = { ctrl: "⌃", alt: "⌥", shift: "⇧", meta: "⌘" };
const WORD: Record<Modifier, string> = { ctrl: "Ctrl", alt: "Alt", shift: "Shift", meta: "Super" };
const ARIA: Record<Modifier, string> = { ctrl: "Control", alt: "Alt", shift: "Shift", meta: "Meta" };

/** As the platform writes it: "⌘⇧F12" on macOS, "Ctrl+Shift+F12" elsewhere (key names are the same in
 * every language the window speaks, as on the keys themselves). */
export function shortcutText(accelerator: string, platform: Platform = PLATFORM): string {
  const { modifiers, key } = parse(accelerator, platform);
  const mods = ORDER.filter((m) => modifiers.has(m));
  return platform === "mac" ? mods.map((m) => MAC_SYMBOL[m]).join("") + key : [...mods.map((m) => WORD[m]), key].join("+");
}

/** The `aria-keyshortcuts` value ("Control+Shift+F12"). */
export function ariaShortcut(accelerator: string, platform: Platform = PLATFORM): string {
  const { modifiers, key } = parse(accelerator, platform);
  return [...ORDER.filter((m) => modifiers.has(m)).map((m) => ARIA[m]), key].join("+");
}

/** Whether `e` is the shortcut: exactly its modifiers, and its key. */
export function isShortcut(
  e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">,
  accelerator: string,
  platform: Platform = PLATFORM,
): boolean {
  const { modifiers, key } = parse(accelerator, platform);
  return (
    e.key.toLowerCase() === key.toLowerCase() &&
    e.ctrlKey === modifiers.has("ctrl") &&
    e.metaKey === modifiers.has("meta") &&
    e.shiftKey === modifiers.has("shift") &&
    e.altKey === modifiers.has("alt")
  );
}
