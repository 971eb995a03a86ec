/**
 * Reads the Fluent catalogues (ui/locales/<tag>/{window,core}.ftl) and the UI's sources, and says what
 * does not hold together: syntax errors, ids the code uses that no catalogue has (or that miss an
 * attribute or a variable), ids of window.ftl that no code uses, and catalogues whose ids differ from
 * English. Used by catalogues.test.ts on the real files and on small made-up ones.
 */
import { parse, type Entry, type Message, type Pattern, type Term } from "@fluent/syntax";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** One message's shape: whether it has a value, its attributes, and the variables each part uses. */
export type Shape = {
  value: boolean;
  attributes: Set<string>;
  /** Variables by part: "" for the value, the attribute's name otherwise. */
  variables: Map<string, Set<string>>;
  /** Messages and terms it refers to ("-app-name" for a term). */
  references: Set<string>;
  comment: string;
  line: number;
};

export type Catalogue = { file: string; messages: Map<string, Shape>; terms: Set<string>; errors: string[] };

function walk(node: unknown, visit: (node: { type: string } & Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const n = node as { type?: unknown } & Record<string, unknown>;
  if (typeof n.type === "string") visit(n as { type: string } & Record<string, unknown>);
  for (const [key, value] of Object.entries(n)) if (key !== "span") walk(value, visit);
}

function variablesOf(pattern: Pattern | null): Set<string> {
  const found = new Set<string>();
  walk(pattern, (n) => {
    if (n.type === "VariableReference") found.add((n.id as { name: string }).name);
  });
  return found;
}

function referencesOf(entry: Message | Term): Set<string> {
  const found = new Set<string>();
  walk([entry.value, entry.attributes], (n) => {
    if (n.type === "MessageReference") found.add((n.id as { name: string }).name);
    if (n.type === "TermReference") found.add(`-${(n.id as { name: string }).name}`);
  });
  return found;
}

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split("\n").length;
}

/** Parses one catalogue; syntax errors (Fluent's "Junk") and duplicate ids are its `errors`. */
export function readCatalogue(file: string, source: string): Catalogue {
  const resource = parse(source, { withSpans: true });
  const messages = new Map<string, Shape>();
  const terms = new Set<string>();
  const errors: string[] = [];
  for (const entry of resource.body as Entry[]) {
    const line = lineOf(source, entry.span?.start ?? 0);
    if (entry.type === "Junk") {
      const notes = entry.annotations.map((a) => `${a.code} ${a.message}`).join("; ");
      errors.push(`${file}:${line}: syntax error: ${notes} in ${JSON.stringify(entry.content.trim().slice(0, 80))}`);
      continue;
    }
    if (entry.type === "Term") {
      if (terms.has(entry.id.name)) errors.push(`${file}:${line}: term -${entry.id.name} is defined twice`);
      terms.add(entry.id.name);
      continue;
    }
    if (entry.type !== "Message") continue;
    const id = entry.id.name;
    if (messages.has(id)) errors.push(`${file}:${line}: message ${id} is defined twice`);
    const variables = new Map<string, Set<string>>([["", variablesOf(entry.value)]]);
    for (const a of entry.attributes) variables.set(a.id.name, variablesOf(a.value));
    messages.set(id, {
      value: entry.value !== null,
      attributes: new Set(entry.attributes.map((a) => a.id.name)),
      variables,
      references: referencesOf(entry),
      comment: entry.comment?.content ?? "",
      line,
    });
  }
  return { file, messages, terms, errors };
}

/** Every message and term one language's bundle would hold (its core.ftl and window.ftl together). */
export function bundleOf(catalogues: Catalogue[]): { messages: Map<string, Shape>; terms: Set<string>; errors: string[] } {
  const messages = new Map<string, Shape>();
  const terms = new Set<string>();
  const errors: string[] = [];
  for (const c of catalogues) {
    for (const [id, shape] of c.messages) {
      if (messages.has(id)) errors.push(`${c.file}: message ${id} is also in another catalogue of this language`);
      messages.set(id, shape);
    }
    for (const term of c.terms) terms.add(term);
  }
  for (const c of catalogues) {
    for (const [id, shape] of c.messages) {
      for (const ref of shape.references) {
        const known = ref.startsWith("-") ? terms.has(ref.slice(1)) : messages.has(ref);
        if (!known) errors.push(`${c.file}:${shape.line}: ${id} refers to ${ref}, which this language does not define`);
      }
    }
  }
  return { messages, terms, errors };
}

