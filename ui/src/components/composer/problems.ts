/**
 * Where the composer shows each problem of Rust's report: beside the field its path names, else on the
 * element it is under (its type, its content as a whole, an entry list that is empty), else with the
 * message (empty, too long). Nothing is dropped: every problem lands in exactly one of the three.
 *
 * Elements are named by a key that survives reordering, and a report is placed with the keys the
 * message had when it was checked, so a problem stays on its element while a newer check runs.
 *
 * Not here: the problems themselves (Rust's) or their words (texts/rust.ts).
 */
import type { Problem } from "../../ipc";
import { ELEMENT_SCHEMAS, IMAGE_SIZE_FIELDS, isMsgType } from "./schema";
import { isObject, parsePathText, pathText, type JsonObject } from "./message";

/** A form field's id: `<element key>/<path inside the element>` (`e3/MsgContent.Text`), or
 * `/<path>` for the message's own fields (`/From_Account`). */
export function fieldId(elementKey: string | null, inside: string): string {
  return `${elementKey ?? ""}/${inside}`;
}

/** Every field the form shows for `message`, by id. */
export function formFields(message: JsonObject, keys: readonly string[]): Set<string> {
  const ids = new Set([fieldId(null, "From_Account"), fieldId(null, "CloudCustomData")]);
  const body = Array.isArray(message.MsgBody) ? message.MsgBody : [];
  body.forEach((element, i) => {
    const key = keys[i];
    if (key === undefined || !isObject(element) || typeof element.MsgType !== "string" || !isMsgType(element.MsgType)) return;
    for (const field of ELEMENT_SCHEMAS[element.MsgType].fields) {
      ids.add(fieldId(key, `MsgContent.${field.name}`));
      if (field.kind !== "imageSizes") continue;
      const content = element.MsgContent;
      const entries = isObject(content) && Array.isArray(content[field.name]) ? (content[field.name] as unknown[]) : [];
      // The first entry's URL is shown even when the list is empty (typing into it makes the entry).
      const count = Math.max(entries.length, 1);
      for (let j = 0; j < count; j++) {
        for (const sub of IMAGE_SIZE_FIELDS) ids.add(fieldId(key, `MsgContent.${field.name}[${j}].${sub.name}`));
      }
    }
  });
  return ids;
}

export type Placed = {
  /** By field id. */
  fields: Map<string, Problem[]>;
  /** By element key: problems of the element itself, or on a path under it the form has no field for. */
  elements: Map<string, Problem[]>;
  /** The message's own: empty, too long, or a path no element or field stands for. */
  message: Problem[];
};

export function placeProblems(errors: readonly Problem[], checkedKeys: readonly string[], fields: ReadonlySet<string>): Placed {
  const placed: Placed = { fields: new Map(), elements: new Map(), message: [] };
  const add = (map: Map<string, Problem[]>, key: string, p: Problem) => map.set(key, [...(map.get(key) ?? []), p]);
  for (const problem of errors) {
    const parts = parsePathText(problem.path);
    const [head, index] = parts;
    if (head === "MsgBody" && typeof index === "number") {
      const key = checkedKeys[index];
      if (key === undefined) {
        placed.message.push(problem);
        continue;
      }
      const id = fieldId(key, pathText(parts.slice(2)));
      if (parts.length > 2 && fields.has(id)) add(placed.fields, id, problem);
      else add(placed.elements, key, problem);
      continue;
    }
    const id = fieldId(null, pathText(parts));
    if (parts.length > 0 && fields.has(id)) add(placed.fields, id, problem);
    else placed.message.push(problem);
  }
  return placed;
}
