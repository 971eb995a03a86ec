/**
 * The Profiles view: every Chat app the producer sends through, with its colour, where it points, its
 * key state, and what can be done with it (use, edit, duplicate, delete, test the connection).
 */
import { useEffect, useState } from "preact/hooks";
import { useAction, useLive } from "../hooks";
import { profileUsage, toDeskError, type DeskError, type ProfileEntry, type ProfileUsage } from "../ipc";
import { editionText, keyStateText, targetText } from "../format";
import { KeyIcon, PlusIcon, SandboxIcon } from "../icons";
import { BusyButton } from "../components/busy-button";
import { ConnectionTest } from "../components/connection-test";
import { ConfirmDialog } from "../components/dialog";
import { SandboxBadge } from "../components/profile-chip";
import { openKeyField } from "../components/profile-form";
import {
  activate,
  duplicate,
  openProfileForm,
  profilesStore,
  regionsStore,
  remove,
  sandboxEntry,
  startSandbox,
  loadRegions,
} from "../state/profiles";
import { useStore } from "../state/store";
import { rich, t } from "../i18n";
import { deskErrorText } from "../texts/rust";

export function ProfilesView({ onSandbox }: { onSandbox: () => void }) {
  const { overview } = useStore(profilesStore);
  const [deleting, setDeleting] = useState<ProfileEntry | null>(null);
  const {
    run: trySandbox,
    busy: sandboxBusy,
    error,
  } = useAction(async () => {
    await startSandbox();
    onSandbox();
  });

  useEffect(() => loadRegions(), []);

  if (!overview) return null;
  const keychain = overview.keychain;
  const hasSandbox = sandboxEntry(overview) !== null;

  return (
    <section class="profiles">
      <div class="toolbar">
        <p class="muted toolbar-text">{t("profiles-intro")}</p>
        <div class="toolbar-actions">
          {!hasSandbox && (
            <BusyButton
              class="button"
              testId="open-sandbox"
              busy={sandboxBusy}
              icon={<SandboxIcon size={16} />}
              onClick={trySandbox}
            >
              {t("profiles-try-sandbox")}
            </BusyButton>
          )}
          <button
            type="button"
            class="button primary"
            data-testid="add-profile"
            onClick={() => openProfileForm({ mode: "create" })}
          >
            <PlusIcon size={16} />
            {t("profiles-add")}
          </button>
        </div>
      </div>
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          {deskErrorText(error)}
        </p>
      )}
      <ul class="profile-list" aria-label={t("view-profiles")}>
        {overview.profiles.map((entry) => (
          <ProfileItem
            key={entry.profile.id}
            entry={entry}
            active={entry.profile.id === overview.activeId}
            onDelete={() => setDeleting(entry)}
          />
        ))}
      </ul>
      {deleting && (
        <DeleteDialog entry={deleting} keychain={keychain} onClose={() => setDeleting(null)} />
      )}
    </section>
  );
}

