/**
 * The Profiles view: every Chat app the producer sends through, with its colour, where it points, its
 * key state, and what can be done with it (use, edit, duplicate, delete, test the connection).
 */
import { useEffect, useState } from "preact/hooks";
import { useAction } from "../hooks";
import type { ProfileEntry } from "../ipc";
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

/**
 * How many scheduled items send through a profile, for the delete dialog. Scheduling lands in a later
 * issue; until then nothing is scheduled, and the dialog says nothing about it.
 * TODO(schedule): count the schedule's items whose profile is `profileId`.
 */
export function scheduledItemsUsing(profileId: string): number | null {
  void profileId;
  return null;
}

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
        <p class="muted toolbar-text">
          Each profile is one Chat app. Its colour marks every place it is the target, so production is never
          mistaken for a test app.
        </p>
        <div class="toolbar-actions">
          {!hasSandbox && (
            <BusyButton
              class="button"
              testId="open-sandbox"
              busy={sandboxBusy}
              icon={<SandboxIcon size={16} />}
              onClick={trySandbox}
            >
              Try the sandbox
            </BusyButton>
          )}
          <button
            type="button"
            class="button primary"
            data-testid="add-profile"
            onClick={() => openProfileForm({ mode: "create" })}
          >
            <PlusIcon size={16} />
            Add profile
          </button>
        </div>
      </div>
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          {error.message}
        </p>
      )}
      <ul class="profile-list" aria-label="Profiles">
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
          {active && <span class="active-badge">In use</span>}
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
              Use
            </BusyButton>
          )}
          <button
            type="button"
            class="button small"
            data-testid="profile-edit"
            onClick={() => openProfileForm({ mode: "edit", id: profile.id })}
          >
            Edit
          </button>
          {!profile.isSandbox && (
            <BusyButton
              class="button small"
              testId="profile-duplicate"
              busy={busy === "duplicate"}
              disabled={busy !== null}
              onClick={() => void action.run("duplicate", () => duplicate(profile.id))}
            >
              Duplicate
            </BusyButton>
          )}
          <button type="button" class="button small danger-quiet" data-testid="profile-delete" onClick={onDelete}>
            Delete
          </button>
        </div>
      </div>
      <dl class="profile-facts">
        <div>
          <dt>{profile.target.kind === "region" ? "Region" : "Endpoint"}</dt>
          <dd class={profile.target.kind === "custom" && !profile.isSandbox ? "mono" : undefined} data-testid="profile-target">
            {profile.isSandbox ? "This computer" : targetText(profile.target, regions)}
          </dd>
        </div>
        <div>
          <dt>SDKAppID</dt>
          <dd class="mono">{profile.sdkappid}</dd>
        </div>
        <div>
          <dt>Admin</dt>
          <dd class="mono">{profile.adminIdentifier}</dd>
        </div>
        <div>
          <dt>Edition</dt>
          <dd>{editionText(profile.edition)}</dd>
        </div>
      </dl>
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          {error.message}
        </p>
      )}
      <ConnectionTest profileId={profile.id} onAddKey={() => openKeyField(profile.id)}>
        <p class={`key-line ${key.state}`}>
          <KeyIcon size={15} />
          <span class="visually-hidden">Secret key: </span>
          <span data-testid="key-state" data-state={key.state}>
            {keyStateText(key)}
          </span>
          {key.state === "missing" && (
            <button type="button" class="link-button" data-testid="add-key" onClick={() => openKeyField(profile.id)}>
              Add key
            </button>
          )}
        </p>
      </ConnectionTest>
    </li>
  );
}

function DeleteDialog({ entry, keychain, onClose }: { entry: ProfileEntry; keychain: string; onClose: () => void }) {
  const { profile, key } = entry;
  const scheduled = scheduledItemsUsing(profile.id);
  return (
    <ConfirmDialog
      title={`Delete “${profile.name}”?`}
      confirmLabel="Delete profile"
      testId="confirm-delete"
      onClose={onClose}
      onConfirm={() => remove(profile.id)}
    >
      <p>
        <strong>{profile.name}</strong> will be removed from Broadcast Desk.{" "}
        {profile.isSandbox
          ? "The sandbox has no key to remove; you can open it again at any time."
          : key.state === "stored"
            ? `Its secret key will be removed from ${keychain}.`
            : `Its key, if any, will be removed from ${keychain} too.`}
      </p>
      {scheduled !== null && scheduled > 0 && (
        <p class="notice warning" data-testid="delete-scheduled">
          {scheduled === 1 ? "1 scheduled item uses" : `${scheduled} scheduled items use`} this profile.
        </p>
      )}
    </ConfirmDialog>
  );
}
