/**
 * A newcomer's first minute in the real app: from the first-run panel, one click opens the sandbox, one
 * more sends a broadcast through the app's own emulator over loopback, and the Sandbox view shows what
 * viewers would have received.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";
import { ARTIFACTS } from "../support/paths";

let app: App;
let session: Session;
const dataHome = mkdtempSync(join(tmpdir(), "bdesk-e2e-sandbox-"));

beforeAll(async () => {
  app = await App.launch({ XDG_DATA_HOME: dataHome });
  session = app.session;
});

afterAll(async () => {
  await app?.close();
});

const dumpOnFailure = <T>(name: string, body: () => Promise<T>): Promise<T> => app.step(name, body);

describe("the sandbox", () => {
  it("is one click from the first-run panel and marked as the sandbox in the header", () =>
    dumpOnFailure("open-sandbox", async () => {
      await session.click(await session.waitFor('[data-testid="try-sandbox"]'));
      await session.waitFor('[data-testid="view-sandbox"]');
      const slot = await session.waitFor('[data-testid="profile-slot"]', {
        textOk: (t) => /sandbox/i.test(t),
      });
      expect(await session.text(slot)).toMatch(/sandbox/i);
    }));

  it("sends a broadcast end to end and shows what viewers received", () =>
    dumpOnFailure("sandbox-send", async () => {
      const textarea = await session.waitFor('[data-testid="sandbox-text"]');
      await session.clear(textarea);
      await session.type(textarea, "Doors open in 5 minutes");
      await session.click(await session.waitFor('[data-testid="sandbox-send"]'));
      const result = await session.waitFor('[data-testid="send-result"]', {
        textOk: (t) => /MsgSeq/.test(t),
        timeoutMs: 20_000,
      });
      const seq = /MsgSeq\s*(\d+)/.exec(await session.text(result))?.[1];
      if (seq === undefined) throw new Error("the send result shows no MsgSeq");
      const delivery = await session.waitFor('[data-testid="sandbox-delivery"]', {
        textOk: (t) => t.includes("Doors open in 5 minutes"),
      });
      expect(await session.attribute(delivery, "data-msg-seq")).toBe(seq);
      // For a person to look at (not compared: the port and times change every run).
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, "sandbox.png"), await session.screenshot());
    }));
});
