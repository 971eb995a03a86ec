import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

// The web form is served by Tauri from ui/dist; no dev server is wired into the app, so what the
// tests drive is always the same build that ships.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    sourcemap: false,
    // Keep every asset a file: an inlined data: URL for a font or script would need a looser CSP.
    assetsInlineLimit: 0,
  },
  server: { port: 1420, strictPort: true },
});
