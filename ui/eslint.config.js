// Lint for the UI and its tests. Run from the repo root: `npm run lint`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import noLiteralText from "./eslint/no-literal-text.js";

export default tseslint.config(
  { ignores: ["ui/dist/**", "ui/src/bindings/**", "node_modules/**", "target/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["ui/src/**/*.{ts,tsx}"],
    // Text people read comes from the catalogue (ui/locales), never from JSX (ui/eslint/no-literal-text.js).
    plugins: { "broadcast-desk": { rules: { "no-literal-text": noLiteralText } } },
    rules: {
      "broadcast-desk/no-literal-text": "error",
      // ipc.ts is the only door to Rust; everything else goes through it.
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@tauri-apps/*"], message: "Call Rust through ui/src/ipc.ts only." }] },
      ],
    },
  },
  {
    files: ["ui/src/ipc.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);
