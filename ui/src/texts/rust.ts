/**
 * Texts that Rust writes: field problems of a profile, problems of a message and of a media probe,
 * Tencent's explanations, test-connection problems, command failures and the keychain's state. Each has ONE function here, the
 * one place that decides between Rust's catalogue message and the English Rust sent along with it.
 *
 * Rust's problems carry the message in `ui/locales/<tag>/core.ftl` to show: `FieldProblem`, `Problem`
 * and `ConnectionProblem` a `messageId` with `params`, `Explanation` an `id`; the messages of
 * explanations and connection problems have `.title` and `.remedy`. While an id is in no catalogue,
 * and for command failures that carry no id (a database or input problem, worded in Rust's English
 * with its detail), the English Rust sent is shown.
 *
 * Not here: the window's own words (window.ftl, through `t`), or where a text goes on screen.
 */
import type { ConnectionProblem } from "../bindings/ConnectionProblem";
import type { Explanation } from "../bindings/Explanation";
import type { Problem } from "../bindings/Problem";
import type { DeskError, FieldProblem, KeyState, MediaProblem } from "../ipc";
import { attrDynamic, hasAttribute, hasMessage, tDynamic, type Args } from "../i18n";

/** A catalogue message named by Rust, with its variables. */
type MessageRef = { messageId?: string | undefined; params?: Record<string, string | number> | undefined };

function report(id: string) {
  // Rust names only messages of core.ftl (its tests hold it to that); one that is missing is a bug.
  if (import.meta.env.DEV) console.warn(`i18n: Rust named "${id}", which no catalogue has; showing Rust's English`);
}

/** The catalogue's text for `messageId` and `params`, or null when there is none. */
function fromCatalogue(ref: MessageRef): string | null {
  const id = ref.messageId;
  if (id === undefined) return null;
  if (!hasMessage(id)) {
    report(id);
    return null;
  }
  return tDynamic(id, ref.params);
}

/** A first letter in capitals, as a sentence starts (Rust's field messages start in lower case, to
 * follow the field's name in bdesk: "name: at most 64 characters"). No-op for Korean, Chinese, Japanese. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rust's English as a sentence: capitalised, without the `field: ` prefix older messages had. */
export function sentence(field: string, message: string): string {
  const prefix = `${field}: `;
  return capitalised(message.startsWith(prefix) ? message.slice(prefix.length) : message);
}

/** A refused profile field, as a sentence beside its field (the field's name is not in it). */
export function fieldProblemText(problem: FieldProblem): string {
  const words = fromCatalogue(problem);
  return words !== null ? capitalised(words) : sentence(problem.field, problem.message);
}

/** What a media probe could not find out, or found wrong, as a sentence beside the field it names
 * (the field's name is not in it). */
export function mediaProblemText(problem: MediaProblem): string {
  const words = fromCatalogue(problem);
  return words !== null ? capitalised(words) : sentence(problem.field, problem.message);
}

/** A problem with a message body (from validation), naming where it is when Rust says. */
export function problemText(problem: Problem): string {
  return fromCatalogue(problem) ?? problem.message;
}

export type Words = { title: string; remedy: string };

/** Title and remedy of a catalogue message with `.title` and `.remedy`, or null when there is none. */
function titleAndRemedy(id: string, params: Args | undefined): Words | null {
  if (!hasAttribute(id, "title")) {
    report(id);
    return null;
  }
  return {
    title: attrDynamic(id, "title", params),
    remedy: hasAttribute(id, "remedy") ? attrDynamic(id, "remedy", params) : "",
  };
}

/** What Tencent's answer to a send means, and what to do. */
export function explanationText(explanation: Explanation): Words {
  return titleAndRemedy(explanation.id, undefined) ?? { title: explanation.title, remedy: explanation.remedy };
}

/** What Tencent's error `code` means and what to do, as an explanation of it says (`tencent-<code>`,
 * desk-core client/codes.rs), for a broadcast whose row keeps only the code; null when no catalogue
 * words it. */
export function codeExplanationText(code: number): Words | null {
  const id = `tencent-${code}`;
  return hasAttribute(id, "title") ? titleAndRemedy(id, undefined) : null;
}

/** Why Test connection failed, and what to do. */
export function connectionProblemText(problem: ConnectionProblem): Words {
  return titleAndRemedy(problem.messageId, problem.params) ?? { title: problem.title, remedy: problem.remedy };
}

/** A command's failure in words (the UI branches on `code`; this is only what it says). */
export function deskErrorText(error: DeskError): string {
  // Rust words the failures a producer can act on (keychain, missing key, a profile gone) by id; the
  // rest are shown in the English Rust sent.
  return fromCatalogue(error) ?? error.message;
}

/** Why the keychain cannot be used, with Rust's remedy for this platform. */
export function keychainProblemText(key: Extract<KeyState, { state: "unavailable" }>): string {
  return fromCatalogue(key) ?? key.message;
}
