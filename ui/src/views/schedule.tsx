/**
 * The Schedule view: every scheduled item, the next due first, each with its time in its zone (and on
 * this computer), a countdown from one clock for the whole list, how it repeats, what happens if it is
 * missed and its status in exact words (components/schedule/item.tsx); Add, and per item Edit,
 * Duplicate and Cancel. The list is re-read when the view opens, after every change, every second
 * while an item is due or sending (the scheduler moves it), and otherwise every few seconds, since
 * bdesk and the app's scheduler change it too.
 *
 * Not here: the form (components/schedule/form.tsx, opened through state/schedule.ts so Compose can
 * open it too) or any rule of the schedule (Rust's).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { ScheduleIcon, PlusIcon } from "../icons";
import { EmptyState } from "./empty";
import { attr, t } from "../i18n";
import { deskErrorText } from "../texts/rust";
import { ScheduleRow } from "../components/schedule/item";
import { useNow } from "../components/schedule/clock";
import { openScheduleForm, refreshSchedule, scheduleStore } from "../state/schedule";
import { useStore } from "../state/store";

/** How often the list is re-read while nothing is due or moving. */
const QUIET_READ_MS = 10_000;

export function ScheduleView() {
  const { items, error } = useStore(scheduleStore);
  const now = useNow();
  const [openId, setOpenId] = useState<string | null>(null);
  const lastRead = useRef(0);

  useEffect(() => {
    lastRead.current = Date.now();
    void refreshSchedule();
  }, []);

  // One clock drives both the countdowns and the re-reads: every second while something is due or on
  // its way (the status changes under the scheduler), else every few seconds.
  const busy = (items ?? []).some(
    (i) => i.status === "sending" || ((i.status === "scheduled" || i.status === "editing") && i.nextAt !== null && i.nextAt <= now),
  );
  useEffect(() => {
    if (now - lastRead.current >= (busy ? 1000 : QUIET_READ_MS)) {
      lastRead.current = now;
      void refreshSchedule();
    }
  }, [now]);

  return (
    <section class="schedule" aria-labelledby="view-title">
      <div class="schedule-toolbar">
        <button type="button" class="button primary" data-testid="schedule-add" onClick={() => openScheduleForm({ mode: "add" })}>
          <PlusIcon size={16} />
          {t("schedule-add")}
        </button>
        <span class="muted schedule-hint">{t("schedule-hint")}</span>
      </div>
      {error && (
        <p class="notice error" role="alert" data-code={error.code} data-testid="schedule-error">
          {t("schedule-error", { error: deskErrorText(error) })}
        </p>
      )}
      {items !== null && items.length === 0 && !error && (
        <EmptyState icon={<ScheduleIcon size={28} />} title={t("scheduled-empty-title")}>
          <p>{t("scheduled-empty-body")}</p>
        </EmptyState>
      )}
      {items !== null && items.length > 0 && (
        <ol class="schedule-list" aria-label={attr("schedule-list", "aria-label")} data-testid="schedule-list">
          {items.map((item) => (
            <ScheduleRow key={item.id} item={item} now={now} open={openId === item.id} onToggle={() => setOpenId((id) => (id === item.id ? null : item.id))} />
          ))}
        </ol>
      )}
    </section>
  );
}