const describeShape = (s: Shape) => [s.value ? "value" : "", ...[...s.attributes].sort().map((a) => `.${a}`)].filter(Boolean).join(" ");

/** What differs between a translation and the English catalogue of the same name: every id and
 * attribute must be in both (a missing one would show English; an extra one is never shown). */
export function compareCatalogues(english: Catalogue, other: Catalogue): string[] {
  const problems: string[] = [];
  for (const [id, shape] of english.messages) {
    const theirs = other.messages.get(id);
    if (!theirs) problems.push(`${other.file}: missing ${id} (in ${english.file})`);
    else if (describeShape(theirs) !== describeShape(shape)) {
      problems.push(`${other.file}:${theirs.line}: ${id} has ${describeShape(theirs) || "nothing"}, English has ${describeShape(shape)}`);
    }
  }
  for (const [id, shape] of other.messages) {
    if (!english.messages.has(id)) problems.push(`${other.file}:${shape.line}: ${id} is not in ${english.file}`);
  }
  return problems;
}

/** How the code uses one message: the call, where, and the variables it passes (null: not knowable). */
export type Use = {
  fn: string;
  id: string | null;
  attribute: string | null;
  args: Set<string> | null;
  where: string;
};

const I18N_FUNCTIONS = ["t", "attr", "rich", "tDynamic", "attrDynamic"] as const;

function stringOf(node: ts.Expression | undefined): string | null {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;
}

function keysOf(node: ts.Expression | undefined): Set<string> | null {
  if (!node) return new Set();
  if (!ts.isObjectLiteralExpression(node)) return null;
  const keys = new Set<string>();
  for (const p of node.properties) {
    if (ts.isShorthandPropertyAssignment(p)) keys.add(p.name.text);
    else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) keys.add(p.name.text);
    else return null;
  }
  return keys;
}

/** Every call of the i18n module's message functions in one source file. */
export function usesIn(file: string, source: string): Use[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  // Local names bound to the i18n module's functions (`import { t } from "../i18n"`).
  const local = new Map<string, string>();
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(^|\/)i18n$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const el of bindings.elements) {
      const imported = (el.propertyName ?? el.name).text;
      if ((I18N_FUNCTIONS as readonly string[]).includes(imported)) local.set(el.name.text, imported);
    }
  }
  // The i18n module calls its own functions: with literal ids (formatBytes) those are uses like any
  // other; with variables (tDynamic, rich) they are its plumbing.
  const ownModule = /(^|\/)i18n\.ts$/.test(file);
  if (ownModule) for (const fn of ["t", "attr", "rich"]) local.set(fn, fn);
  const uses: Use[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      local.has(node.expression.text) &&
      !(ownModule && stringOf(node.arguments[0]) === null)
    ) {
      const fn = local.get(node.expression.text) ?? "";
      const [first, second, third] = node.arguments;
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      const where = `${file}:${line + 1}`;
      if (fn === "attr" || fn === "attrDynamic") {
        uses.push({ fn, id: stringOf(first), attribute: stringOf(second), args: keysOf(third), where });
      } else if (fn === "rich") {
        const args = keysOf(second);
        const elements = keysOf(third);
        uses.push({ fn, id: stringOf(first), attribute: null, args: args && elements ? new Set([...args, ...elements]) : null, where });
      } else {
        uses.push({ fn, id: stringOf(first), attribute: null, args: keysOf(second), where });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

/** The UI's source files (not generated bindings, not tests). */
export function sourceFiles(dir: string, root = dir): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "bindings") files.push(...sourceFiles(path, root));
    } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts")) {
      files.push(path);
    }
  }
  return files;
}

