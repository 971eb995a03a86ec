/**
 * A small W3C WebDriver client for WebKitWebDriver, which drives the app's real WebKitGTK webview.
 *
 * We talk to WebKitWebDriver directly instead of through tauri-driver: measured here, tauri-driver's
 * proxy dropped 13 of 72 sessions with "connection reset", while direct sessions passed 41 of 41
 * (shared/notes). The capability below is all tauri-driver adds.
 *
 * Reliability rules: wait for the driver's /status instead of sleeping, create the session with at most
 * one retry, poll for elements with a deadline, and keep the driver's log for the failure message.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { once } from "node:events";
import { until } from "./wait";

const ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

export class Driver {
  private log = "";

  private constructor(
    private readonly proc: ChildProcess,
    readonly url: string,
  ) {
    proc.stdout?.on("data", (d: Buffer) => (this.log += d.toString()));
    proc.stderr?.on("data", (d: Buffer) => (this.log += d.toString()));
  }

  /** Starts WebKitWebDriver on a free loopback port and waits until it says it is ready. */
  static async start(env: NodeJS.ProcessEnv): Promise<Driver> {
    const port = await freePort();
    const proc = spawn("WebKitWebDriver", [`--port=${port}`, "--host=127.0.0.1"], {
      env: { ...env, TAURI_WEBVIEW_AUTOMATION: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const driver = new Driver(proc, `http://127.0.0.1:${port}`);
    const exited = once(proc, "exit").then(([code]) => {
      throw new Error(`WebKitWebDriver exited with ${String(code)}:\n${driver.log}`);
    });
    exited.catch(() => undefined);
    await Promise.race([
      exited,
      until("WebKitWebDriver /status", 20_000, async () => {
        const res = await fetch(`${driver.url}/status`);
        const body = (await res.json()) as { value?: { ready?: boolean } };
        return body.value?.ready ? true : undefined;
      }),
    ]);
    return driver;
  }

  logs(): string {
    return this.log;
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    this.proc.kill("SIGTERM");
    await Promise.race([once(this.proc, "exit"), new Promise((r) => setTimeout(r, 5_000))]);
    if (this.proc.exitCode === null) this.proc.kill("SIGKILL");
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const json = (await res.json()) as { value: T & { error?: string; message?: string } };
    if (!res.ok || (json.value && typeof json.value === "object" && "error" in json.value && json.value.error)) {
      throw new Error(`${method} ${path} → ${res.status}: ${json.value?.error ?? ""} ${json.value?.message ?? ""}`);
    }
    return json.value;
  }

  /** Launches the app and opens a session on its webview; retries once, since the first launch can race. */
  async newSession(binary: string): Promise<Session> {
    const capabilities = {
      capabilities: {
        alwaysMatch: { "webkitgtk:browserOptions": { binary, args: [] } },
      },
    };
    const create = () => this.request<{ sessionId: string }>("POST", "/session", capabilities);
    let created: { sessionId: string };
    try {
      created = await create();
    } catch (first) {
      try {
        created = await create();
      } catch (second) {
        throw new Error(
          `session creation failed twice:\n${String(first)}\n${String(second)}\n--- driver log ---\n${this.log}`,
          { cause: second },
        );
      }
    }
    return new Session(this, created.sessionId);
  }
}

export class Session {
  constructor(
    private readonly driver: Driver,
    readonly id: string,
  ) {}

  private req<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.driver.request<T>(method, `/session/${this.id}${path}`, body);
  }

  async delete(): Promise<void> {
    await this.req("DELETE", "").catch(() => undefined);
  }

  /** Polls until an element matching `css` exists (and, if given, its text satisfies `textOk`). */
  async waitFor(css: string, opts: { timeoutMs?: number; textOk?: (t: string) => boolean } = {}): Promise<string> {
    return until(`element ${css}`, opts.timeoutMs ?? 15_000, async () => {
      const found = await this.req<Array<Record<string, string>>>("POST", "/elements", {
        using: "css selector",
        value: css,
      });
      const id = found[0]?.[ELEMENT_KEY];
      if (!id) return undefined;
      if (opts.textOk && !opts.textOk(await this.text(id))) return undefined;
      return id;
    });
  }

  /** Polls until an element whose visible text is exactly `text` exists (found as a person would find
   * it, by its words), e.g. a button labelled in Korean. */
  async waitForText(text: string, opts: { timeoutMs?: number } = {}): Promise<string> {
    // XPath 1.0 has no escaping inside a literal: pick the quote the text does not contain.
    const literal = text.includes('"') ? `'${text}'` : `"${text}"`;
    return until(`element with the text ${literal}`, opts.timeoutMs ?? 15_000, async () => {
      const found = await this.req<Array<Record<string, string>>>("POST", "/elements", {
        using: "xpath",
        value: `//*[normalize-space(text())=${literal}]`,
      });
      return found[0]?.[ELEMENT_KEY];
    });
  }

  /**
   * Like `waitFor`, and also until the element has been laid out: a dialog's fields exist the moment it
   * opens but have no box for a frame or two, and WebKitWebDriver refuses to type into them until then.
   */
  async waitForShown(css: string, opts: { timeoutMs?: number } = {}): Promise<string> {
    const id = await this.waitFor(css, opts);
    await until(`${css} to be laid out`, opts.timeoutMs ?? 15_000, async () => {
      const shown = await this.execute<boolean>(
        "const r = arguments[0].getBoundingClientRect(); return r.width > 0 && r.height > 0;",
        [{ [ELEMENT_KEY]: id }],
      );
      return shown ? true : undefined;
    });
    return id;
  }

  /** Scrolls the element to the middle of its scroll container (WebKitWebDriver only scrolls the page). */
  async scrollIntoView(elementId: string): Promise<void> {
    await this.execute("arguments[0].scrollIntoView({ block: 'center' });", [{ [ELEMENT_KEY]: elementId }]);
  }

  text(elementId: string): Promise<string> {
    return this.req<string>("GET", `/element/${elementId}/text`);
  }

  attribute(elementId: string, name: string): Promise<string | null> {
    return this.req<string | null>("GET", `/element/${elementId}/attribute/${name}`);
  }

  click(elementId: string): Promise<unknown> {
    return this.req("POST", `/element/${elementId}/click`, {});
  }

  /** Types into an input as a user would (key events, so the UI's handlers run). */
  type(elementId: string, text: string): Promise<unknown> {
    return this.req("POST", `/element/${elementId}/value`, { text });
  }

  clear(elementId: string): Promise<unknown> {
    return this.req("POST", `/element/${elementId}/clear`, {});
  }

  title(): Promise<string> {
    return this.req<string>("GET", "/title");
  }

  execute<T>(script: string, args: unknown[] = []): Promise<T> {
    return this.req<T>("POST", "/execute/sync", { script, args });
  }

  /** Presses keys together on whatever has focus, as a user would, then lets them go (WebDriver's key
   * codes: "\uE007" Enter, "\uE009" Control). */
  async pressKeys(...keys: string[]): Promise<void> {
    const down = keys.map((value) => ({ type: "keyDown", value }));
    const up = [...keys].reverse().map((value) => ({ type: "keyUp", value }));
    await this.req("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions: [...down, ...up] }] });
    await this.req("DELETE", "/actions");
  }

  /** Moves the mouse pointer to a point of the viewport (so no hover state depends on earlier clicks). */
  async movePointer(x: number, y: number): Promise<void> {
    await this.req("POST", "/actions", {
      actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [{ type: "pointerMove", x, y, duration: 0 }] }],
    });
  }

  /** Presses the mouse on the element's centre, keeps it down `ms`, and lets go (a hold, not a click). */
  async hold(elementId: string, ms: number): Promise<void> {
    await this.req("POST", "/actions", {
      actions: [
        {
          type: "pointer",
          id: "mouse",
          parameters: { pointerType: "mouse" },
          actions: [
            { type: "pointerMove", origin: { [ELEMENT_KEY]: elementId }, x: 0, y: 0, duration: 0 },
            { type: "pointerDown", button: 0 },
            { type: "pause", duration: ms },
            { type: "pointerUp", button: 0 },
          ],
        },
      ],
    });
    await this.req("DELETE", "/actions").catch(() => undefined);
  }

  /** PNG of the webview, as bytes. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.req<string>("GET", "/screenshot"), "base64");
  }
}
