/**
 * The real app in its real webview for one e2e file: launch with a given environment, and run each step
 * so that a failure carries a screenshot and every log that might explain it.
 */
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { join } from "node:path";
import { Driver, type Session } from "./webdriver";
import { APP_BINARY, ARTIFACTS } from "./paths";

/** The D-Bus names by which the app keeps one instance per user (debug and release builds apart). */
const INSTANCE_NAMES = ["io.broadcastdesk.desktop.SingleInstance", "io.broadcastdesk.desktop.dev.SingleInstance"];

/**
 * Waits until no instance of the app holds its single-instance name on this session bus: the last
 * file's app may still be closing, and a launch now would hand over to it and exit. Asks the bus, not
 * the process list, which would also show apps of other sessions on the machine.
 */
async function noRunningInstance(): Promise<void> {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) return;
  for (let i = 0; i < 100; i++) {
    if ((await instancePids()).length === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("another Broadcast Desk still holds its single-instance name on this session bus after 10 s");
}

/** The process ids holding the app's single-instance names on this session bus. */
async function instancePids(): Promise<number[]> {
  const bus = (method: string, name: string) =>
    promisify(execFile)("gdbus", [
      "call", "--session", "--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
      "--method", `org.freedesktop.DBus.${method}`, name,
    ]).then(({ stdout }) => stdout);
  const pids: number[] = [];
  for (const name of INSTANCE_NAMES) {
    if (!(await bus("NameHasOwner", name)).includes("true")) continue;
    const pid = Number(/uint32 (\d+)/.exec(await bus("GetConnectionUnixProcessID", name).catch(() => ""))?.[1]);
    if (pid > 0) pids.push(pid);
  }
  return pids;
}

/**
 * Makes sure the app the driver launched is gone. WebKitWebDriver ends it after the session, but its own
 * SIGTERM can race that, leaving the app orphaned and running; with one instance per user, it would then
 * take every later launch in this session. Waits a moment for a clean exit, then ends what is left.
 */
async function endInstance(): Promise<void> {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) return;
  for (let i = 0; i < 30; i++) {
    const pids = await instancePids();
    if (pids.length === 0) return;
    if (i === 20) for (const pid of pids) process.kill(pid, "SIGTERM");
    if (i === 29) for (const pid of pids) process.kill(pid, "SIGKILL");
    await new Promise((r) => setTimeout(r, 100));
  }
}

export class App {
  private constructor(
    readonly driver: Driver,
    readonly session: Session,
    private readonly extraLogs: () => string,
  ) {}

  /**
   * Starts WebKitWebDriver with `env` (on top of this process's) and opens the app's window. The window
   * speaks English unless `env` chooses a language (`LANG`/`LANGUAGE`, which WebKitGTK reads as the
   * system's): suites assert English words, whatever the machine running them is set to. `binary` is the
   * debug build unless a suite starts another (the installed one from a package).
   */
  static async launch(
    env: NodeJS.ProcessEnv,
    extraLogs: () => string = () => "",
    binary: string = APP_BINARY,
  ): Promise<App> {
    await noRunningInstance();
    const english = { LANG: "en_US.UTF-8", LANGUAGE: "en", LC_ALL: "", LC_MESSAGES: "" };
    const driver = await Driver.start({ ...process.env, ...english, ...env });
    try {
      return new App(driver, await driver.newSession(binary), extraLogs);
    } catch (err) {
      await driver.stop();
      throw err;
    }
  }

  /** Runs a test body; on failure saves `failed-<name>.png` and adds the driver's (and app's) log. */
  async step<T>(name: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (err) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await this.session
        .screenshot()
        .then((png) => writeFileSync(join(ARTIFACTS, `failed-${name}.png`), png))
        .catch(() => undefined);
      throw new Error(
        `${String(err)}\n--- WebKitWebDriver and app log ---\n${this.driver.logs()}${this.extraLogs()}`,
        { cause: err },
      );
    }
  }

  /** Types into the form field `name` as a user would, replacing what it held. */
  async fill(name: string, value: string): Promise<void> {
    const input = await this.session.waitForShown(`[name="${name}"]`);
    try {
      // Forms scroll inside their dialog; the driver does not scroll nested containers by itself.
      await this.session.scrollIntoView(input);
      await this.session.clear(input);
      await this.session.type(input, value);
    } catch (err) {
      throw new Error(`filling the ${name} field: ${String(err)}`, { cause: err });
    }
  }

  async close(): Promise<void> {
    await this.session.delete();
    await this.driver.stop();
    await endInstance();
  }
}