function ProfileItem({ entry, active, onDelete }: { entry: ProfileEntry; active: boolean; onDelete: () => void }) {
  const regions = useStore(regionsStore);
  const { profile, key } = entry;
  const [which, setWhich] = useState<"use" | "duplicate">("use");
  const action = useAction(async (what: "use" | "duplicate", run: () => Promise<unknown>) => {
    setWhich(what);
    await run();
  });
  const busy = action.busy ? which : null;
  const error = action.error;

  return (
    <li
      class="profile-item"
      data-testid="profile-item"
      data-profile-id={profile.id}
      data-active={active ? "true" : "false"}
      data-sandbox={profile.isSandbox ? "true" : "false"}
      style={{ borderLeftColor: profile.color }}
      aria-label={profile.name}
    >
      <div class="profile-item-head">
        <div class="profile-item-title">
          <h3 class="profile-item-name">{profile.name}</h3>
          {profile.isSandbox && <SandboxBadge />}
          {active && <span class="active-badge">{t("profiles-in-use")}</span>}
        </div>
        <div class="profile-item-actions">
          {!active && (
            <BusyButton
              class="button small"
              testId="profile-use"
              busy={busy === "use"}
              disabled={busy !== null}
              onClick={() => void action.run("use", () => activate(profile.id))}
            >
              {t("profiles-use")}
            </BusyButton>
          )}
          <button
            type="button"
            class="button small"
            data-testid="profile-edit"
            onClick={() => openProfileForm({ mode: "edit", id: profile.id })}
          >
            {t("profiles-edit")}
          </button>
          {!profile.isSandbox && (
            <BusyButton
              class="button small"
              testId="profile-duplicate"
              busy={busy === "duplicate"}
              disabled={busy !== null}
              onClick={() => void action.run("duplicate", () => duplicate(profile.id))}
            >
              {t("profiles-duplicate")}
            </BusyButton>
          )}
          <button type="button" class="button small danger-quiet" data-testid="profile-delete" onClick={onDelete}>
            {t("profiles-delete")}
          </button>
        </div>
      </div>
      <dl class="profile-facts">
        <div>
          <dt>{profile.target.kind === "region" ? t("profiles-region") : t("profiles-endpoint")}</dt>
          <dd class={profile.target.kind === "custom" && !profile.isSandbox ? "mono" : undefined} data-testid="profile-target">
            {profile.isSandbox ? t("profiles-this-computer") : targetText(profile.target, regions)}
          </dd>
        </div>
        <div>
          <dt>{t("profiles-sdkappid")}</dt>
          <dd class="mono">{profile.sdkappid}</dd>
        </div>
        <div>
          <dt>{t("profiles-admin")}</dt>
          <dd class="mono">{profile.adminIdentifier}</dd>
        </div>
        <div>
          <dt>{t("profiles-edition")}</dt>
          <dd>{editionText(profile.edition)}</dd>
        </div>
      </dl>
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          {deskErrorText(error)}
        </p>
      )}
      <ConnectionTest profileId={profile.id} onAddKey={() => openKeyField(profile.id)}>
        <p class={`key-line ${key.state}`}>
          <KeyIcon size={15} />
          <span class="visually-hidden">{t("profiles-key-label")} </span>
          <span data-testid="key-state" data-state={key.state}>
            {keyStateText(key)}
          </span>
          {key.state === "missing" && (
            <button type="button" class="link-button" data-testid="add-key" onClick={() => openKeyField(profile.id)}>
              {t("profiles-add-key")}
            </button>
          )}
        </p>
      </ConnectionTest>
    </li>
  );
}

function DeleteDialog({ entry, keychain, onClose }: { entry: ProfileEntry; keychain: string; onClose: () => void }) {
  const { profile, key } = entry;
  const [usage, setUsage] = useState<ProfileUsage | null>(null);
  const [usageError, setUsageError] = useState<DeskError | null>(null);
  const live = useLive();
  useEffect(() => {
    profileUsage(profile.id).then(
      (u) => live.current && setUsage(u),
      (raw) => live.current && setUsageError(toDeskError(raw)),
    );
  }, [profile.id]);
  return (
    <ConfirmDialog
      title={t("profiles-delete-title", { name: profile.name })}
      confirmLabel={t("profiles-delete-confirm")}
      testId="confirm-delete"
      onClose={onClose}
      onConfirm={() => remove(profile.id)}
    >
      <p>
        {profile.isSandbox
          ? rich("profiles-delete-body-sandbox", {}, { name: <strong>{profile.name}</strong> })
          : key.state === "stored"
            ? rich("profiles-delete-body-key-stored", { keychain }, { name: <strong>{profile.name}</strong> })
            : rich("profiles-delete-body-key-maybe", { keychain }, { name: <strong>{profile.name}</strong> })}
      </p>
      {/* What the delete does to broadcasts through this profile, counted by Rust when the dialog
          opened (bdesk may queue more meanwhile: the delete cancels whatever is queued then).
          TODO(schedule): ProfileUsage will count the scheduled items too; say here what happens to them. */}
      {usage !== null && usage.queued > 0 && (
        <p class="notice warning" data-testid="delete-queued" data-count={usage.queued}>
          {t("profiles-delete-queued", { count: usage.queued })}
        </p>
      )}
      {usage !== null && usage.scheduled > 0 && (
        <p class="notice warning" data-testid="delete-scheduled" data-count={usage.scheduled}>
          {t("profiles-delete-scheduled", { count: usage.scheduled })}
        </p>
      )}
      {usage !== null && usage.sending > 0 && (
        <p class="notice info" data-testid="delete-sending" data-count={usage.sending}>
          {t("profiles-delete-sending", { count: usage.sending })}
        </p>
      )}
      {usageError && (
        <p class="notice warning" role="alert" data-code={usageError.code}>
          {t("profiles-delete-usage-error", { error: deskErrorText(usageError) })}
        </p>
      )}
    </ConfirmDialog>
  );
}
