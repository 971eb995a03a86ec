/**
 * Pure helpers the views share: how a profile, an edition, a key state or a target reads in words (from
 * the catalogue, in the chosen language), and how the profile form's text fields become a `ProfileDraft`.
 *
 * Not validation: the form turns text into the draft's types and nothing more. Rust checks every rule
 * and answers per field; text that is not a number becomes a value Rust is sure to reject (0), so the
 * producer sees Rust's message next to the field instead of a second, JavaScript opinion.
 */
import type { Delivery } from "./bindings/Delivery";
import type { Edition } from "./bindings/Edition";
import type { ErrorClass } from "./bindings/ErrorClass";
import type { KeyWarning } from "./bindings/KeyWarning";
import type { OutboxEntry } from "./bindings/OutboxEntry";
import type { Region } from "./bindings/Region";
import type { SendSource } from "./bindings/SendSource";
import type { Swatch } from "./bindings/Swatch";
import type { Target } from "./bindings/Target";
import { formatDuration, t } from "./i18n";
import type { KeyState, Profile, ProfileDraft, RegionInfo } from "./ipc";
import { keychainProblemText } from "./texts/rust";

export type EditionKind = Edition["kind"];

export const EDITION_KINDS: readonly EditionKind[] = ["pro", "proPlus", "enterprise", "custom"];

/** An edition as the form's list offers it: its name and rate ("Pro — 1 msg/s"). */
export function editionOptionText(kind: EditionKind): string {
  switch (kind) {
    case "pro":
      return t("edition-option-pro");
    case "proPlus":
      return t("edition-option-pro-plus");
    case "enterprise":
      return t("edition-option-enterprise");
    case "custom":
      return t("edition-option-custom");
  }
}

/** A profile's edition as the list shows it ("Pro Plus · 5 msg/s", "Custom · 3 msg/s"). */
export function editionText(edition: Edition): string {
  switch (edition.kind) {
    case "pro":
      return t("edition-summary-pro");
    case "proPlus":
      return t("edition-summary-pro-plus");
    case "enterprise":
      return t("edition-summary-enterprise");
    case "custom":
      return t("edition-summary-custom", { rate: edition.ratePerSec });
  }
}

/** What kind of problem an answer was, in a producer's words. A switch over the generated union, so a
 * new class in Rust fails the type-check until it has words here. */
export function classText(cls: ErrorClass): string {
  switch (cls) {
    case "OK":
      return t("error-class-ok");
    case "RETRY_LATER":
      return t("error-class-retry-later");
    case "RESIGN":
      return t("error-class-resign");
    case "CONFIG":
      return t("error-class-config");
    case "MESSAGE":
      return t("error-class-message");
    case "TRANSPORT":
      return t("error-class-transport");
  }
}

/** How a broadcast stands, as one word or two (a badge, a filter's choice). A switch over the
 * generated union, so a new outcome in Rust fails the type-check until it has words here. */
export function deliveryText(delivery: Delivery): string {
  switch (delivery) {
    case "queued":
      return t("delivery-queued");
    case "sending":
      return t("delivery-sending");
    case "sent":
      return t("delivery-sent");
    case "notSent":
      return t("delivery-not-sent");
    case "unknown":
      return t("delivery-unknown");
  }
}

/** An outbox row's state, with what Rust recorded beyond the outcome: cancelled before it left, or
 * the producer's decision on an unknown one. */
export function entryStateText(entry: OutboxEntry): string {
  if (entry.cancelledAt !== null) return t("delivery-cancelled");
  if (entry.delivery === "unknown" && entry.resolution === "delivered") return t("delivery-marked-delivered");
  if (entry.delivery === "unknown" && entry.resolution === "sentAgain") return t("delivery-sent-again");
  return deliveryText(entry.delivery);
}

/** Where a broadcast came from. */
export function sourceText(source: SendSource): string {
  switch (source) {
    case "window":
      return t("source-window");
    case "emergency":
      return t("source-emergency");
    case "scheduled":
      return t("source-scheduled");
    case "cli":
      return t("source-cli");
  }
}

/**
 * JSON text indented for reading, its tokens untouched: a number, an escape or a key's order stays
 * exactly as it was sent (parsing and printing again could rewrite `1.0` as `1`). Text that is not
 * JSON comes back as it is.
 */
export function indentJson(text: string, indent = "  "): string {
  try {
    JSON.parse(text);
  } catch {
    return text;
  }
  let out = "";
  let depth = 0;
  let inString = false;
  let escaped = false;
  const newline = () => `\n${indent.repeat(depth)}`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      out += c;
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === " " || c === "\n" || c === "\r" || c === "\t") continue;
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      // An empty object or array stays on one line.
      let j = i + 1;
      while (j < text.length && /\s/.test(text.charAt(j))) j++;
      if (text.charAt(j) === close) {
        out += c + close;
        i = j;
      } else {
        depth++;
        out += c + newline();
      }
    } else if (c === "}" || c === "]") {
      depth = Math.max(0, depth - 1);
      out += newline() + c;
    } else if (c === ",") {
      out += c + newline();
    } else if (c === ":") {
      out += ": ";
    } else {
      out += c;
    }
  }
  return out;
}

