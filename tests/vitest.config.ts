import { defineConfig } from "vitest/config";

// Three suites, one runner: unit tests of UI modules, the built UI in headless Chromium (IPC mocked),
// and the real app in its real webview (only under Xvfb; see .ci/test); and benchmarks in the real app.
export default defineConfig({
  test: {
    projects: [
      {
        // Unit tests beside UI modules, and of the UI's sources as a whole (catalogues, lint rules).
        test: { name: "unit", include: ["ui/src/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        test: {
          name: "ui",
          include: ["tests/ui/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // Benchmarks in the real app (print figures; never run by the test command).
        test: {
          name: "bench",
          include: ["tests/bench/**/*.test.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
