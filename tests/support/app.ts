/**
 * The real app in its real webview for one e2e file: launch with a given environment, and run each step
 * so that a failure carries a screenshot and every log that might explain it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Driver, type Session } from "./webdriver";
import { APP_BINARY, ARTIFACTS } from "./paths";

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
  }
}
