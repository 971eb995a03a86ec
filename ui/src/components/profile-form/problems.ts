/**
 * Where the profile form shows what Rust refused: each broken rule beside the field it names, and
 * everything else — a rule on a path the form has no input for, or any other failure — in the banner,
 * so no problem is lost.
 *
 * The problems are kept as Rust sent them and put into words when shown (texts/rust.ts), so a change
 * of language re-words them too.
 *
 * Not here: the rules themselves (Rust's `profiles::validate`).
 */
import { DeskError, type FieldProblem } from "../../ipc";

/** Problems by the field path Rust names (`target.url`, `edition.ratePerSec`, …). */
export type FieldErrors = Record<string, FieldProblem[]>;

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

/**
 * Each refused rule under its field; for the banner, the failure itself — or, when some rules name a
 * path the form has no input for, a DeskError carrying just those rules in `fields`.
 */
export function placeProblems(error: DeskError): { fields: FieldErrors; banner: DeskError | null } {
  if (error.code !== "INVALID_PROFILE" || error.fields.length === 0) return { fields: {}, banner: error };
  const fields: FieldErrors = {};
  for (const f of error.fields) (fields[f.field] ??= []).push(f);
  const orphans = error.fields.filter((f) => !(FORM_FIELDS as readonly string[]).includes(f.field));
  return {
    fields,
    banner:
      orphans.length > 0
        ? new DeskError(error.code, orphans.map((f) => f.message).join("\n"), orphans)
        : null,
  };
}
