/**
 * A missed occurrence held for the producer (policy "ask"): Send now — late, through the pipeline like
 * any scheduled send — or Skip. Rust refuses with `SCHEDULE_CHANGED` when it is no longer held (decided
 * elsewhere, by bdesk or another window), saying what became of it.
 *
 * Not here: the outcome of the send (the list and History follow it).
 */
import { useState } from "preact/hooks";
import type { MissedChoice, Run } from "../../ipc";
import { useAction, useLive } from "../../hooks";
import { t } from "../../i18n";
import { deskErrorText } from "../../texts/rust";
import { BusyButton } from "../busy-button";
import { decide } from "../../state/schedule";
import { lateText } from "./words";

export function Decide({ itemId, run }: { itemId: string; run: Pick<Run, "dueAt" | "lateMs"> }) {
  const [done, setDone] = useState<MissedChoice | null>(null);
  const [which, setWhich] = useState<MissedChoice | null>(null);
  const live = useLive();
  const deciding = useAction(async (choice: MissedChoice) => {
    setWhich(choice);
    await decide(itemId, run.dueAt, choice);
    if (live.current) setDone(choice);
  });
  if (done) {
    return (
      <p class="decision" role="status" data-testid="decided" data-choice={done}>
        {done === "sendNow" ? t("schedule-decided-send") : t("schedule-decided-skip")}
      </p>
    );
  }
  return (
    <div class="schedule-decide" data-testid="schedule-decide">
      <p class="muted">{t("schedule-decide-hint", { late: lateText(run.lateMs) })}</p>
      <div class="result-actions">
        <BusyButton class="button small primary" testId="decide-send" busy={deciding.busy && which === "sendNow"} disabled={deciding.busy} onClick={() => void deciding.run("sendNow")}>
          {t("schedule-decide-send")}
        </BusyButton>
        <BusyButton class="button small" testId="decide-skip" busy={deciding.busy && which === "skip"} disabled={deciding.busy} onClick={() => void deciding.run("skip")}>
          {t("schedule-decide-skip")}
        </BusyButton>
      </div>
      {deciding.error && (
        <p class="notice error" role="alert" data-testid="decide-error" data-code={deciding.error.code}>
          {deskErrorText(deciding.error)}
        </p>
      )}
    </div>
  );
}
