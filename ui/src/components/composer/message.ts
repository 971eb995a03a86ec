/**
 * The composer's message as its form holds it: the broadcast body as plain JSON (what `JSON.parse`
 * gives), edited one field at a time. A number field holds the number typed or, while what is typed is
 * not a number, the text itself, so Rust's check names the field rather than the form guessing; an
 * empty field is an absent key. Everything else a form edit does not touch stays exactly as it was.
 *
 * Also what the form cannot show — unknown fields, `Random`, a value of a kind its field cannot hold —
 * listed by path, so such a message stays in the Raw JSON tab and is said, never silently dropped.
 *
 * Not here: any rule of what makes a message valid (Rust's `message_check` answers that), how a field
 * looks (element-card.tsx), or the sender choice's words (sender-field.tsx).
 */
import type { Draft, Profile } from "../../ipc";
import { ELEMENT_SCHEMAS, IMAGE_SIZE_FIELDS, isMsgType, type FieldSpec, type MsgType } from "./schema";

export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

/** A path into the message: keys and array indexes, as Rust's report paths are built. */
export type Segment = string | number;
export type PathParts = readonly Segment[];

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A path as Rust's reports write it: `MsgBody[2].MsgContent.Text`, an odd key quoted (`["a.b"]`). */
export function pathText(parts: PathParts): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z0-9_]+$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** `ImageInfoArray[0].URL` → `["ImageInfoArray", 0, "URL"]`: the field names a media probe uses. */
export function pathParts(text: string): Segment[] {
  const parts: Segment[] = [];
  for (const match of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

export function getAt(value: Json | undefined, parts: PathParts): Json | undefined {
  let at = value;
  for (const part of parts) {
    if (typeof part === "number") at = Array.isArray(at) ? at[part] : undefined;
    else at = isObject(at) ? at[part] : undefined;
    if (at === undefined) return undefined;
  }
  return at;
}

/** A copy with the value at `parts` replaced (`undefined` removes the key), making the objects and
 * lists on the way as needed. Nothing else changes, not even the order of keys. */
export function setAt(value: Json | undefined, parts: PathParts, next: Json | undefined): Json {
  const [head, ...rest] = parts;
  if (head === undefined) return next ?? null;
  if (typeof head === "number") {
    const list = Array.isArray(value) ? [...value] : [];
    const item = rest.length === 0 ? next : setAt(list[head], rest, next);
    if (item === undefined) list.splice(head, 1);
    else {
      while (list.length < head) list.push(null);
      list[head] = item;
    }
    return list;
  }
  const object: JsonObject = isObject(value) ? value : {};
  const item = rest.length === 0 ? next : setAt(object[head], rest, next);
  if (item === undefined) return Object.fromEntries(Object.entries(object).filter(([key]) => key !== head));
  return { ...object, [head]: item };
}

/** What goes into the message for a number field's text: nothing when empty, the number when it reads
 * as one (JSON's own number syntax), else the text as typed, which Rust then names as not a number. */
export function typedNumber(text: string): Json | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  return /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(trimmed) && Number.isFinite(number) ? number : text;
}

/** A number field's value as text to show. */
export function numberText(value: Json | undefined): string {
  return typeof value === "number" || typeof value === "string" ? String(value) : "";
}

/** What the form needs from Rust's limits to make a new element. */
export type Defaults = { downloadFlag: number | null; firstImageSize: number | null };

/** A new element of `type`: what the producer fills in, empty; only values with one right answer
 * (Rust's download flag, an image's first size) are set. */
export function blankElement(type: MsgType, defaults: Defaults): JsonObject {
  const content: JsonObject = {};
  for (const field of ELEMENT_SCHEMAS[type].fields) {
    if (field.kind === "downloadFlag" && defaults.downloadFlag !== null) content[field.name] = defaults.downloadFlag;
    else if ((field.kind === "text" || field.kind === "multiline" || field.kind === "url") && !field.optional) content[field.name] = "";
    else if (field.kind === "imageSizes") {
      content[field.name] = defaults.firstImageSize === null ? [{ URL: "" }] : [{ Type: defaults.firstImageSize, URL: "" }];
    }
  }
  return { MsgType: type, MsgContent: content };
}

/** The message a new composer starts with: one empty text. */
export function blankMessage(defaults: Defaults): JsonObject {
  return { MsgBody: [blankElement("TIMTextElem", defaults)] };
}

/** Which account the broadcast names as its sender (`From_Account`). */
export type Sender =
  /** None named: the profile's default sender, or the admin when it has none. */
  | { kind: "default" }
  /** The profile's admin account, named (only differs from "default" when the profile has a default). */
  | { kind: "admin" }
  | { kind: "other"; account: string };

/** The `From_Account` a sender choice puts into the body (undefined: left out). */
export function fromAccount(sender: Sender, profile: Pick<Profile, "adminIdentifier" | "defaultFromAccount"> | null): string | undefined {
  switch (sender.kind) {
    case "default":
      return undefined;
    case "admin":
      return profile?.defaultFromAccount ? profile.adminIdentifier : undefined;
    case "other":
      return sender.account;
  }
}

/** The body as the form holds it, with the sender's `From_Account` first as Tencent's pages show it. */
export function bodyOf(message: JsonObject, sender: Sender, profile: Pick<Profile, "adminIdentifier" | "defaultFromAccount"> | null): JsonObject {
  const from = fromAccount(sender, profile);
  return from === undefined ? message : { From_Account: from, ...message };
}

/** A body's sender choice: left out is the default; the profile's default or admin by their role. */
export function senderOf(from: Json | undefined, profile: Pick<Profile, "adminIdentifier" | "defaultFromAccount"> | null): Sender {
  if (typeof from !== "string") return { kind: "default" };
  if (profile && from === profile.defaultFromAccount) return { kind: "default" };
  if (profile && from === profile.adminIdentifier) return { kind: "admin" };
  return { kind: "other", account: from };
}

/** A template's or a saved body's message for the form: its sender apart, the rest as it is. */
export function messageOf(body: JsonObject | Draft): { message: JsonObject; from: Json | undefined } {
  const { From_Account: from, ...message } = body as JsonObject;
  return { message, from };
}

/**
 * Every path of `value` the form has no field for, or whose value its field cannot hold: unknown keys,
 * `Random` (each send gets its own), an element of no known type, a list or object where text belongs,
 * `null`. Empty when the form can show all of it.
 */
export function unshownPaths(value: Json): string[] {
  const out: string[] = [];
  const miss = (parts: PathParts) => out.push(pathText(parts));
  if (!isObject(value)) return [pathText([])];
  for (const [key, item] of Object.entries(value)) {
    if (key === "From_Account" || key === "CloudCustomData") {
      if (typeof item !== "string") miss([key]);
    } else if (key === "MsgBody") {
      if (!Array.isArray(item)) miss([key]);
      else item.forEach((element, i) => unshownElement(element, ["MsgBody", i], miss));
    } else {
      miss([key]);
    }
  }
  return out;
}

function unshownElement(element: Json, at: PathParts, miss: (parts: PathParts) => void) {
  if (!isObject(element)) return miss(at);
  const type = element.MsgType;
  if (typeof type !== "string" || !isMsgType(type)) return miss([...at, "MsgType"]);
  for (const key of Object.keys(element)) {
    if (key !== "MsgType" && key !== "MsgContent") miss([...at, key]);
  }
  const content = element.MsgContent;
  if (content === undefined) return;
  if (!isObject(content)) return miss([...at, "MsgContent"]);
  unshownFields(content, ELEMENT_SCHEMAS[type].fields, [...at, "MsgContent"], miss);
}

function unshownFields(content: JsonObject, fields: readonly FieldSpec[], at: PathParts, miss: (parts: PathParts) => void) {
  for (const [key, item] of Object.entries(content)) {
    const field = fields.find((f) => f.name === key);
    if (!field) {
      miss([...at, key]);
      continue;
    }
    switch (field.kind) {
      case "text":
      case "multiline":
      case "url":
        if (typeof item !== "string") miss([...at, key]);
        break;
      case "number":
      case "downloadFlag":
        if (typeof item !== "number" && typeof item !== "string") miss([...at, key]);
        break;
      case "imageFormat":
      case "imageSize":
        if (typeof item !== "number") miss([...at, key]);
        break;
      case "imageSizes":
        if (!Array.isArray(item)) miss([...at, key]);
        else
          item.forEach((entry, i) => {
            if (!isObject(entry)) miss([...at, key, i]);
            else unshownFields(entry, IMAGE_SIZE_FIELDS, [...at, key, i], miss);
          });
        break;
    }
  }
}

/** The message without what the form cannot show: the producer's explicit choice to drop it. */
export function withoutUnshown(value: Json): JsonObject {
  if (!isObject(value)) return {};
  let out: Json = value;
  // Deepest first, so removing an element of a list does not shift the paths still to remove.
  for (const parts of unshownParts(value).reverse()) out = setAt(out, parts, undefined);
  return isObject(out) ? out : {};
}

function unshownParts(value: JsonObject): PathParts[] {
  return unshownPaths(value).map(parsePathText);
}

/** The inverse of `pathText`, for the paths it writes. */
export function parsePathText(text: string): Segment[] {
  const parts: Segment[] = [];
  const re = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z0-9_]+)/gy;
  for (let m = re.exec(text); m !== null && m[0] !== ""; m = re.exec(text)) {
    if (m[1] !== undefined) parts.push(Number(m[1]));
    else if (m[2] !== undefined) parts.push(JSON.parse(m[2]) as string);
    else if (m[3] !== undefined) parts.push(m[3]);
  }
  return parts;
}

/** Whether two messages are the same JSON value (key order aside). */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return false;
}

/** Moves element `from` to `to` in a list (the message's elements, or their keys). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}
