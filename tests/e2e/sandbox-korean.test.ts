/**
 * The first minute (open the sandbox, send, see what viewers receive) for a producer whose system is in
 * Korean: every control is found by the Korean words on it, read from the app's own Korean catalogue,
 * so the test fails if any of them is missing, untranslated or not where it should be.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";
import { words } from "../support/catalogue";

let app: App;
let session: Session;
const dataHome = mkdtempSync(join(tmpdir(), "bdesk-e2e-ko-"));
const ko = (id: string, args: Record<string, string | number> = {}) => words("ko", id, args);

beforeAll(async () => {
  app = await App.launch({ XDG_DATA_HOME: dataHome, LANG: "ko_KR.UTF-8", LANGUAGE: "ko_KR" });
  session = app.session;
});

afterAll(async () => {
  await app?.close();
});

describe("샌드박스 (the sandbox, in Korean)", () => {
  it("opens from the Korean first-run panel", () =>
    app.step("ko-open-sandbox", async () => {
      // The Korean words differ from the English ones, or this would prove nothing.
      expect(ko("welcome-sandbox-title")).not.toBe(words("en", "welcome-sandbox-title"));
      await session.click(await session.waitForText(ko("welcome-sandbox-title")));
      await session.waitFor('[data-testid="view-sandbox"]');
      await session.waitForText(ko("sandbox-send-title"));
    }));

  it("sends a broadcast and shows what viewers received, in Korean", () =>
    app.step("ko-sandbox-send", async () => {
      const message = "5분 후에 문이 열립니다";
      const textarea = await session.waitFor('[data-testid="sandbox-text"]');
      await session.clear(textarea);
      await session.type(textarea, message);
      await session.click(await session.waitForText(ko("sandbox-send")));
      const result = await session.waitFor('[data-testid="send-result"]', {
        textOk: (t) => /MsgSeq/.test(t),
        timeoutMs: 20_000,
      });
      const seq = /MsgSeq\s*(\d+)/.exec(await session.text(result))?.[1];
      if (seq === undefined) throw new Error("the send result shows no MsgSeq");
      // The outcome line is the Korean one, with this send's MsgSeq in it.
      const said = await session.text(result);
      const expected = ko("send-result-sent", { msgSeq: seq, elapsedMs: 0 }).split(seq)[0] ?? "";
      expect(said.startsWith(expected.trim()), `${said} should start with ${expected}`).toBe(true);
      await session.waitForText(ko("sandbox-deliveries-title"));
      const delivery = await session.waitFor('[data-testid="sandbox-delivery"]', {
        textOk: (t) => t.includes(message),
      });
      expect(await session.attribute(delivery, "data-msg-seq")).toBe(seq);
    }));
});
