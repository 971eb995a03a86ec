/**
 * The form's live preview, from Rust's `schedule_check` a moment after each change: when the item
 * will be sent (in its zone, and on this computer when that reads otherwise) and the sends after it,
 * a warning where the gap/fold rule moved a time, whether it is further ahead than the horizon (the
 * form then asks for the confirmation), and the items of the same profile it falls too close to for
 * the profile's rate. While the draft breaks a rule, Rust's problems are listed here; a save puts
 * them beside their fields.
 *
 * Not here: any rule (Rust checks and answers), or saving.
 */
import { useEffect, useState } from "preact/hooks";
import { checkSchedule, toDeskError, type DeskError, type ScheduleCheck, type ScheduleDraft } from "../../ipc";
import { useLive } from "../../hooks";
import { formatNumber, t } from "../../i18n";
import { deskErrorText, fieldProblemText, problemText } from "../../texts/rust";
import { AlertIcon } from "../../icons";
import { bothZones, noteText, timeIn } from "./words";

/** How long after the last change the check is asked for. */
const CHECK_PAUSE_MS = 250;

export type Checked = { key: string; check: ScheduleCheck | null; error: DeskError | null };

/** The check of the draft as it is now, or of the last one while a newer is asked for (`current`
 * says which). `confirmFar` does not change what Rust answers, so it does not ask again. */
export function useScheduleCheck(draft: ScheduleDraft | null, editing: string | null): { checked: Checked | null; current: boolean } {
  const [checked, setChecked] = useState<Checked | null>(null);
  const live = useLive();
  const key = draft ? JSON.stringify({ ...draft, confirmFar: false, editing }) : null;
  useEffect(() => {
    if (!draft || key === null) return;
    let current = true;
    const timer = window.setTimeout(() => {
      checkSchedule(draft, editing).then(
        (check) => current && live.current && setChecked({ key, check, error: null }),
        (raw) => current && live.current && setChecked({ key, check: null, error: toDeskError(raw) }),
      );
    }, CHECK_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key]);
  return { checked: key === null ? null : checked, current: checked !== null && checked.key === key };
}

export function CheckPreview({ checked, current, zone }: { checked: Checked | null; current: boolean; zone: string }) {
  if (!checked) return null;
  const { check, error } = checked;
  return (
    <section class="schedule-check" data-testid="schedule-check" data-current={current ? "true" : "false"} aria-live="polite">
      {error ? (
        <>
          <p class="run-line">{t("schedule-check-not-yet")}</p>
          <ul data-testid="schedule-check-problems">
            {error.fields.length > 0
              ? error.fields.map((p) => <li data-field={p.field}>{fieldProblemText(p)}</li>)
              : (error.report?.errors ?? []).length > 0
                ? (error.report?.errors ?? []).map((p) => <li>{problemText(p)}</li>)
                : [<li>{deskErrorText(error)}</li>]}
          </ul>
        </>
      ) : check ? (
        <CheckResult check={check} zone={zone} />
      ) : null}
    </section>
  );
}

function CheckResult({ check, zone }: { check: ScheduleCheck; zone: string }) {
  const [first, ...rest] = check.next;
  if (!first) return null;
  const when = bothZones(first.at, zone);
  const notes = check.next.filter((p) => p.note !== null);
  return (
    <>
      <p class="run-line" data-testid="schedule-check-first">
        {t("schedule-status-scheduled", { time: when.there })}
      </p>
      {when.here && (
        <p class="muted" data-testid="schedule-check-here">
          {when.here}
        </p>
      )}
      {rest.length > 0 && (
        <div data-testid="schedule-check-then">
          <p>{t("schedule-check-then")}</p>
          <ol>
            {rest.map((p) => (
              <li>
                <time dateTime={new Date(p.at).toISOString()}>{bothZones(p.at, zone).there}</time>
              </li>
            ))}
          </ol>
        </div>
      )}
      {notes.map((p) =>
        p.note ? (
          <p class="notice warning small" role="alert" data-testid="schedule-check-note" data-kind={p.note.kind}>
            <AlertIcon size={14} />
            {t("schedule-check-note", { time: timeIn(p.at, zone), note: noteText(p.note, zone) })}
          </p>
        ) : null,
      )}
      {check.far && (
        <p class="notice warning small" data-testid="schedule-check-far">
          <AlertIcon size={14} />
          {t("schedule-check-far")}
        </p>
      )}
      {check.clashes.map((c) => (
        <p class="notice warning small" data-testid="schedule-check-clash" data-item-id={c.itemId}>
          <AlertIcon size={14} />
          {t("schedule-check-clash", {
            other: c.label ?? t("schedule-check-clash-unnamed"),
            time: timeIn(c.otherAt, zone),
            seconds: formatNumber(Math.max(1, Math.round(c.laterByMs / 1000))),
            times: c.times,
          })}
        </p>
      ))}
    </>
  );
}
