/** What this copy of Broadcast Desk is and where it keeps things, straight from the Rust side; the
 * window's language; and starting at login (the system's own switch, read and written by Rust). */
import { useEffect, useState } from "preact/hooks";
import { appInfo, setStartAtLogin, startAtLogin, toDeskError, type AppInfo, type DeskError } from "../ipc";
import { Mark } from "../icons";
import { t } from "../i18n";
import { LanguagePicker } from "../components/language-picker";
import { deskErrorText } from "../texts/rust";

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
          <h2 class="about-name">{state.kind === "ready" ? state.info.name : t("app-name")}</h2>
          <p class="muted">{t("about-tagline")}</p>
        </div>
      </div>
      <div class="field about-language">
        <label class="label" for="about-language">
          {t("about-language")}
        </label>
        <LanguagePicker id="about-language" testId="about-language" />
        <p class="hint">{t("about-language-hint")}</p>
      </div>
      <StartAtLogin />
      {state.kind === "loading" && <p class="muted">{t("about-loading")}</p>}
      {state.kind === "failed" && (
        <p class="notice error" role="alert" data-code={state.error.code}>
          {t("about-error", { error: deskErrorText(state.error) })}
        </p>
      )}
      {state.kind === "ready" && (
        <dl class="facts" data-testid="about-facts">
          <dt>{t("about-version")}</dt>
          <dd data-testid="about-version">{state.info.version}</dd>
          <dt>{t("about-commit")}</dt>
          <dd class="mono" data-testid="about-commit">
            {state.info.commit}
          </dd>
          <dt>{t("about-build")}</dt>
          <dd data-testid="about-build">
            {state.info.buildKind === "debug" ? t("about-build-debug") : t("about-build-release")}
          </dd>
          <dt>{t("about-app-id")}</dt>
          <dd class="mono">{state.info.identifier}</dd>
          <dt>{t("about-data-folder")}</dt>
          <dd class="mono" data-testid="about-data-dir">
            {state.info.dataDir}
          </dd>
          <dt>{t("about-secret-keys")}</dt>
          <dd>{t("about-secret-keys-where")}</dd>
        </dl>
      )}
    </section>
  );
}

type Login = { kind: "loading" } | { kind: "ready"; enabled: boolean; busy: boolean; error: DeskError | null };

/** The start-at-login switch: what the system has now, changed only through Rust (never remembered here). */
function StartAtLogin() {
  const [login, setLogin] = useState<Login>({ kind: "loading" });

  useEffect(() => {
    let live = true;
    startAtLogin().then(
      (enabled) => live && setLogin({ kind: "ready", enabled, busy: false, error: null }),
      (error: unknown) => live && setLogin({ kind: "ready", enabled: false, busy: false, error: toDeskError(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const change = (enabled: boolean) => {
    if (login.kind !== "ready") return;
    setLogin({ ...login, busy: true, error: null });
    setStartAtLogin(enabled).then(
      (now) => setLogin({ kind: "ready", enabled: now, busy: false, error: null }),
      (error: unknown) => setLogin({ ...login, busy: false, error: toDeskError(error) }),
    );
  };

  return (
    <div class="field about-background" data-testid="about-background">
      <span class="label">{t("about-background")}</span>
      <label class="check-row">
        <input
          type="checkbox"
          name="start-at-login"
          checked={login.kind === "ready" && login.enabled}
          disabled={login.kind !== "ready" || login.busy}
          onChange={(e) => change(e.currentTarget.checked)}
        />
        <span>
          {t("about-start-at-login")}
          <span class="hint">{t("about-start-at-login-hint")}</span>
        </span>
      </label>
      {login.kind === "ready" && login.error && (
        <p class="notice error" role="alert" data-code={login.error.code}>
          {t("about-start-at-login-error", { error: deskErrorText(login.error) })}
        </p>
      )}
      <p class="hint">{t("about-closing-hint")}</p>
    </div>
  );
}
