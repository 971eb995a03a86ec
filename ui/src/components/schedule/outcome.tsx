/**
 * What became of a scheduled item and of each of its occurrences, in the exact words the schedule uses
 * everywhere: "will be sent at …", "sending", "sent at … (MsgSeq …)", "not sent" with the reason and
 * what to do, "outcome unknown" with its facts and the two decisions, "missed — waiting for you",
 * "skipped: … late", "cancelled". Outcomes that need the outbox's facts (not sent, unknown) read them
 * and show them with send-result's parts, as everywhere else the window shows a send.
 *
 * Not here: deciding a held occurrence (the row's Send now / Skip) or when anything is due.
 */
import { useEffect, useState } from "preact/hooks";
import { broadcastDetails, toDeskError, type DeskError, type OutboxEntry, type Run, type ScheduleItem } from "../../ipc";
import { useLive } from "../../hooks";
import { t } from "../../i18n";
import { codeExplanationText, deskErrorText } from "../../texts/rust";
import { LastError, UnknownOutcome, factsOf } from "../send-result";
import { outboxStore } from "../../state/outbox";
import { useStore } from "../../state/store";
import { lateText, timeIn } from "./words";

/** The one line an item's status reads as, before any occurrence's details. */
export function itemStatusText(item: ScheduleItem): string {
  switch (item.status) {
    case "scheduled":
      return item.nextAt === null ? t("schedule-status-done") : t("schedule-status-scheduled", { time: timeIn(item.nextAt, item.zone) });
    case "editing":
      return t("schedule-status-editing");
    case "sending":
      return t("schedule-status-sending");
    case "waiting":
      return t("schedule-status-missed");
    case "done":
      return item.lastRun ? runText(item.lastRun, item.zone) : t("schedule-status-done");
    case "cancelled":
      return t("schedule-status-cancelled");
  }
}

/** An occurrence's outcome in one line. */
export function runText(run: Run, zone: string): string {
  switch (run.state) {
    case "pending":
    case "queued":
    case "sending":
      return t("schedule-status-sending");
    case "sent":
      return t("schedule-status-sent", { time: timeIn(run.dueAt + run.lateMs, zone), msgSeq: run.msgSeq === null ? "—" : String(run.msgSeq) });
    case "notSent":
      return t("schedule-status-not-sent");
    case "unknown":
      return t("schedule-status-unknown");
    case "missed":
      return t("schedule-status-missed");
    case "skipped":
      return t("schedule-status-skipped", { late: lateText(run.lateMs) });
  }
}

/** An occurrence's outcome: its line, and for "not sent" and "outcome unknown" the outbox's facts. */
export function RunOutcome({ run, zone }: { run: Run; zone: string }) {
  const needsFacts = run.state === "notSent" || run.state === "unknown";
  return (
    <div class="run-outcome" data-testid="run-outcome" data-state={run.state} data-outbox-id={run.outboxId}>
      {!(run.state === "unknown") && <p class="run-line">{runText(run, zone)}</p>}
      {needsFacts && <OutboxFacts outboxId={run.outboxId} />}
    </div>
  );
}

/** The outbox row of a not-sent or unknown occurrence: why and what to do, or the decisions. */
function OutboxFacts({ outboxId }: { outboxId: string }) {
  const { revision } = useStore(outboxStore);
  const [entry, setEntry] = useState<OutboxEntry | null>(null);
  const [error, setError] = useState<DeskError | null>(null);
  const live = useLive();
  useEffect(() => {
    broadcastDetails(outboxId).then(
      (d) => live.current && setEntry(d.entry),
      (raw) => live.current && setError(toDeskError(raw)),
    );
  }, [outboxId, revision]);
  if (error) {
    return (
      <p class="notice error" role="alert" data-code={error.code}>
        {t("schedule-facts-error", { error: deskErrorText(error) })}
      </p>
    );
  }
  if (!entry) return null;
  if (entry.delivery === "unknown") return <UnknownOutcome facts={factsOf(entry)} />;
  return <NotSentWhy entry={entry} />;
}

/** Why it was not sent, as History says it (cancelled, or the last answer), and Tencent's remedy for
 * the code when the catalogue has one. */
function NotSentWhy({ entry }: { entry: OutboxEntry }) {
  if (entry.cancelledAt !== null) return <p data-testid="not-sent-why">{t("send-result-cancelled")}</p>;
  const words = entry.lastCode !== null && entry.lastCode !== 0 ? codeExplanationText(entry.lastCode) : null;
  return (
    <div class="send-result bad" data-testid="not-sent-why" data-ok="false" data-delivery="notSent">
      <p>
        <LastError facts={{ ...entry, lastTitle: words?.title }} />
      </p>
      {words?.remedy && <p>{words.remedy}</p>}
    </div>
  );
}
