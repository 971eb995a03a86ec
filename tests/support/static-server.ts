/** Serves the built UI (ui/dist) on loopback for the headless-Chromium tests. */
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { once } from "node:events";
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launch } from "./browser";
import { ROOT } from "./paths";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

// The same policy tauri.conf.json gives the app, so a UI change that would break under the app's CSP
// breaks here first (Tauri adds hashes for its own scripts; our built UI needs none).
function cspFromConfig(config: { app: { security: { csp: Record<string, string> } } }): string {
  return Object.entries(config.app.security.csp)
    .filter(([directive]) => directive !== "connect-src")
    .map(([directive, value]) => `${directive} ${value}`)
    .join("; ");
}

export async function serveDist(): Promise<{ url: string; server: Server }> {
  const dist = join(ROOT, "ui", "dist");
  const config = JSON.parse(await readFile(join(ROOT, "tauri.conf.json"), "utf8"));
  const csp = cspFromConfig(config);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = join(dist, path === "/" ? "index.html" : path);
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": csp,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no address");
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/**
 * For one UI test file: ui/dist served on loopback and a headless Chromium, up before the file's tests
 * and closed after them; `use` gets both once they are up:
 *
 *     let browser: Browser;
 *     let url: string;
 *     servedWindow((w) => ({ browser, url } = w));
 */
export function servedWindow(use: (served: { browser: Browser; url: string }) => void): void {
  let browser: Browser | undefined;
  let server: Server | undefined;
  beforeAll(async () => {
    const served = await serveDist();
    server = served.server;
    browser = await launch();
    use({ browser, url: served.url });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
}
