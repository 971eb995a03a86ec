/**
 * The installers `bash .ci/bundle` leaves, as a producer gets them: the .deb unpacked into a throwaway root
 * (`dpkg-deb -x`, what `apt install` puts on disk, without root), its installed binary started in its real
 * webview and driven from the first screen, its `bdesk` asked for its version, and the .rpm holding the
 * same files. The installed app behaves as an installed app: its start-at-login entry names the installed
 * binary, and launching it again brings the running window forward instead of starting a second one.
 *
 * Runs only with BDESK_BUNDLE_TESTS=1 (`.ci/test` then builds the packages first): a release build with
 * LTO takes several minutes on two cores. When enabled, missing packages fail the suite.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Session } from "../support/webdriver";
import { App } from "../support/app";
import { ROOT, cargoVersion } from "../support/paths";
import { until } from "../support/wait";
import { appWindows } from "../support/x11";

const ENABLED = process.env.BDESK_BUNDLE_TESTS === "1";
const IDENTIFIER = "io.broadcastdesk.desktop";

/** The one package of this version the bundler left in `dir` (`Broadcast Desk_0.1.0_amd64.deb`, …). */
function bundled(dir: string, prefix: string, ext: string): string {
  const folder = join(ROOT, "target/release/bundle", dir);
  const found = existsSync(folder)
    ? readdirSync(folder).filter((f) => f.startsWith(prefix) && f.endsWith(ext))
    : [];
  if (found.length !== 1) throw new Error(`expected one ${prefix}*${ext} in ${folder} (run bash .ci/bundle), found ${found.length}`);
  return join(folder, found[0] as string);
}

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: "utf8" });

function headCommit(): string {
  try {
    return run("git", ["-C", ROOT, "rev-parse", "--short=9", "HEAD"]).trim();
  } catch {
    return "unknown";
  }
}

/** A package's regular files and links (not folders), as absolute paths, sorted. */
function debFiles(deb: string): string[] {
  // "-rwxr-xr-x 0/0 123 2026-11-30 12:00 usr/bin/bdesk" (or "./usr/…"; names may hold spaces)
  const lines = run("dpkg-deb", ["-c", deb]).split("\n").filter((line) => line !== "");
  const entries = lines.map((line) => /^([-dlrwxstST]{10})\s+\S+\s+\d+\s+\S+\s+\S+\s+(?:\.\/|\/)?(.*?)(?: -> .*)?$/.exec(line));
  if (entries.some((m) => m === null)) throw new Error(`unreadable dpkg-deb -c output:\n${lines.join("\n")}`);
  return entries
    .filter((m): m is RegExpExecArray => m !== null && !m[1]?.startsWith("d"))
    .map((m) => `/${m[2] as string}`)
    .sort();
}

function rpmFiles(rpm: string): string[] {
  return run("rpm", ["-qp", "--qf", "[%{FILEMODES:perms} %{FILENAMES}\\n]", rpm])
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("d"))
    .map((line) => line.slice(line.indexOf(" ") + 1))
    .sort();
}

