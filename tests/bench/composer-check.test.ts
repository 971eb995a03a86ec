/**
 * A benchmark, not a test (it asserts nothing about speed): the composer's validation round trip in
 * the real app's webview, for a message near Tencent's 12,000-byte limit — from a keystroke in the
 * text field to the problems (and the byte meter) Rust's check answers being on screen.
 *
 * Each round replaces the text so the message crosses the limit one way or the other (11,880 bytes:
 * "near", no problem; 12,120 bytes: "over", a problem shown), so every round must show a different
 * answer and a stale one is never counted. Measured inside the page (no WebDriver hop in the timing):
 * - **shown**: the input event → the first frame painted with the current answer (meter not stale,
 *   the problem there or gone). It includes the composer's deliberate pause (`CHECK_DELAY_MS`, 200 ms,
 *   so typing is checked once per pause, not per key); "shown − pause" is what is left to speed up.
 * - **echo** (baseline, same keystroke): the input event → the first frame painted, i.e. the webview
 *   and the composer re-rendering the 12 KB field with no answer from Rust yet.
 * - **check** vs **IPC floor** (baseline): `message_check` of the same 12 KB message through Tauri's IPC
 *   against a command that takes nothing and does nothing worth measuring (`limits`), from the page.
 *
 * Run (builds the debug app the e2e tests use; about a minute once built):
 * `xvfb-run -a -s "-screen 0 1280x800x24" npx vitest run --config tests/vitest.config.ts --project bench`
 * Figures are printed and written to test-artifacts/bench-composer-check.json; docs/BENCHMARKS.md
 * quotes them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "../support/app";
import { ARTIFACTS } from "../support/paths";

const ROUNDS = 40;
const IPC_ROUNDS = 200;

const home = mkdtempSync(join(tmpdir(), "bdesk-bench-composer-"));
const xdg = {
  XDG_DATA_HOME: join(home, "data"),
  XDG_CONFIG_HOME: join(home, "config"),
  XDG_CACHE_HOME: join(home, "cache"),
  XDG_STATE_HOME: join(home, "state"),
};

let app: App;

beforeAll(async () => {
  for (const dir of Object.values(xdg)) mkdirSync(dir, { recursive: true });
  app = await App.launch(xdg);
});

afterAll(async () => {
  await app?.close();
});

type Figures = { shown: number[]; echo: number[]; check: number[]; floor: number[] };

/** Runs in the page: every timing is taken with the page's own clock. */
const IN_PAGE = `
const [rounds, ipcRounds] = arguments;
const field = document.querySelector('[name="MsgContent.Text"]');
const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value").set;
// 3 bytes a character in UTF-8: 3,960 characters are 11,880 bytes of text, 4,040 are 12,120.
const near = "가".repeat(3960);
const over = "가".repeat(4040);
const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
const answered = (isOver) => {
  const meter = document.querySelector('[data-testid="byte-meter"]');
  if (!meter || meter.dataset.stale === "true") return false;
  const problems = document.querySelector('[data-testid="message-problems"]') !== null;
  return isOver ? meter.dataset.state === "over" && problems : meter.dataset.state === "near" && !problems;
};
const until = (isOver) =>
  new Promise((resolve) => {
    if (answered(isOver)) return resolve();
    const seen = new MutationObserver(() => {
      if (answered(isOver)) {
        seen.disconnect();
        resolve();
      }
    });
    seen.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
const type = async (text) => {
  const start = performance.now();
  setter.call(field, text);
  field.dispatchEvent(new Event("input", { bubbles: true }));
  const echoed = frame();
  await until(text === over);
  const shownAt = await frame();
  return { echo: (await echoed) - start, shown: shownAt - start };
};
await type(near); // warm: the first check, the first render of the big field
const out = { shown: [], echo: [], check: [], floor: [] };
for (let n = 0; n < rounds; n++) {
  const r = await type(n % 2 === 0 ? over : near);
  out.shown.push(r.shown);
  out.echo.push(r.echo);
  // A pause longer than the debounce, as between two bursts of typing.
  await new Promise((r) => setTimeout(r, 300));
}
const invoke = window.__TAURI_INTERNALS__.invoke;
const message = JSON.stringify({ MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: near } }] });
for (let n = 0; n < ipcRounds; n++) {
  let t = performance.now();
  await invoke("message_check", { json: message });
  out.check.push(performance.now() - t);
  t = performance.now();
  await invoke("limits");
  out.floor.push(performance.now() - t);
}
return out;
`;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round((sorted.length - 1) * q)] ?? NaN;
}

describe("the composer's validation round trip (benchmark)", () => {
  it("prints keystroke → problems shown against the webview's own echo and the IPC floor", () =>
    app.step("bench-composer-check", async () => {
      const session = app.session;
      await session.click(await session.waitFor('[data-testid="try-sandbox"]'));
      await session.waitFor('[data-testid="view-sandbox"]');
      await session.click(await session.waitFor('.nav-item[data-view="compose"]'));
      await session.waitForShown('[name="MsgContent.Text"]');
      const pause = 200; // CHECK_DELAY_MS in ui/src/components/composer/use-check.ts
      const f = await session.execute<Figures>(IN_PAGE, [ROUNDS, IPC_ROUNDS]);
      expect(f.shown).toHaveLength(ROUNDS);
      const p = (v: number[]) => ({ p50: quantile(v, 0.5), p90: quantile(v, 0.9), max: quantile(v, 1) });
      const shown = p(f.shown);
      const afterPause = p(f.shown.map((v) => v - pause));
      const echo = p(f.echo);
      const check = p(f.check);
      const floor = p(f.floor);
      const figures = {
        rounds: ROUNDS,
        ipcRounds: IPC_ROUNDS,
        messageBytes: { near: 11_880, over: 12_120 },
        ms: { shown, shownMinusPause: afterPause, echo, check, ipcFloor: floor },
        ratios: {
          shownMinusPauseOverEcho: afterPause.p50 / echo.p50,
          checkOverIpcFloor: check.p50 / floor.p50,
        },
      };
      const fmt = (x: { p50: number; p90: number; max: number }) => `p50 ${x.p50.toFixed(1)} · p90 ${x.p90.toFixed(1)} · max ${x.max.toFixed(1)} ms`;
      console.log(
        [
          `keystroke → problems shown (near 12,000 bytes, ${ROUNDS} rounds): ${fmt(shown)}`,
          `  of which after the ${pause} ms pause: ${fmt(afterPause)}`,
          `keystroke → first frame (baseline, same keystrokes): ${fmt(echo)}`,
          `message_check through IPC (${IPC_ROUNDS}×): ${fmt(check)}; IPC floor (limits): ${fmt(floor)}`,
          `ratios (p50): after-pause / echo ${figures.ratios.shownMinusPauseOverEcho.toFixed(2)}×; check / IPC floor ${figures.ratios.checkOverIpcFloor.toFixed(2)}×`,
        ].join("\n"),
      );
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, "bench-composer-check.json"), JSON.stringify(figures, null, 2));
    }));
});
