/**
 * The welcome a producer sees until the first profile exists, whichever view they land on: what the
 * app does, and two ways in — the sandbox (nothing to set up) or their own Chat app.
 */
import { useAction } from "../hooks";
import { Mark, ProfilesIcon, SandboxIcon, Spinner } from "../icons";
import { openProfileForm, startSandbox } from "../state/profiles";

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
        <h2 id="first-run-title">Welcome to Broadcast Desk</h2>
        <p class="lead">
          Send one message to every audio-video group of your Tencent Cloud Chat app at once — now, or at the
          moment your show needs it.
        </p>
      </div>
      <div class="choices">
        <button type="button" class="choice" data-testid="try-sandbox" disabled={busy} aria-busy={busy} onClick={trySandbox}>
          <span class="choice-icon sandbox">{busy ? <Spinner size={22} /> : <SandboxIcon size={24} />}</span>
          <span class="choice-title">Try the sandbox</span>
          <span class="choice-text">
            No Tencent account needed. A stand-in for Tencent runs on this computer only: send a test broadcast and
            see exactly what viewers would receive.
          </span>
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
          <span class="choice-title">Set up my Chat app</span>
          <span class="choice-text">
            Its region, SDKAppID, admin account and secret key. The key is kept in your system keychain, never in a
            file.
          </span>
        </button>
      </div>
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          Couldn't open the sandbox: {error.message}
        </p>
      )}
    </section>
  );
}
