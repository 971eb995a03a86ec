/**
 * Emergency: the header's button (on every screen) and the panel it, the global shortcut and the same
 * keys inside the window open. The panel names the app it sends to so it cannot be mistaken — the
 * active profile's colour, name, region or endpoint host and SDKAppID, the sandbox marked as such —
 * lists the templates marked for emergencies (or says how to mark one) beside a one-off message, and
 * sends with a deliberate hold (components/hold-button.tsx), not a click and a dialog. The send jumps
 * this window's queue (`emergency`), happens once per opening, and its outcome is shown in place
 * with the one outcome component (send-result.tsx).
 *
 * Not here: managing templates (the composer's), or the shortcut itself (Rust registers it;
 * state/emergency.ts keeps what Rust said of it).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { templates as readTemplates, toDeskError, type DeskError, type Draft, type Profile, type Template } from "../ipc";
import { useLive } from "../hooks";
import { SirenIcon } from "../icons";
import { closeEmergency, emergencyStore, openEmergency } from "../state/emergency";
import { activeEntry, loadRegions, profilesStore, regionsStore } from "../state/profiles";
import { useStore } from "../state/store";
import { ariaShortcut, shortcutText } from "../shortcut";
import { regionName } from "../format";
import { attr, t } from "../i18n";
import { deskErrorText } from "../texts/rust";
import { Dialog } from "./dialog";
import { HoldButton } from "./hold-button";
import { MessageView } from "./message-view";
import { ColorDot, SandboxBadge } from "./profile-chip";
import { SendResult, useSender } from "./send-result";

/** The header's button: always there, red, with the shortcut in its tooltip when there is one. */
export function EmergencyButton() {
  const { shortcut } = useStore(emergencyStore);
  const keys = shortcut ? shortcutText(shortcut.accelerator) : null;
  return (
    <button
      type="button"
      class="emergency-button"
      data-testid="emergency-button"
      aria-haspopup="dialog"
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut.accelerator) : undefined}
      title={keys ? t("emergency-button-tooltip", { shortcut: keys }) : t("emergency-title")}
      onClick={openEmergency}
    >
      <SirenIcon size={16} />
      <span class="emergency-button-label">{t("emergency-button")}</span>
    </button>
  );
}

/** The panel, while open (outside the header, which clips what spills from it). */
export function EmergencyPanel({ onManageProfiles }: { onManageProfiles: () => void }) {
  const { open } = useStore(emergencyStore);
  if (!open) return null;
  return <Panel onManageProfiles={onManageProfiles} />;
}

type Listed = { items: Template[]; loaded: boolean; error: DeskError | null };

function Panel({ onManageProfiles }: { onManageProfiles: () => void }) {
  const { overview } = useStore(profilesStore);
  const active = activeEntry(overview);
  const [listed, setListed] = useState<Listed>({ items: [], loaded: false, error: null });
  // "Send another" starts a fresh form: a new key remounts it with no outcome.
  const [round, setRound] = useState(0);
  const live = useLive();

  useEffect(() => {
    loadRegions();
    // Read at each opening: the composer may have marked one since.
    readTemplates().then(
      (all) => live.current && setListed({ items: all.filter((tpl) => tpl.emergency), loaded: true, error: null }),
      (raw) => live.current && setListed({ items: [], loaded: true, error: toDeskError(raw) }),
    );
  }, []);

  return (
    <Dialog title={t("emergency-title")} onClose={closeEmergency} class="emergency-dialog" testId="emergency-panel">
      <div class="dialog-body emergency-body">
        {active ? (
          <>
            <Target profile={active.profile} />
            {listed.error && (
              <p class="notice error" role="alert" data-code={listed.error.code}>
                {t("emergency-templates-error", { error: deskErrorText(listed.error) })}
              </p>
            )}
            {listed.loaded ? (
              <EmergencySend key={round} profile={active.profile} templates={listed.items} onAnother={() => setRound((r) => r + 1)} />
            ) : (
              <p class="muted">{t("emergency-loading")}</p>
            )}
          </>
        ) : (
          <div class="notice warning" role="alert" data-testid="emergency-no-profile">
            <p>{t("emergency-no-profile")}</p>
            <button
              type="button"
              class="button small"
              onClick={() => {
                closeEmergency();
                onManageProfiles();
              }}
            >
              {t("emergency-manage-profiles")}
            </button>
          </div>
        )}
        <ShortcutNote />
      </div>
    </Dialog>
  );
}

/** Where it goes, unmistakably: the profile's colour around its name, where it points, its
 * SDKAppID, and the sandbox said as such. */
