/**
 * A send's trail in the real app: a broadcast sent from the Sandbox view, through the app's own
 * emulator over loopback, is in History with the MsgSeq the send showed, and its details list the
 * attempt Rust recorded (host, OK, latency) and the body with the Random it carried; found again by
 * searching its MsgSeq, and exported to a CSV file in the Downloads folder the system names.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";
import { ARTIFACTS } from "../support/paths";

let app: App;
let session: Session;
const dataHome = mkdtempSync(join(tmpdir(), "bdesk-e2e-history-"));
// The Downloads folder, as the system's user-dirs.dirs names it (what an export is written to).
const configHome = mkdtempSync(join(tmpdir(), "bdesk-e2e-history-config-"));
const downloads = mkdtempSync(join(tmpdir(), "bdesk-e2e-history-downloads-"));
writeFileSync(join(configHome, "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
const message = "History check: doors at 8";
let msgSeq = "";

beforeAll(async () => {
  app = await App.launch({ XDG_DATA_HOME: dataHome, XDG_CONFIG_HOME: configHome });
  session = app.session;
});

afterAll(async () => {
  await app?.close();
});

describe("history", () => {
  it("sends a broadcast from the sandbox", () =>
    app.step("history-send", async () => {
      await session.click(await session.waitFor('[data-testid="try-sandbox"]'));
      const textarea = await session.waitFor('[data-testid="sandbox-text"]');
      await session.clear(textarea);
      await session.type(textarea, message);
      await session.click(await session.waitFor('[data-testid="sandbox-send"]'));
      const result = await session.waitFor('[data-testid="send-result"][data-delivery="sent"]', { timeoutMs: 20_000 });
      msgSeq = /MsgSeq\s*(\d+)/.exec(await session.text(result))?.[1] ?? "";
      expect(msgSeq).not.toBe("");
    }));

  it("finds it in History with its MsgSeq, its attempt and the body it carried", () =>
    app.step("history-find", async () => {
      await session.click(await session.waitFor('.nav-item[data-view="history"]'));
      const row = await session.waitFor('[data-testid="history-item"] [data-testid="history-row"]', {
        textOk: (t) => t.includes(`MsgSeq ${msgSeq}`),
      });
      const text = await session.text(row);
      expect(text).toContain("Sent");
      expect(text).toContain("Sandbox");
      expect(text).toContain("1 attempt");
      expect(text).toContain("Window");

      await session.click(row);
      const attempt = await session.waitFor('[data-testid="history-details"] [data-testid="attempt"]');
      expect(await session.attribute(attempt, "data-class")).toBe("OK");
      // The emulator's loopback address, and the MsgSeq it answered.
      expect(await session.text(attempt)).toMatch(/127\.0\.0\.1:\d+/);
      expect(await session.text(attempt)).toContain(`MsgSeq ${msgSeq}`);
      const body = await session.waitFor('[data-testid="details-body"]');
      await session.scrollIntoView(body);
      const sent = JSON.parse(await session.text(body)) as { MsgBody: Array<{ MsgContent: { Text: string } }>; Random: number };
      // (As in sandbox.test: WebKitWebDriver's clear may leave the example text in front of the typed one.)
      expect(sent.MsgBody[0]?.MsgContent.Text).toContain(message);
      const random = await session.text(await session.waitFor('[data-testid="history-details"] [data-fact="random"]'));
      expect(String(sent.Random)).toBe(random);
      await session.scrollIntoView(row);
      // For a person to look at (not compared: the port and times change every run).
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, "history.png"), await session.screenshot());
    }));

  it("finds it again by its MsgSeq and exports it to a CSV file in Downloads", () =>
    app.step("history-export", async () => {
      const search = await session.waitFor('[data-testid="history-search"]');
      await session.scrollIntoView(search);
      await session.type(search, msgSeq);
      await session.waitFor('[data-testid="history-item"] [data-testid="history-row"]', { textOk: (t) => t.includes(`MsgSeq ${msgSeq}`) });
      await session.click(await session.waitFor('[data-testid="history-export-csv"]'));
      const done = await session.waitFor('[data-testid="history-exported"]', { timeoutMs: 20_000 });
      const path = /\S+\.csv$/.exec((await session.text(done)).trim())?.[0] ?? "";
      expect(path.startsWith(`${downloads}/broadcast-desk-history-`)).toBe(true);
      const csv = readFileSync(path, "utf8");
      const [header, row, ...rest] = csv.trim().split("\n");
      expect(header?.startsWith("written_at,outbox_id,")).toBe(true);
      expect(rest).toEqual([]);
      expect(row).toContain(`,${msgSeq},`);
      expect(row).toContain(message);
    }));
});
