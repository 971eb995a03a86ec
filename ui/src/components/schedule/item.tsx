/**
 * One scheduled item in the list: its label, the profile it goes through (the name it was scheduled
 * with, in that profile's colour), the message in one line, when it goes out — in its zone and, when
 * this computer's clock reads otherwise, here too — with a countdown from the list's one clock, how it
 * repeats, what happens if it is missed, and its status in exact words. It opens in place to its next
 * sends and the outcomes of past ones (`schedule_show`), and has Edit, Duplicate and Cancel (after a
 * confirmation naming it).
 *
 * Not here: the form (form.tsx) or the list's order and refresh (views/schedule.tsx).
 */
import { useEffect, useState } from "preact/hooks";
import { scheduleShow, toDeskError, type DeskError, type ScheduleDetails, type ScheduleItem } from "../../ipc";
import { useLive } from "../../hooks";
import { attr, rich, t } from "../../i18n";
import { deskErrorText } from "../../texts/rust";
import { ColorDot, SandboxBadge } from "../profile-chip";
import { ConfirmDialog } from "../dialog";
import { findEntry, profilesStore } from "../../state/profiles";
import { cancelItem, openScheduleForm, scheduleStore } from "../../state/schedule";
import { useStore } from "../../state/store";
import { AlertIcon } from "../../icons";
import { itemStatusText, RunOutcome } from "./outcome";
import { Decide } from "./decide";
import { bothZones, countdownText, messageSummary, missedText, noteText, repeatText } from "./words";

/** What an item is called in the list and in a confirmation: its label, else its message. */
export function itemName(item: ScheduleItem): string {
  return item.label ?? messageSummary(item.body);
}

/** The profile an item goes through: its name as scheduled, in its colour (and marked SANDBOX) while it
 * exists. */
function ItemProfile({ item }: { item: ScheduleItem }) {
  const { overview } = useStore(profilesStore);
  const profile = findEntry(overview, item.profileId)?.profile;
  return (
    <span class="profile-chip" data-testid="schedule-profile" data-profile-id={item.profileId}>
      <ColorDot color={profile?.color ?? "var(--muted)"} />
      <span class="profile-chip-name">{item.profileName}</span>
      {profile?.isSandbox && <SandboxBadge />}
    </span>
  );
}

const LIVE: readonly ScheduleItem["status"][] = ["scheduled", "editing", "sending", "waiting"];

