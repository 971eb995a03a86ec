/**
 * The composer in the real app: a message of a text, a custom element and an image — the image filled
 * from a PNG on a loopback server by Fill from URL — confirmed and sent through the sandbox, which
 * received exactly the body the composer built (its Random as History recorded it), and History shows
 * the MsgSeq the send showed. An element Rust finds invalid shows its problem beside its field and
 * nothing is sent. A profile pointing at a tim-emulator process whose console switch is off gets
 * Tencent's 10007, with the remedy that names the switch.
 *
 * Runs inside the test command's D-Bus session with an unlocked gnome-keyring (see .ci/test): the
 * emulator's profile keeps its key there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";
import { ARTIFACTS } from "../support/paths";
import { EmulatorProcess } from "../support/emulator";

/** The sanity key docs/TENCENT-API.md (UserSig) documents: published, obviously not a real app's key. */
const KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const SDKAPPID = 1400000000;
const KEYCHAIN_SERVICE = "broadcast-desk-dev";
const ENTER = "\uE007";
const CONTROL = "\uE009";

const home = mkdtempSync(join(tmpdir(), "bdesk-e2e-compose-"));
const xdg = {
  XDG_DATA_HOME: join(home, "data"),
  XDG_CONFIG_HOME: join(home, "config"),
  XDG_CACHE_HOME: join(home, "cache"),
  XDG_STATE_HOME: join(home, "state"),
};

