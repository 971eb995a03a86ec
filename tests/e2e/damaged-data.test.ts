/**
 * The real app when its database cannot be read (here: a file that is not SQLite at all). The window
 * must still open and say what is wrong and where, rather than vanish; and the file must be left alone
 * for the producer (or support) to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";

const dataHome = mkdtempSync(join(tmpdir(), "bdesk-e2e-damaged-"));
/** Debug builds use their own database file (desk-core's paths module). */
const database = join(dataHome, "io.broadcastdesk.desktop", "broadcast-desk-dev.sqlite3");
const junk = Buffer.from("not a database, just bytes on a bad day ".repeat(200));

let app: App;
let session: Session;

beforeAll(async () => {
  mkdirSync(join(dataHome, "io.broadcastdesk.desktop"), { recursive: true });
  writeFileSync(database, junk);
  app = await App.launch({ XDG_DATA_HOME: dataHome });
  session = app.session;
});

afterAll(async () => {
  await app?.close();
});

describe("a damaged database", () => {
  it("opens the window with the problem and the file's path, and leaves the file alone", () =>
    app.step("damaged-data", async () => {
      const banner = await session.waitFor('[data-testid="profiles-error"]');
      expect(await session.attribute(banner, "data-code")).toBe("IO");
      expect(await session.text(banner)).toContain(database);
      // The rest of the app still answers: About shows where the data lives.
      await session.click(await session.waitFor('.nav-item[data-view="about"]'));
      const dataDir = await session.waitFor('[data-testid="about-data-dir"]');
      expect(await session.text(dataDir)).toBe(join(dataHome, "io.broadcastdesk.desktop"));
      expect(readFileSync(database).equals(junk)).toBe(true);
    }));
});
