/** What this copy of Broadcast Desk is and where it keeps things, straight from the Rust side; and the
 * window's language. */
import { useEffect, useState } from "preact/hooks";
import { appInfo, type AppInfo, type DeskError } from "../ipc";
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