/** A PNG of `width` × `height` pixels, made here so the probe reads a real header. */
function png(width: number, height: number): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (table[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x7c)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const POSTER = png(3, 2);
let media: Server;
let posterUrl = "";
let emulator: EmulatorProcess;
let app: App;
let session: Session;
let profileId = "";
let msgSeq = "";

beforeAll(async () => {
  for (const dir of Object.values(xdg)) mkdirSync(dir, { recursive: true });
  media = createServer((req, res) => {
    if (req.url !== "/poster.png") return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": "image/png", "Content-Length": POSTER.length }).end(POSTER);
  });
  media.listen(0, "127.0.0.1");
  await once(media, "listening");
  const address = media.address();
  posterUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/poster.png`;
  emulator = await EmulatorProcess.start({ sdkappid: SDKAPPID, key: KEY, admins: ["administrator"], broadcastOff: true });
  app = await App.launch(xdg, () => `\n--- emulator log ---\n${emulator.logs()}`);
  session = app.session;
});

afterAll(async () => {
  if (profileId) {
    try {
      execFileSync("secret-tool", ["clear", "service", KEYCHAIN_SERVICE, "username", profileId]);
    } catch {
      // No entry, or no Secret Service: nothing to clean.
    }
  }
  await app?.close();
  await emulator?.stop();
  media?.close();
});

const step = <T>(name: string, body: () => Promise<T>): Promise<T> => app.step(name, body);

/** A command of the app's own, through the page's IPC (as the window calls it). */
const invoke = <T>(command: string, args: Record<string, unknown> = {}): Promise<T> =>
  session.execute<T>(`return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]);`, [command, args]);

async function typeInto(css: string, text: string): Promise<void> {
  const input = await session.waitForShown(css);
  await session.scrollIntoView(input);
  await session.click(input);
  await session.type(input, text);
}

async function addElement(type: string): Promise<void> {
  const add = await session.waitForShown('[data-testid="add-element"]');
  await session.scrollIntoView(add);
  await session.click(add);
  await session.click(await session.waitForShown(`[role="menuitem"][data-type="${type}"]`));
}

type Delivery = { msgSeq: number; random: number; msgBody: unknown[]; fromAccount: string; cloudCustomData: string | null };
let expectedBody: unknown[] = [];

describe("the composer in the real app", () => {
  it("builds a text, a custom element and an image filled from its URL", () =>
    step("compose-build", async () => {
      await session.click(await session.waitFor('[data-testid="try-sandbox"]'));
      await session.waitFor('[data-testid="view-sandbox"]');
      await session.click(await session.waitFor('.nav-item[data-view="compose"]'));
      await typeInto('[name="MsgContent.Text"]', "Doors open at 8");

      await addElement("TIMCustomElem");
      await typeInto('[data-type="TIMCustomElem"] [name="MsgContent.Data"]', '{"kind":"poll","id":3}');

      await addElement("TIMImageElem");
      await typeInto('[name="MsgContent.ImageInfoArray[0].URL"]', posterUrl);
      await session.click(await session.waitForShown('[data-type="TIMImageElem"] [data-testid="probe"]'));
      const note = await session.waitFor('[data-type="TIMImageElem"] [data-testid="probe-note"]', { timeoutMs: 20_000 });
      expect(await session.text(note)).toContain("Width");
      const value = (name: string) =>
        session.execute<string>(`return document.querySelector(arguments[0]).value;`, [`[data-type="TIMImageElem"] [name="${name}"]`]);
      await expect.poll(() => value("MsgContent.ImageFormat"), { timeout: 5_000 }).toBe("3");
      await expect.poll(() => value("MsgContent.ImageInfoArray[0].Width"), { timeout: 5_000 }).toBe("3");
      await expect.poll(() => value("MsgContent.ImageInfoArray[0].Height"), { timeout: 5_000 }).toBe("2");
      await expect.poll(() => value("MsgContent.ImageInfoArray[0].Size"), { timeout: 5_000 }).toBe(String(POSTER.length));
      const uuid = await value("MsgContent.UUID");
      expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
      expectedBody = [
        { MsgType: "TIMTextElem", MsgContent: { Text: "Doors open at 8" } },
        { MsgType: "TIMCustomElem", MsgContent: { Data: '{"kind":"poll","id":3}' } },
        {
          MsgType: "TIMImageElem",
          MsgContent: { UUID: uuid, ImageFormat: 3, ImageInfoArray: [{ Type: 1, Size: POSTER.length, Width: 3, Height: 2, URL: posterUrl }] },
        },
      ];
    }));

  it("shows an invalid element's problem beside its field, and sends nothing", () =>
    step("compose-invalid", async () => {
      await addElement("TIMLocationElem");
      await typeInto('[data-type="TIMLocationElem"] [name="MsgContent.Desc"]', "Main stage");
      await typeInto('[data-type="TIMLocationElem"] [name="MsgContent.Latitude"]', "123");
      await typeInto('[data-type="TIMLocationElem"] [name="MsgContent.Longitude"]', "0");
      // Each pause in typing gets its check: wait for the one of the whole value (an earlier one, with
      // the field still empty, says "required").
      const latitude = "`Latitude` must be between -90 and 90; got 123";
      const error = await session.waitFor('[data-type="TIMLocationElem"] [data-testid="field-error"][data-field="MsgContent.Latitude"]', {
        textOk: (t) => t === latitude,
      });
      expect(await session.text(error)).toBe(latitude);
      const send = await session.waitFor('[data-testid="compose-send"]');
      expect(await session.attribute(send, "disabled")).toBe("true");
      // Ctrl+Enter from the form: no confirmation while Rust says no.
      await session.click(await session.waitFor('[data-type="TIMLocationElem"] [name="MsgContent.Longitude"]'));
      await session.pressKeys(CONTROL, ENTER);
      await new Promise((r) => setTimeout(r, 500));
      expect(await session.execute<number>(`return document.querySelectorAll('[data-testid="confirm-send"]').length;`)).toBe(0);
      expect(await invoke<Delivery[]>("sandbox_deliveries")).toEqual([]);
      expect(await invoke<unknown[]>("history", {
          filter: { sinceMs: null, untilMs: null, profileId: null, delivery: null, source: null, text: null },
          limit: 10,
        })).toEqual([]);

      const remove = await session.waitFor('[data-type="TIMLocationElem"] [data-testid="element-remove"]');
      await session.scrollIntoView(remove);
      await session.click(remove);
    }));

  it("confirms naming the sandbox, sends on Enter, and the sandbox received exactly that body", () =>
    step("compose-send", async () => {
      await session.waitFor('[data-testid="compose-send"]:not([disabled])', { timeoutMs: 10_000 });
      await session.click(await session.waitFor('[name="MsgContent.Text"]'));
      // The composer with its message, from the top, for the README (docs/screenshots/compose.png).
      await session.execute(`for (let e = document.querySelector('[name="MsgContent.Text"]'); e; e = e.parentElement) e.scrollTop = 0;`);
      // Painted after the scroll: a screenshot taken at once can catch an empty frame.
      await new Promise((r) => setTimeout(r, 500));
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, "compose.png"), await session.screenshot());
      await session.pressKeys(CONTROL, ENTER);
      const dialog = await session.waitForShown('[data-testid="confirm-send"]');
      expect(await session.text(dialog)).toMatch(/Sandbox/);
      await session.waitFor('[data-testid="confirm-send"] [data-testid="confirm-sandbox"]');
      // Enter sends: the confirm button is the dialog's default.
      await session.pressKeys(ENTER);
      const result = await session.waitFor('[data-testid="send-result"][data-delivery="sent"]', { timeoutMs: 20_000 });
      msgSeq = /MsgSeq\s*(\d+)/.exec(await session.text(result))?.[1] ?? "";
      expect(msgSeq).not.toBe("");

      const deliveries = await invoke<Delivery[]>("sandbox_deliveries");
      expect(deliveries).toHaveLength(1);
      const [delivery] = deliveries;
      expect(String(delivery?.msgSeq)).toBe(msgSeq);
      expect(delivery?.msgBody).toEqual(expectedBody);
      expect(delivery?.cloudCustomData).toBeNull();
      // Sent: the composer starts afresh.
      await session.waitFor('[name="MsgContent.Text"]', { textOk: () => true });
      expect(await session.execute<string>(`return document.querySelector('[name="MsgContent.Text"]').value;`)).toBe("");

      // History has it with the MsgSeq the send showed, and the body the sandbox received, Random and all.
      await session.click(await session.waitFor('.nav-item[data-view="history"]'));
      const row = await session.waitFor('[data-testid="history-item"] [data-testid="history-row"]', { textOk: (t) => t.includes(`MsgSeq ${msgSeq}`) });
      await session.click(row);
      const body = await session.waitFor('[data-testid="details-body"]');
      await session.scrollIntoView(body);
      const sent = JSON.parse(await session.text(body)) as { MsgBody: unknown[]; Random: number };
      expect(sent.MsgBody).toEqual(expectedBody);
      expect(sent.Random).toBe(delivery?.random);
    }));

  it("explains Tencent's 10007 (the console switch is off) with its remedy", () =>
    step("compose-10007", async () => {
      await session.click(await session.waitFor('.nav-item[data-view="profiles"]'));
      await session.click(await session.waitFor('[data-testid="add-profile"]'));
      await app.fill("name", "E2E Switch off");
      await session.click(await session.waitFor('input[name="targetKind"][value="custom"]'));
      await app.fill("url", emulator.baseUrl);
      await app.fill("sdkappid", String(SDKAPPID));
      await app.fill("adminIdentifier", "administrator");
      await app.fill("key", KEY);
      await session.click(await session.waitFor('[data-testid="profile-save"]'));
      await session.waitFor('[data-testid="profile-item"] [data-testid="key-state"]', { textOk: (t) => t.includes("Secret Service") });
      profileId = await session.execute<string>(
        `return [...document.querySelectorAll('[data-testid="profile-item"]')].find((e) => !e.textContent.includes("SANDBOX"))?.getAttribute("data-profile-id") ?? "";`,
      );
      expect(profileId).toMatch(/^[0-9a-f-]{36}$/);
      // The sandbox stays active until another profile is chosen.
      await session.click(await session.waitFor(`[data-testid="profile-item"][data-profile-id="${profileId}"] [data-testid="profile-use"]`));
      await session.waitFor('[data-testid="active-profile-name"]', { textOk: (t) => t.includes("E2E Switch off") });

      await session.click(await session.waitFor('.nav-item[data-view="compose"]'));
      await typeInto('[name="MsgContent.Text"]', "Nobody will see this");
      await session.waitFor('[data-testid="compose-send"]:not([disabled])', { timeoutMs: 10_000 });
      await session.click(await session.waitFor('[data-testid="compose-send"]'));
      const dialog = await session.waitForShown('[data-testid="confirm-send"]');
      expect(await session.text(dialog)).toContain("E2E Switch off");
      expect(await session.text(await session.waitFor('[data-testid="confirm-host"]'))).toBe(new URL(emulator.baseUrl).host);
      await session.click(await session.waitForShown('[data-testid="confirm-send"] [data-testid="confirm"]'));
      const result = await session.waitFor('[data-testid="send-result"][data-delivery="notSent"]', { timeoutMs: 20_000 });
      const text = await session.text(result);
      expect(text).toContain("10007");
      expect(text).toContain("Broadcast messaging of audio-video group");
      // Not sent: the message stays to be sent again once the switch is on.
      expect(await session.execute<string>(`return document.querySelector('[name="MsgContent.Text"]').value;`)).toBe("Nobody will see this");
    }));
});
