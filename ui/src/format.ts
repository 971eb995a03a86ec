/**
 * Pure helpers the views share: how a profile, an edition, a key state or a size reads in words, and
 * how the profile form's text fields become a `ProfileDraft`.
 *
 * Not validation: the form turns text into the draft's types and nothing more. Rust checks every rule
 * and answers per field; text that is not a number becomes a value Rust is sure to reject (0), so the
 * producer sees Rust's message next to the field instead of a second, JavaScript opinion.
 */
import type { Edition } from "./bindings/Edition";
import type { ErrorClass } from "./bindings/ErrorClass";
import type { KeyWarning } from "./bindings/KeyWarning";
import type { Target } from "./bindings/Target";
import type { KeyState, Profile, ProfileDraft, RegionInfo } from "./ipc";

export type EditionKind = Edition["kind"];

export const EDITIONS: readonly { kind: EditionKind; label: string; hint: string }[] = [
  { kind: "pro", label: "Pro", hint: "1 msg/s" },
  { kind: "proPlus", label: "Pro Plus", hint: "5 msg/s" },
  { kind: "enterprise", label: "Enterprise", hint: "5 msg/s" },
  { kind: "custom", label: "Custom rate", hint: "as set in the console" },
];

/** What kind of problem an answer was, in a producer's words. Keyed by the generated union, so a new
 * class in Rust fails the type-check until it has words here. */
const CLASS_TEXT: Record<ErrorClass, string> = {
  OK: "OK",
  RETRY_LATER: "Tencent is busy — try again shortly",
  RESIGN: "Signature expired",
  CONFIG: "A setting needs fixing",
  MESSAGE: "The message needs fixing",
  TRANSPORT: "Network problem",
};

export function classText(cls: ErrorClass): string {
  return CLASS_TEXT[cls];
}

export function editionText(edition: Edition): string {
  if (edition.kind === "custom") return `Custom · ${edition.ratePerSec} msg/s`;
  const e = EDITIONS.find((x) => x.kind === edition.kind);
  return e ? `${e.label} · ${e.hint}` : edition.kind;
}

/** What Rust noticed about a key it just saved. */
export function keyWarningText(warning: KeyWarning): string {
  switch (warning.kind) {
    case "notHex64":
      return `Saved, but keys from the Chat console are 64 hexadecimal characters and this one ${
        warning.length === 64 ? "has other characters" : `has ${warning.length}`
      }. Check it was copied whole; Test connection will tell.`;
  }
}

export function keyStateText(key: KeyState): string {
  switch (key.state) {
    case "stored":
      return `Key stored in ${key.backend}`;
    case "missing":
      return "No key saved";
    case "builtIn":
      return "Built-in key (sandbox)";
    case "unavailable":
      return key.message;
  }
}

export function regionName(id: string, regions: readonly RegionInfo[] | null): string {
  return regions?.find((r) => r.id === id)?.displayName ?? id;
}

export function targetText(target: Target, regions: readonly RegionInfo[] | null): string {
  return target.kind === "region" ? regionName(target.region, regions) : target.url;
}

/** A field problem's message as a sentence beside its field (Rust names the field in `field`, not in
 * the message; the CLI and logs add it in front). */
export function fieldMessage(field: string, message: string): string {
  // Rust's messages leave the field's name out (it is in `field`); older ones started with it.
  const prefix = `${field}: `;
  const rest = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
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

/** A number of seconds as people say it: "30 minutes", "4 hours", "7 days". */
export function durationText(secs: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (secs % 86_400 === 0) return unit(secs / 86_400, "day");
  if (secs % 3_600 === 0) return unit(secs / 3_600, "hour");
  if (secs % 60 === 0) return unit(secs / 60, "minute");
  return unit(secs, "second");
}
