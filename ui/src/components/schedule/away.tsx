/**
 * "While you were away": what became of scheduled sends while nobody watched — sent late, skipped and
 * why, held for a decision (with Send now / Skip), not sent, outcome unknown (with its facts and
 * decisions) — read at launch and whenever the window regains focus (`schedule_news`), shown until the
 * producer says "Got it", which marks what was shown as seen (`schedule_news_seen`, up to the latest
 * shown, so news that arrives meanwhile is not lost).
 *
 * Not here: deciding what happened (Rust's scheduler and its reconcile on start).
 */
import { useAction } from "../../hooks";
import type { RunNews, SkipReason } from "../../ipc";
import { formatDuration, t } from "../../i18n";
import { deskErrorText } from "../../texts/rust";
import { Dialog } from "../dialog";
import { BusyButton } from "../busy-button";
import { dismissNews, newsStore, seeNews } from "../../state/schedule";
import { useStore } from "../../state/store";
import { RunOutcome } from "./outcome";
import { Decide } from "./decide";
import { bothZones, lateText } from "./words";

/** Why an occurrence was skipped, in words. */
function reasonText(reason: SkipReason | null, news: RunNews): string {
  switch (reason?.kind) {
    case "tooLate":
      return t("schedule-skipped-too-late", { late: lateText(news.lateMs), max: formatDuration(reason.maxSecs) });
    case "policy":
    case undefined:
      return t("schedule-status-skipped", { late: lateText(news.lateMs) });
    case "producer":
      return t("schedule-skipped-producer");
    case "profileGone":
      return t("schedule-skipped-profile-gone");
    case "noKey":
      return t("schedule-skipped-no-key", { profile: news.profileName });
    case "keychain":
      return t("schedule-skipped-keychain");
    case "invalidMessage":
      return t("schedule-skipped-invalid-message");
    case "failed":
      return t("schedule-skipped-failed", { error: reason.message });
  }
}

function NewsItem({ news }: { news: RunNews }) {
  const due = bothZones(news.dueAt, news.zone);
  const run = { n: 0, dueAt: news.dueAt, lateMs: news.lateMs, state: news.state, outboxId: news.outboxId, msgSeq: news.msgSeq };
  return (
    <li class="away-item" data-testid="away-item" data-item-id={news.itemId} data-state={news.state}>
      <p class="away-head">
        <strong data-testid="away-name">{news.label ?? t("schedule-away-unnamed", { profile: news.profileName })}</strong>
        <span class="muted">{t("schedule-away-due", { time: due.there, profile: news.profileName })}</span>
      </p>
      {news.state === "skipped" ? (
        <p class="run-line" data-testid="away-outcome">
          {reasonText(news.reason, news)}
        </p>
      ) : (
        <div data-testid="away-outcome">
          <RunOutcome run={run} zone={news.zone} />
          {news.state === "sent" && news.lateMs > 0 && (
            <p class="muted" data-testid="away-late">
              {t("schedule-away-late", { late: lateText(news.lateMs) })}
            </p>
          )}
        </div>
      )}
      {news.state === "missed" && <Decide itemId={news.itemId} run={run} />}
    </li>
  );
}

export function AwayDialog() {
  const { news, dismissed } = useStore(newsStore);
  const seeing = useAction(seeNews);
  if (news.length === 0 || dismissed) return null;
  return (
    <Dialog title={t("schedule-away-title")} onClose={dismissNews} class="away-dialog" testId="away-dialog" subtitle={t("schedule-away-subtitle", { count: news.length })}>
      <ol class="away-list" data-testid="away-list">
        {news.map((n) => (
          <NewsItem key={`${n.itemId}-${n.dueAt}`} news={n} />
        ))}
      </ol>
      {seeing.error && (
        <p class="notice error" role="alert">
          {deskErrorText(seeing.error)}
        </p>
      )}
      <div class="dialog-actions">
        <BusyButton class="button primary" testId="away-got-it" busy={seeing.busy} autofocus onClick={() => void seeing.run()}>
          {t("schedule-away-got-it")}
        </BusyButton>
      </div>
    </Dialog>
  );
}
