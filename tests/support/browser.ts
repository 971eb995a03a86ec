/**
 * Headless Chromium (Debian's, via playwright-core) with Tauri's IPC replaced by a mock that the test
 * controls. The mock is installed before any page script runs, the way Tauri injects its own.
 */
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // This machine has no network but loopback: keep Chromium from trying to reach Google's hosts.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** How the mock answers each command: a value to resolve with, or `{reject: …}` to fail with. */
export type IpcScript = Record<string, unknown>;

export async function openWithIpc(
  browser: Browser,
  url: string,
  script: IpcScript,
  opts: { colorScheme?: "light" | "dark" } = {},
): Promise<{ page: Page; calls: () => Promise<Array<{ cmd: string; args: unknown }>> }> {
  const context = await browser.newContext({
    viewport: { width: 1120, height: 760 },
    colorScheme: opts.colorScheme ?? "light",
  });
  await context.addInitScript((answers: IpcScript) => {
    const calls: Array<{ cmd: string; args: unknown }> = [];
    (window as unknown as { __ipcCalls: typeof calls }).__ipcCalls = calls;
    (window as unknown as { __TAURI_INTERNALS__: unknown }).__TAURI_INTERNALS__ = {
      invoke: (cmd: string, args: unknown) => {
        calls.push({ cmd, args });
        if (!(cmd in answers)) return Promise.reject(`command ${cmd} not found`);
        const answer = answers[cmd] as { reject?: unknown } | undefined;
        if (answer && typeof answer === "object" && "reject" in answer) return Promise.reject(answer.reject);
        return Promise.resolve(answer);
      },
      transformCallback: () => 0,
      metadata: { currentWindow: { label: "main" }, currentWebview: { label: "main", windowLabel: "main" } },
    };
  }, script);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(url);
  (page as unknown as { __errors: string[] }).__errors = errors;
  return {
    page,
    calls: () => page.evaluate(() => (window as unknown as { __ipcCalls: Array<{ cmd: string; args: unknown }> }).__ipcCalls),
  };
}

export function pageErrors(page: Page): string[] {
  return (page as unknown as { __errors: string[] }).__errors;
}