/** Every catalogue under `localesDir`, by language and file name ("window", "core"). */
export function readLocales(localesDir: string, root: string): Map<string, Map<string, Catalogue>> {
  const byTag = new Map<string, Map<string, Catalogue>>();
  for (const tag of readdirSync(localesDir)) {
    const dir = join(localesDir, tag);
    if (!statSync(dir).isDirectory()) continue;
    const files = new Map<string, Catalogue>();
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(".ftl")) continue;
      const path = join(dir, name);
      files.set(name.replace(/\.ftl$/, ""), readCatalogue(relative(root, path), readFileSync(path, "utf8")));
    }
    byTag.set(tag, files);
  }
  return byTag;
}

/**
 * What is wrong with how the code uses the catalogues: ids that are not string literals, ids or
 * attributes no English catalogue has, variables a message (in any language) uses that the call does
 * not pass, dynamic lookups outside texts/rust.ts, and window.ftl ids and attributes that nothing uses.
 */
export function checkUses(
  uses: Use[],
  english: { window: Catalogue; core: Catalogue | null },
  everyLanguage: Map<string, Map<string, Shape>>,
  dynamicAllowedIn: (where: string) => boolean,
): string[] {
  const problems: string[] = [];
  const find = (id: string) => english.window.messages.get(id) ?? english.core?.messages.get(id);
  const used = new Map<string, Set<string>>();
  for (const use of uses) {
    if (use.fn === "tDynamic" || use.fn === "attrDynamic") {
      if (!dynamicAllowedIn(use.where)) {
        problems.push(`${use.where}: ${use.fn}() is only for ids Rust sends (ui/src/texts/rust.ts); use t() with a literal id`);
      }
      continue;
    }
    if (use.id === null) {
      problems.push(`${use.where}: ${use.fn}() needs a string literal id, so the catalogue can be checked`);
      continue;
    }
    const shape = find(use.id);
    if (!shape) {
      problems.push(`${use.where}: ${use.fn}("${use.id}") is in no English catalogue`);
      continue;
    }
    const part = use.fn === "attr" ? use.attribute : "";
    if (part === null) {
      problems.push(`${use.where}: attr("${use.id}", …) needs a string literal attribute`);
      continue;
    }
    if (part === "" ? !shape.value : !shape.attributes.has(part)) {
      problems.push(`${use.where}: "${use.id}" has no ${part === "" ? "value" : `attribute .${part}`}`);
      continue;
    }
    (used.get(use.id) ?? used.set(use.id, new Set()).get(use.id))?.add(part);
    if (use.args === null) continue;
    for (const [tag, messages] of everyLanguage) {
      const needed = messages.get(use.id)?.variables.get(part) ?? new Set<string>();
      const missing = [...needed].filter((v) => !use.args?.has(v));
      if (missing.length > 0) {
        problems.push(`${use.where}: ${tag}'s "${use.id}${part ? `.${part}` : ""}" uses $${missing.join(", $")}, which the call does not pass`);
      }
    }
  }
  for (const [id, shape] of english.window.messages) {
    const parts = used.get(id);
    if (!parts) {
      problems.push(`${english.window.file}:${shape.line}: ${id} is not used by the UI`);
      continue;
    }
    if (shape.value && !parts.has("")) problems.push(`${english.window.file}:${shape.line}: ${id}'s value is not used by the UI`);
    for (const a of shape.attributes) {
      if (!parts.has(a)) problems.push(`${english.window.file}:${shape.line}: ${id}.${a} is not used by the UI`);
    }
  }
  return problems;
}

/** Variables a message uses that its comment does not mention: translators need to know what each is. */
export function undocumentedVariables(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [id, shape] of catalogue.messages) {
    const variables = new Set([...shape.variables.values()].flatMap((s) => [...s]));
    const missing = [...variables].filter((v) => !shape.comment.includes(`$${v}`));
    if (missing.length > 0) {
      problems.push(`${catalogue.file}:${shape.line}: ${id}'s comment should say what $${missing.join(", $")} is`);
    }
  }
  return problems;
}