function Target({ profile }: { profile: Profile }) {
  const regions = useStore(regionsStore);
  const where = profile.isSandbox
    ? t("profiles-this-computer")
    : profile.target.kind === "region"
      ? regionName(profile.target.region, regions)
      : hostOf(profile.target.url);
  return (
    <section
      class="emergency-target"
      data-testid="emergency-target"
      data-profile-id={profile.id}
      data-sandbox={profile.isSandbox ? "true" : "false"}
      style={{ "--profile-color": profile.color }}
      aria-label={attr("emergency-target", "aria-label", { name: profile.name })}
    >
      <span class="emergency-target-caption">{t("emergency-goes-to")}</span>
      <span class="emergency-target-name" data-testid="emergency-target-name">
        <ColorDot color={profile.color} size={14} />
        <span>{profile.name}</span>
        {profile.isSandbox && <SandboxBadge />}
      </span>
      <span class="emergency-target-where" data-testid="emergency-target-where">
        <span class={profile.target.kind === "custom" && !profile.isSandbox ? "mono" : undefined}>{where}</span>
        <span class="mono">{t("emergency-sdkappid", { sdkappid: String(profile.sdkappid) })}</span>
      </span>
      {profile.isSandbox && <p class="emergency-sandbox-note">{t("emergency-sandbox-note")}</p>}
    </section>
  );
}

/** An endpoint's host and port, which is what tells two endpoints apart at a glance. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const ONE_OFF = "one-off";

/** The message to send and the hold that sends it, once. */
function EmergencySend({ profile, templates, onAnother }: { profile: Profile; templates: Template[]; onAnother: () => void }) {
  const [choice, setChoice] = useState<string>(templates[0]?.id ?? ONE_OFF);
  const [text, setText] = useState("");
  const sender = useSender({ emergency: true });
  const textField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // With no template to hold for, the one-off text is where to start.
    if (choice === ONE_OFF) textField.current?.focus();
  }, []);
  const chosen = templates.find((tpl) => tpl.id === choice) ?? null;
  const draft: Draft | null = chosen
    ? chosen.body
    : text.trim() !== ""
      ? { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: text } }] }
      : null;
  // One send per opening of the form: a second hold, even one that ends while the first send is
  // still being written down, sends nothing.
  const started = sender.busy || sender.state !== null;
  const ready = draft !== null && !started;

  return (
    <div class="emergency-send">
      {templates.length === 0 && (
        <p class="notice info" data-testid="emergency-no-templates">
          {t("emergency-no-templates")}
        </p>
      )}
      <fieldset class="emergency-choices" disabled={started}>
        <legend class="label">{t("emergency-message")}</legend>
        {templates.map((tpl) => (
          <label class="emergency-choice" data-testid="emergency-template" data-template-id={tpl.id}>
            <input type="radio" name="emergency-message" value={tpl.id} checked={choice === tpl.id} onChange={() => setChoice(tpl.id)} />
            <span>{tpl.name}</span>
          </label>
        ))}
        <label class="emergency-choice" data-testid="emergency-one-off-choice">
          <input type="radio" name="emergency-message" value={ONE_OFF} checked={choice === ONE_OFF} onChange={() => setChoice(ONE_OFF)} />
          <span>{t("emergency-one-off")}</span>
        </label>
        {choice === ONE_OFF && (
          <textarea
            class="emergency-text"
            data-testid="emergency-text"
            rows={3}
            aria-label={attr("emergency-one-off-text", "aria-label")}
            value={text}
            ref={textField}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        )}
      </fieldset>
      {chosen && (
        <div class="emergency-preview" data-testid="emergency-preview">
          <MessageView body={chosen.body.MsgBody} from={chosen.body.From_Account ?? profile.defaultFromAccount ?? profile.adminIdentifier} />
        </div>
      )}
      <HoldButton
        testId="emergency-send"
        label={t("emergency-hold", { name: profile.name })}
        disabled={!ready}
        autoFocus={chosen !== null}
        onHeld={() => {
          if (draft !== null && !started) void sender.send(profile.id, draft);
        }}
      >
        <SirenIcon size={16} />
        {t("emergency-hold", { name: profile.name })}
      </HoldButton>
      <div aria-live="polite">
        <SendResult sender={sender} />
      </div>
      {sender.state !== null && sender.state.kind !== "queued" && (
        <button type="button" class="link-button" data-testid="emergency-another" onClick={onAnother}>
          {t("emergency-send-another")}
        </button>
      )}
    </div>
  );
}

/** What the shortcut is, or why there is none here. */
function ShortcutNote() {
  const { shortcut } = useStore(emergencyStore);
  if (!shortcut) return null;
  const keys = shortcutText(shortcut.accelerator);
  const state = shortcut.shortcut;
  if (state.state === "ready") {
    return (
      <p class="muted emergency-shortcut" data-testid="emergency-shortcut" data-state="ready">
        {t("emergency-shortcut-ready", { shortcut: keys })}
      </p>
    );
  }
  const reason =
    state.problem === "wayland"
      ? t("emergency-shortcut-wayland")
      : state.problem === "noDisplay"
        ? t("emergency-shortcut-no-display")
        : t("emergency-shortcut-failed", { detail: state.detail });
  return (
    <p class="notice warning emergency-shortcut" data-testid="emergency-shortcut" data-state="unavailable" data-problem={state.problem}>
      {t("emergency-shortcut-unavailable", { shortcut: keys, reason })}
    </p>
  );
}
