/**
 * The welcome a producer sees until the first profile exists, whichever view they land on: what the
 * app does, and two ways in — the sandbox (nothing to set up) or their own Chat app.
 */
import { useAction } from "../hooks";
import { Mark, ProfilesIcon, SandboxIcon, Spinner } from "../icons";
import { openProfileForm, startSandbox } from "../state/profiles";
import { t } from "../i18n";
import { deskErrorText } from "../texts/rust";

export function FirstRun({ onSandbox, onSetUp }: { onSandbox: () => void; onSetUp: () => void }) {
  const {
    run: trySandbox,
    busy,
    error,
  } = useAction(async () => {
    await startSandbox();
    onSandbox();
  });

  return (
    <section class="first-run" data-testid="first-run" aria-labelledby="first-run-title">
      <div class="first-run-hero">
        <Mark size={56} />
        <h2 id="first-run-title">{t("welcome-title")}</h2>
        <p class="lead">{t("welcome-lead")}</p>
      </div>
      <div class="choices">
        <button type="button" class="choice" data-testid="try-sandbox" disabled={busy} aria-busy={busy} onClick={trySandbox}>
          <span class="choice-icon sandbox">{busy ? <Spinner size={22} /> : <SandboxIcon size={24} />}</span>
          <span class="choice-title">{t("welcome-sandbox-title")}</span>
          <span class="choice-text">{t("welcome-sandbox-text")}</span>
        </button>
        <button
          type="button"
          class="choice"
          data-testid="add-profile"
          onClick={() => {
            // Behind the form, the Profiles view: where the new profile, its key and Test connection
            // appear once it is saved.
            onSetUp();
            openProfileForm({ mode: "create" });
          }}
        >
          <span class="choice-icon">
            <ProfilesIcon size={24} />
          </span>
          <span class="choice-title">{t("welcome-set-up-title")}</span>
          <span class="choice-text">{t("welcome-set-up-text")}</span>
        </button>
      </div>
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          {t("welcome-sandbox-error", { error: deskErrorText(error) })}
        </p>
      )}
    </section>
  );
}