export function ScheduleRow({ item, now, open, onToggle }: { item: ScheduleItem; now: number; open: boolean; onToggle: () => void }) {
  const [cancelling, setCancelling] = useState(false);
  const name = itemName(item);
  const when = item.nextAt !== null && LIVE.includes(item.status) ? bothZones(item.nextAt, item.zone) : null;
  const detailsId = `schedule-details-${item.id}`;
  const editable = item.status === "scheduled" || item.status === "editing";
  const ended = item.status === "done" || item.status === "cancelled";

  return (
    <li class="schedule-item" data-testid="schedule-item" data-item-id={item.id} data-status={item.status}>
      <div class="schedule-head">
        <div class="schedule-title">
          <span class="schedule-label" data-testid="schedule-label">
            {name}
          </span>
          <ItemProfile item={item} />
        </div>
        {when && item.nextAt !== null && (
          <span class="schedule-countdown mono" data-testid="schedule-countdown" role="timer" aria-live="off">
            {countdownText(item.nextAt, now)}
          </span>
        )}
      </div>
      {item.label !== null && (
        <p class="schedule-summary muted" data-testid="schedule-summary">
          {messageSummary(item.body)}
        </p>
      )}
      {when && (
        <p class="schedule-when">
          <span data-testid="schedule-when">{when.there}</span>
          {when.here && (
            <span class="muted" data-testid="schedule-when-here">
              {when.here}
            </span>
          )}
        </p>
      )}
      {item.nextNote && when && (
        <p class="notice warning small" data-testid="schedule-note" data-kind={item.nextNote.kind}>
          <AlertIcon size={14} />
          {noteText(item.nextNote, item.zone)}
        </p>
      )}
      <p class="schedule-meta muted">
        <span data-testid="schedule-repeat">{repeatText(item.repeat, item.end)}</span>
        <span data-testid="schedule-missed">{missedText(item.missed)}</span>
      </p>
      <div class="schedule-status" data-testid="schedule-status" data-status={item.status} data-run={item.lastRun?.state}>
        {item.status === "done" && item.lastRun ? (
          <RunOutcome run={item.lastRun} zone={item.zone} />
        ) : (
          <p class="run-line">{itemStatusText(item)}</p>
        )}
        {item.status === "waiting" && item.lastRun?.state === "missed" && <Decide itemId={item.id} run={item.lastRun} />}
        {item.status === "scheduled" && item.lastRun && (
          <div class="schedule-last" data-testid="schedule-last">
            <span class="muted">{t("schedule-last-time")}</span>
            <RunOutcome run={item.lastRun} zone={item.zone} />
          </div>
        )}
      </div>
      <div class="result-actions schedule-actions">
        <button type="button" class="button small" aria-expanded={open} aria-controls={detailsId} data-testid="schedule-open" onClick={onToggle}>
          {open ? t("schedule-hide-details") : t("schedule-show-details")}
        </button>
        {editable && (
          <button type="button" class="button small" data-testid="schedule-edit" onClick={() => openScheduleForm({ mode: "edit", item })}>
            {t("schedule-edit")}
          </button>
        )}
        <button type="button" class="button small" data-testid="schedule-duplicate" onClick={() => openScheduleForm({ mode: "duplicate", item })}>
          {t("schedule-duplicate")}
        </button>
        {!ended && (
          <button type="button" class="button small danger" data-testid="schedule-cancel" onClick={() => setCancelling(true)}>
            {t("schedule-cancel")}
          </button>
        )}
      </div>
      {open && (
        <div id={detailsId} class="schedule-details" role="region" aria-label={attr("schedule-details", "aria-label", { name })} data-testid="schedule-details">
          <Details item={item} />
        </div>
      )}
      {cancelling && (
        <ConfirmDialog
          title={t("schedule-cancel-title")}
          confirmLabel={t("schedule-cancel-confirm")}
          testId="confirm-schedule-cancel"
          onClose={() => setCancelling(false)}
          onConfirm={() => cancelItem(item.id)}
        >
          <p>{rich("schedule-cancel-body", { profile: item.profileName }, { name: <strong data-testid="cancel-name">{name}</strong> })}</p>
          {item.status === "sending" && <p>{t("schedule-cancel-sending")}</p>}
        </ConfirmDialog>
      )}
    </li>
  );
}

/** An item's next sends and its past runs' outcomes, the latest first. */
function Details({ item }: { item: ScheduleItem }) {
  const { revision } = useStore(scheduleStore);
  const [details, setDetails] = useState<ScheduleDetails | null>(null);
  const [error, setError] = useState<DeskError | null>(null);
  const live = useLive();
  useEffect(() => {
    scheduleShow(item.id).then(
      (d) => {
        if (!live.current) return;
        setDetails(d);
        setError(null);
      },
      (raw) => live.current && setError(toDeskError(raw)),
    );
  }, [item.id, revision]);

  if (error && !details) {
    return (
      <p class="notice error" role="alert" data-code={error.code}>
        {t("schedule-details-error", { error: deskErrorText(error) })}
      </p>
    );
  }
  if (!details) return <p class="muted">{t("schedule-details-loading")}</p>;
  return (
    <>
      <h3 class="details-title">{t("schedule-upcoming-title")}</h3>
      {details.upcoming.length === 0 ? (
        <p class="muted" data-testid="no-upcoming">
          {t("schedule-no-upcoming")}
        </p>
      ) : (
        <ol class="schedule-upcoming" data-testid="upcoming">
          {details.upcoming.map((ms) => {
            const when = bothZones(ms, item.zone);
            return (
              <li data-testid="upcoming-send">
                <time dateTime={new Date(ms).toISOString()}>{when.there}</time>
                {when.here && <span class="muted"> · {when.here}</span>}
              </li>
            );
          })}
        </ol>
      )}
      <h3 class="details-title">{t("schedule-runs-title")}</h3>
      {details.runs.length === 0 ? (
        <p class="muted" data-testid="no-runs">
          {t("schedule-no-runs")}
        </p>
      ) : (
        <ol class="schedule-runs" data-testid="runs">
          {details.runs.map((run) => (
            <li key={`${run.n}-${run.dueAt}`} data-testid="run">
              <span class="muted">{t("schedule-run-due", { time: bothZones(run.dueAt, item.zone).there })}</span>
              <RunOutcome run={run} zone={item.zone} />
              {/* A held send is decided where it is listed too: a repeating item may hold an older one. */}
              {run.state === "missed" && !(item.lastRun?.state === "missed" && item.lastRun.dueAt === run.dueAt) && <Decide itemId={item.id} run={run} />}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
