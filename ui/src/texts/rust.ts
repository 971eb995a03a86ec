/**
 * Texts that Rust writes: field problems of a profile, problems of a message, Tencent's explanations,
 * test-connection problems, command failures and the keychain's state. Each has ONE function here, so
 * the switch from Rust's English to catalogue messages happens in one place.
 *
 * The contract with Rust (landing in parallel): every `FieldProblem` and validation `Problem` carries
 * `messageId` and `params`, an `Explanation` carries `id` (its catalogue message has `.title` and
 * `.remedy`), and a `ConnectionProblem` carries `messageId` and `params` (read the same way: `.title`
 * and `.remedy`). Those messages live in `ui/locales/<tag>/core.ftl`. Until a value carries its id —
 * or while the id is in no catalogue — the English Rust sent is shown, as before.
 *
 * Not here: the window's own words (the catalogues, through `t`), or where a text goes on screen.
 */
import type { ConnectionProblem } from "../bindings/ConnectionProblem";
import type { Explanation } from "../bindings/Explanation";
import type { Problem } from "../bindings/Problem";
import type { DeskError, FieldProblem, KeyState } from "../ipc";
import { attrDynamic, hasAttribute, hasMessage, tDynamic, type Args } from "../i18n";

/** What Rust will add to its problems: the catalogue message and its variables. */
type MessageRef = { messageId?: unknown; params?: unknown };

function paramsOf(value: unknown): Args | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const args: Args = {};
  for (const [name, v] of Object.entries(value)) if (typeof v === "string" || typeof v === "number") args[name] = v;
  return args;
}

/** The catalogue's text for `messageId` and `params`, or null when there is none yet. */
function fromCatalogue(ref: MessageRef): string | null {
  const id = ref.messageId;
  if (typeof id !== "string" || !hasMessage(id)) return null;
  return tDynamic(id, paramsOf(ref.params));
}

/** Rust's English as a sentence: capitalised, without the `field: ` prefix older messages had. */
export function sentence(field: string, message: string): string {
  const prefix = `${field}: `;
  const rest = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A refused profile field, as a sentence beside its field (the field's name is not in it). */
export function fieldProblemText(problem: FieldProblem): string {
  // TODO(core ids): FieldProblem.messageId / params are not in the generated binding yet.
  return fromCatalogue(problem as FieldProblem & MessageRef) ?? sentence(problem.field, problem.message);
}

/** A problem with a message body (from validation), naming where it is when Rust says. */
export function problemText(problem: Problem): string {
  // TODO(core ids): Problem.messageId / params are not in the generated binding yet.
  return fromCatalogue(problem as Problem & MessageRef) ?? problem.message;
}

export type Words = { title: string; remedy: string };

/** Title and remedy of a catalogue message with `.title` and `.remedy`, or null when there is none. */
function titleAndRemedy(id: unknown, params: unknown): Words | null {
  if (typeof id !== "string" || !hasAttribute(id, "title")) return null;
  const args = paramsOf(params);
  return {
    title: attrDynamic(id, "title", args),
    remedy: hasAttribute(id, "remedy") ? attrDynamic(id, "remedy", args) : "",
  };
}

/** What Tencent's answer to a send means, and what to do. */
export function explanationText(explanation: Explanation): Words {
  // TODO(core ids): Explanation.id is not in the generated binding yet.
  const ref = explanation as Explanation & { id?: unknown; params?: unknown };
  return titleAndRemedy(ref.id, ref.params) ?? { title: explanation.title, remedy: explanation.remedy };
}

/** Why Test connection failed, and what to do. */
export function connectionProblemText(problem: ConnectionProblem): Words {
  // TODO(core ids): ConnectionProblem.messageId / params are not in the generated binding yet.
  const ref = problem as ConnectionProblem & MessageRef;
  return titleAndRemedy(ref.messageId, ref.params) ?? { title: problem.title, remedy: problem.remedy };
}

/** A command's failure in words (the UI branches on `code`; this is only what it says). */
export function deskErrorText(error: DeskError): string {
  // TODO(core ids): IpcError carries only Rust's English message so far; ipc.ts keeps messageId/params
  // on the DeskError as soon as Rust sends them.
  return fromCatalogue(error) ?? error.message;
}

/** Why the keychain cannot be used, with Rust's remedy for this platform. */
export function keychainProblemText(key: Extract<KeyState, { state: "unavailable" }>): string {
  // TODO(core ids): KeyState "unavailable" carries only Rust's English message so far.
  return fromCatalogue(key as typeof key & MessageRef) ?? key.message;
}
