/**
 * ESLint rule `broadcast-desk/no-literal-text`: text a person reads must come from the catalogue
 * (ui/locales, through ui/src/i18n.ts), never be written into JSX. It reports
 *
 * - JSX text with a letter in it: `<button>Save</button>`;
 * - a string or template literal with a letter, as a JSX child — also as either branch of `?:` or the
 *   right side of `&&`/`||`/`??`: `{busy ? "Saving…" : label}`;
 * - the same in an attribute that people read or hear: `title`, `aria-label`, `placeholder`, `alt`, …,
 *   and the text props of the app's own components (`label`, `hint`, `subtitle`, `confirmLabel`, …).
 *
 * Punctuation, symbols, digits and emoji carry no language and pass (`·`, `—`, `:`, `×`, `?`, `🙂`), as
 * do ids, classes and anything given to a function (`t("profiles-add")`).
 *
 * Options: `{ attributes?: string[], allow?: string[] }` — more attributes to check, and exact strings
 * to let through.
 */

/** Attributes and props whose value is read or heard by people. */
const TEXT_ATTRIBUTES = [
  "title",
  "alt",
  "placeholder",
  "label",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-placeholder",
  "aria-valuetext",
  // The app's own components (components/fields.tsx, dialog.tsx, busy-button.tsx).
  "hint",
  "subtitle",
  "confirmLabel",
  "busyLabel",
];

const LETTER = /\p{L}/u;

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Disallow literal user-facing text in JSX; use the i18n catalogue (t/attr/rich)." },
    schema: [
      {
        type: "object",
        properties: {
          attributes: { type: "array", items: { type: "string" } },
          allow: { type: "array", items: { type: "string" } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      text: "Literal text “{{text}}” in JSX: put it in ui/locales/en/window.ftl and render it with t().",
      attribute: "Literal text “{{text}}” in the `{{name}}` attribute: put it in the catalogue and use attr() or t().",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const attributes = new Set([...TEXT_ATTRIBUTES, ...(options.attributes ?? [])]);
    const allow = new Set(options.allow ?? []);

    const isText = (value) => typeof value === "string" && LETTER.test(value) && !allow.has(value.trim());
    const short = (value) => {
      const flat = value.replace(/\s+/g, " ").trim();
      return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
    };

    /** Every literal with text that an expression evaluates to, without looking into calls. */
    function literals(node, found = []) {
      if (!node) return found;
      switch (node.type) {
        case "Literal":
          if (isText(node.value)) found.push({ node, text: node.value });
          break;
        case "TemplateLiteral": {
          const parts = node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw);
          if (parts.some(isText)) found.push({ node, text: parts.join("…") });
          break;
        }
        case "ConditionalExpression":
          literals(node.consequent, found);
          literals(node.alternate, found);
          break;
        case "LogicalExpression":
          // `a && "x"` renders "x"; `a || "x"` and `a ?? "x"` may render either side.
          if (node.operator !== "&&") literals(node.left, found);
          literals(node.right, found);
          break;
        case "SequenceExpression":
          literals(node.expressions[node.expressions.length - 1], found);
          break;
        case "ArrayExpression":
          for (const element of node.elements) literals(element, found);
          break;
        case "TSAsExpression":
        case "TSNonNullExpression":
        case "TSSatisfiesExpression":
          literals(node.expression, found);
          break;
        default:
          break;
      }
      return found;
    }

    const isChild = (node) => node.parent && (node.parent.type === "JSXElement" || node.parent.type === "JSXFragment");

    return {
      JSXText(node) {
        if (isText(node.value)) context.report({ node, messageId: "text", data: { text: short(node.value) } });
      },
      JSXExpressionContainer(node) {
        if (!isChild(node)) return;
        for (const { node: at, text } of literals(node.expression)) {
          context.report({ node: at, messageId: "text", data: { text: short(text) } });
        }
      },
      JSXAttribute(node) {
        const name = node.name.type === "JSXNamespacedName" ? `${node.name.namespace.name}:${node.name.name.name}` : node.name.name;
        if (!attributes.has(name) || !node.value) return;
        const found =
          node.value.type === "Literal"
            ? isText(node.value.value)
              ? [{ node: node.value, text: node.value.value }]
              : []
            : node.value.type === "JSXExpressionContainer"
              ? literals(node.value.expression)
              : [];
        for (const { node: at, text } of found) {
          context.report({ node: at, messageId: "attribute", data: { text: short(text), name } });
        }
      },
    };
  },
};

export default rule;
