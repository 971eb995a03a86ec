/**
 * Where the profile form shows what Rust refused: each broken rule beside the field it names, and
 * everything else — a rule on a path the form has no input for, or any other failure — in the banner,
 * so no problem is lost.
 *
 * Not here: the rules themselves (Rust's `profiles::validate`).
 */
import { DeskError } from "../../ipc";
import { fieldMessage } from "../../format";

/** Messages by the field path Rust names (`target.url`, `edition.ratePerSec`, …). */
export type FieldErrors = Record<string, string[]>;

/** Fields the form has an input for; a problem on any other path goes to the banner, so none is lost. */
export const FORM_FIELDS = [
  "name",
  "color",
  "target.region",
  "target.url",
  "sdkappid",
  "adminIdentifier",
  "edition.ratePerSec",
  "defaultFromAccount",
  "usersigLifetimeSecs",
] as const;

export function placeProblems(error: DeskError): { fields: FieldErrors; banner: DeskError | null } {
  if (error.code !== "INVALID_PROFILE" || error.fields.length === 0) return { fields: {}, banner: error };
  const fields: FieldErrors = {};
  for (const f of error.fields) (fields[f.field] ??= []).push(fieldMessage(f.field, f.message));
  const orphans = error.fields.filter((f) => !(FORM_FIELDS as readonly string[]).includes(f.field));
  return {
    fields,
    banner: orphans.length > 0 ? new DeskError(error.code, orphans.map((f) => f.message).join("\n")) : null,
  };
}