describe.skipIf(!ENABLED)("the installers", () => {
  const version = cargoVersion();
  let deb: string;
  let rpm: string;
  let root: string;
  let app: App | undefined;
  let session: Session;
  const dataHome = mkdtempSync(join(tmpdir(), "bdesk-e2e-package-"));
  // The start-at-login entry goes to ~/.config/autostart: a home of its own keeps it off the machine's.
  const home = mkdtempSync(join(tmpdir(), "bdesk-e2e-package-home-"));
  const installed = () => join(root, "usr/bin/broadcast-desk");

  beforeAll(() => {
    deb = bundled("deb", `Broadcast Desk_${version}_`, ".deb");
    rpm = bundled("rpm", `Broadcast Desk-${version}-`, ".rpm");
    root = mkdtempSync(join(tmpdir(), "bdesk-root-"));
    run("dpkg-deb", ["-x", deb, root]);
  });

  afterAll(async () => {
    await app?.close();
    if (root) rmSync(root, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it("the .deb holds the app, bdesk on the PATH, a desktop entry and its icons, and names dependencies apt can meet", () => {
    expect(existsSync(join(root, "usr/bin/broadcast-desk"))).toBe(true);
    expect(existsSync(join(root, "usr/bin/bdesk"))).toBe(true);
    const entries = readdirSync(join(root, "usr/share/applications")).filter((f) => f.endsWith(".desktop"));
    expect(entries).toHaveLength(1);
    const entry = readFileSync(join(root, "usr/share/applications", entries[0] as string), "utf8");
    expect(entry).toMatch(/^Exec=broadcast-desk$/m);
    expect(entry).toMatch(/^Icon=broadcast-desk$/m);
    expect(entry).toMatch(/^Name=Broadcast Desk$/m);
    const icons = debFiles(deb).filter((f) => /^\/usr\/share\/icons\/hicolor\/.*\/apps\/broadcast-desk\.png$/.test(f));
    for (const size of ["32x32", "128x128", "512x512"]) {
      expect(icons).toContain(`/usr/share/icons/hicolor/${size}/apps/broadcast-desk.png`);
    }
    const depends = run("dpkg-deb", ["-f", deb, "Depends"]);
    // WebKitGTK and GTK are added by the bundler, the tray's library by tauri.conf.json.
    expect(depends).toContain("libwebkit2gtk-4.1-0");
    expect(depends).toContain("libgtk-3-0");
    expect(depends).toContain("libayatana-appindicator3-1");
    expect(run("dpkg-deb", ["-f", deb, "Recommends"])).toContain("gnome-keyring");
    // What `apt install ./<file>.deb` would do, without doing it: every dependency resolves here.
    const name = run("dpkg-deb", ["-f", deb, "Package"]).trim();
    expect(run("apt-get", ["install", "--simulate", "--no-install-recommends", deb])).toMatch(
      new RegExp(`^Inst ${name} `, "m"),
    );
  });

  it("the .rpm holds the same files as the .deb, and names its dependencies", () => {
    const fromDeb = debFiles(deb);
    expect(fromDeb).toContain("/usr/bin/bdesk");
    expect(rpmFiles(rpm)).toEqual(fromDeb);
    const requires = run("rpm", ["-qpR", rpm]);
    expect(requires).toContain("libwebkit2gtk-4.1.so.0");
    expect(requires).toContain("libayatana-appindicator-gtk3");
    expect(run("rpm", ["-qp", "--recommends", rpm])).toContain("gnome-keyring");
  });

  it("the packaged bdesk prints the version and the commit it was built from", () => {
    const printed = run(join(root, "usr/bin/bdesk"), ["--version"]).trim();
    expect(printed).toBe(`bdesk ${version} (${headCommit()})`);
  });

  it("the installed app opens on the first screen and sends through the sandbox", async () => {
    app = await App.launch({ XDG_DATA_HOME: dataHome, HOME: home }, () => "", installed());
    session = app.session;
    await app.step("package-first-screen", async () => {
      expect(await session.title()).toBe("Broadcast Desk");
      await session.click(await session.waitFor('[data-testid="try-sandbox"]'));
      await session.waitFor('[data-testid="view-sandbox"]');
      const textarea = await session.waitFor('[data-testid="sandbox-text"]');
      await session.clear(textarea);
      await session.type(textarea, "Installed and live");
      await session.click(await session.waitFor('[data-testid="sandbox-send"]'));
      await session.waitFor('[data-testid="sandbox-delivery"]', {
        textOk: (t) => t.includes("Installed and live"),
        timeoutMs: 20_000,
      });
    });
  });

  it("About shows the package's version, its commit, a release build and the usual data folder", async () => {
    if (!app) throw new Error("the app did not start");
    await app.step("package-about", async () => {
      await session.click(await session.waitFor('.nav-item[data-view="about"]'));
      expect(await session.text(await session.waitFor('[data-testid="about-version"]'))).toBe(version);
      expect(await session.text(await session.waitFor('[data-testid="about-commit"]'))).toBe(headCommit());
      expect(await session.text(await session.waitFor('[data-testid="about-build"]'))).toBe("Release");
      // The folder a source build uses too: moving to the package keeps profiles, schedule and history.
      expect(await session.text(await session.waitFor('[data-testid="about-data-dir"]'))).toBe(
        join(dataHome, IDENTIFIER),
      );
    });
  });

  it("starting at login, switched on in About, starts the installed binary in the background", async () => {
    if (!app) throw new Error("the app did not start");
    await app.step("package-login", async () => {
      const entry = join(home, ".config", "autostart", "Broadcast Desk.desktop");
      await session.click(await session.waitForShown('input[name="start-at-login"]'));
      await until("the autostart entry", 10_000, () => (existsSync(entry) ? true : undefined));
      const exec = readFileSync(entry, "utf8").split("\n").find((line) => line.startsWith("Exec="));
      expect(exec).toBe(`Exec=${installed()} --background`);
      await session.click(await session.waitForShown('input[name="start-at-login"]'));
      await until("the entry removed", 10_000, () => (existsSync(entry) ? undefined : true));
    });
  });

  it("a second launch of the installed app exits at once, and the running one stays the only window", async () => {
    if (!app) throw new Error("the app did not start");
    await app.step("package-second", async () => {
      const code = await new Promise<number | null>((resolve) => {
        const child = execFile(installed(), [], { env: { ...process.env, XDG_DATA_HOME: dataHome, HOME: home }, timeout: 20_000 }, () => undefined);
        child.on("exit", resolve);
      });
      expect(code).toBe(0);
      // One window, the first app's, which still answers on the view it was on.
      expect(appWindows(true)).toHaveLength(1);
      expect(await session.title()).toBe("Broadcast Desk");
      await session.waitFor('[data-testid="about-version"]');
    });
  });
});

