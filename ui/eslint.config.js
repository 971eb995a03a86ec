// Lint for the UI and its tests. Run from the repo root: `npm run lint`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["ui/dist/**", "ui/src/bindings/**", "node_modules/**", "target/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["ui/src/**/*.{ts,tsx}"],
    rules: {
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