/** What Rust noticed about a key it just saved. */
export function keyWarningText(warning: KeyWarning): string {
  switch (warning.kind) {
    case "notHex64":
      return warning.length === 64
        ? t("key-warning-not-hex")
        : t("key-warning-wrong-length", { length: warning.length });
  }
}

/** Where a profile's key is, never what it is (the profile list's key line). */
export function keyStateText(key: KeyState): string {
  switch (key.state) {
    case "stored":
      return t("key-state-stored", { keychain: key.backend });
    case "missing":
      return t("key-state-missing");
    case "builtIn":
      return t("key-state-built-in");
    case "unavailable":
      return keychainProblemText(key);
  }
}

/** A Tencent region's name. Rust's `displayName` is English; the catalogue names the regions it knows. */
export function regionName(id: string, regions: readonly RegionInfo[] | null): string {
  const known = knownRegionName(id as Region);
  return known ?? regions?.find((r) => r.id === id)?.displayName ?? id;
}

function knownRegionName(id: Region): string | null {
  switch (id) {
    case "china":
      return t("region-china");
    case "singapore":
      return t("region-singapore");
    case "seoul":
      return t("region-seoul");
    case "tokyo":
      return t("region-tokyo");
    case "frankfurt":
      return t("region-frankfurt");
    case "mumbai":
      return t("region-mumbai");
    case "silicon-valley":
      return t("region-silicon-valley");
    case "jakarta":
      return t("region-jakarta");
    default:
      return null;
  }
}

/** A palette colour's name (Rust names them in English; the catalogue knows the palette's names). */
export function swatchName(swatch: Swatch): string {
  return t("colour-name", { name: swatch.name });
}

export function targetText(target: Target, regions: readonly RegionInfo[] | null): string {
  return target.kind === "region" ? regionName(target.region, regions) : target.url;
}

/** A number of seconds as people say it: "30 minutes", "4 hours", "7 days" (in the chosen language). */
export function durationText(secs: number): string {
  return formatDuration(secs);
}

/** What the profile form's inputs hold: text as typed, so a failed save loses nothing. */
export type FormValues = {
  name: string;
  color: string;
  targetKind: "region" | "custom";
  region: string;
  url: string;
  sdkappid: string;
  adminIdentifier: string;
  edition: EditionKind;
  ratePerSec: string;
  defaultFromAccount: string;
  usersigLifetimeMinutes: string;
};

/** A new profile's form: the colour Rust suggests (the first the other profiles don't use), and an
 * empty lifetime, which means Rust's default. */
export function newFormValues(nextColor: string): FormValues {
  return {
    name: "",
    color: nextColor,
    targetKind: "region",
    region: "singapore",
    url: "",
    sdkappid: "",
    adminIdentifier: "administrator",
    edition: "pro",
    ratePerSec: "1",
    defaultFromAccount: "",
    usersigLifetimeMinutes: "",
  };
}

export function formValuesOf(p: Profile): FormValues {
  return {
    name: p.name,
    color: p.color,
    targetKind: p.target.kind,
    region: p.target.kind === "region" ? p.target.region : "singapore",
    url: p.target.kind === "custom" ? p.target.url : "",
    sdkappid: String(p.sdkappid),
    adminIdentifier: p.adminIdentifier,
    edition: p.edition.kind,
    ratePerSec: p.edition.kind === "custom" ? String(p.edition.ratePerSec) : "1",
    defaultFromAccount: p.defaultFromAccount ?? "",
    usersigLifetimeMinutes: String(Math.round(p.usersigLifetimeSecs / 60)),
  };
}

/** Digits as a number no larger than `max`; anything else as `outOfRange` (a value Rust rejects). */
function whole(text: string, max: number, outOfRange: number): number {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return 0;
  const n = Number(t);
  return n > max ? outOfRange : n;
}

const U8_MAX = 255;
const U32_MAX = 4_294_967_295;
// 2^53 is exactly representable and one past the largest SDKAppID Rust accepts, so a too-long number
// gets Rust's range message instead of a deserialization failure (or silently lost digits).
const SDKAPPID_TOO_BIG = 2 ** 53;

export function draftOf(v: FormValues, isSandbox: boolean): ProfileDraft {
  const target: Target =
    v.targetKind === "region" ? { kind: "region", region: v.region } : { kind: "custom", url: v.url };
  const edition: Edition =
    v.edition === "custom"
      ? { kind: "custom", ratePerSec: whole(v.ratePerSec, U8_MAX, 0) }
      : { kind: v.edition };
  const draft: ProfileDraft = {
    name: v.name,
    color: v.color,
    target,
    sdkappid: whole(v.sdkappid, Number.MAX_SAFE_INTEGER, SDKAPPID_TOO_BIG),
    // Sent as typed: a stray space is a different account, and Rust says so beside the field.
    adminIdentifier: v.adminIdentifier,
    edition,
    isSandbox,
  };
  if (v.defaultFromAccount !== "") draft.defaultFromAccount = v.defaultFromAccount;
  // Empty means Rust's default lifetime; minutes that overflow u32 seconds become 0, out of range.
  if (v.usersigLifetimeMinutes.trim() !== "") {
    draft.usersigLifetimeSecs = whole(v.usersigLifetimeMinutes, Math.floor(U32_MAX / 60), 0) * 60;
  }
  return draft;
}
