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
    // One script (about 570 kB, 380 of them the four languages' catalogues) is right here: it is read
    // from the app's own files, never a network, and splitting the views into chunks loaded on demand
    // saved no idle memory in the webview (docs/BENCHMARKS.md, "Release build and footprint").
    chunkSizeWarningLimit: 800,
  },
  server: { port: 1420, strictPort: true },
});
