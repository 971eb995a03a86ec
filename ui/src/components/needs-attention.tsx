/**
 * The header's indicator of broadcasts whose outcome is unknown and waits for the producer — from this
 * window, another one or bdesk — and the list it opens, where each is decided the way a send's own
 * result decides it (components/send-result.tsx). Hidden while there is nothing to decide.
 *
 * Not here: reading the outbox (state/outbox.ts re-reads it after sends and on focus).
 */
import { useRef } from "preact/hooks";
import type { OutboxEntry } from "../ipc";
import { attentionStore, outboxStore, undecided } from "../state/outbox";
import { findEntry, profilesStore } from "../state/profiles";
import { useStore } from "../state/store";
import { AlertIcon } from "../icons";
import { Dialog } from "./dialog";
import { ColorDot } from "./profile-chip";
import { FULL_TIME, UnknownOutcome, factsOf } from "./send-result";
import { attr, formatDateTime, t } from "../i18n";

/** The header's indicator; it opens the list. */
export function NeedsAttention() {
  const outbox = useStore(outboxStore);
  const waiting = undecided(outbox);
  if (waiting.length === 0) return null;
  const words = attr("attention-button", "aria-label", { count: waiting.length });
  return (
    <button
      type="button"
      class="attention-button"
      data-testid="needs-attention"
      data-count={waiting.length}
      aria-label={words}
      title={words}
      aria-haspopup="dialog"
      onClick={() => attentionStore.set(true)}
    >
      <AlertIcon size={16} />
      <span>{t("attention-button", { count: waiting.length })}</span>
    </button>
  );
}

/** The list of outcomes to decide, while open (outside the header, which clips what spills from it). */
export function NeedsAttentionDialog() {
  const open = useStore(attentionStore);
  const outbox = useStore(outboxStore);
  if (!open) return null;
  return <AttentionDialog waiting={undecided(outbox)} onClose={() => attentionStore.set(false)} />;
}

function AttentionDialog({ waiting, onClose }: { waiting: OutboxEntry[]; onClose: () => void }) {
  // Every item listed since the dialog opened stays, with what its decision did, until it closes: Rust
  // stops listing an item as open as soon as it is decided, and a result that vanished on the click
  // would leave the producer unsure what happened.
  const seen = useRef(new Map<string, OutboxEntry>());
  for (const entry of waiting) seen.current.set(entry.id, entry);
  const shown = [...seen.current.values()].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return (
    <Dialog title={t("attention-title")} onClose={onClose} class="attention-dialog" testId="attention-dialog" subtitle={t("attention-intro")}>
      <div class="dialog-body">
        {shown.length === 0 ? (
          <p class="muted">{t("attention-empty")}</p>
        ) : (
          <ol class="attention-list">
            {shown.map((entry) => (
              <li key={entry.id} data-testid="attention-item" data-outbox-id={entry.id}>
                <EntryHeading entry={entry} />
                <UnknownOutcome facts={factsOf(entry)} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </Dialog>
  );
}

function EntryHeading({ entry }: { entry: OutboxEntry }) {
  const { overview } = useStore(profilesStore);
  const profile = entry.profileId === null ? null : findEntry(overview, entry.profileId)?.profile;
  return (
    <p class="attention-heading">
      <span class="profile-chip">
        {/* A profile deleted since (or bdesk's explicit settings) has no colour any more. */}
        <ColorDot color={profile?.color ?? "var(--muted)"} />
        <span class="profile-chip-name">{profile?.name ?? entry.profileName}</span>
      </span>
      <time class="muted" dateTime={new Date(entry.createdAt).toISOString()}>
        {formatDateTime(entry.createdAt, FULL_TIME)}
      </time>
    </p>
  );
}
