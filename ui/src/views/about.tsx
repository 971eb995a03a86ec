/** What this copy of Broadcast Desk is and where it keeps things, straight from the Rust side. */
import { useEffect, useState } from "preact/hooks";
import { appInfo, type AppInfo, type DeskError } from "../ipc";
import { Mark } from "../icons";

type State = { kind: "loading" } | { kind: "ready"; info: AppInfo } | { kind: "failed"; error: DeskError };

export function AboutView() {
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let live = true;
    appInfo().then(
      (info) => live && setState({ kind: "ready", info }),
      (error: DeskError) => live && setState({ kind: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section class="about">
      <div class="about-hero">
        <Mark size={64} />
        <div>
          <h2 class="about-name">{state.kind === "ready" ? state.info.name : "Broadcast Desk"}</h2>
          <p class="muted">Broadcasts to every audio-video group of a Tencent Cloud Chat app at once.</p>
        </div>
      </div>
      {state.kind === "loading" && <p class="muted">Loading…</p>}
      {state.kind === "failed" && (
        <p class="notice error" role="alert" data-code={state.error.code}>
          Couldn't read the app's details: {state.error.message}
        </p>
      )}
      {state.kind === "ready" && (
        <dl class="facts" data-testid="about-facts">
          <dt>Version</dt>
          <dd data-testid="about-version">{state.info.version}</dd>
          <dt>Build</dt>
          <dd data-testid="about-build">{state.info.buildKind === "debug" ? "Development" : "Release"}</dd>
          <dt>App ID</dt>
          <dd class="mono">{state.info.identifier}</dd>
          <dt>Data folder</dt>
          <dd class="mono" data-testid="about-data-dir">
            {state.info.dataDir}
          </dd>
          <dt>Secret keys</dt>
          <dd>In your system keychain only — never in the data folder, logs or this window.</dd>
        </dl>
      )}
    </section>
  );
}
