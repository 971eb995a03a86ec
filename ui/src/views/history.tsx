/**
 * History: every broadcast from every door (this window, another, bdesk, the schedule), newest first —
 * when, through which profile (its colour), how it ended, from where, in how many attempts, with which
 * MsgSeq — searched (text in the body, a Random, a MsgSeq, an outbox id) and filtered by outcome,
 * profile, source and dates, every part of it by Rust in one query; what the filters list exported to
 * CSV or JSON. Each opens in place to its details: every attempt (time, host, class, code, info,
 * latency), its Random, target host and OS user, and the exact body it carried; with Cancel while it
 * is queued, the two decisions while its outcome is unknown, and once it has ended, Send again (a new
 * message, after a confirmation that names the profile).
 *
 * Not here: what an outcome means or how one is decided (components/send-result.tsx, shared with every
 * place the window sends), or keeping the list fresh (it re-reads whenever state/outbox.ts moves).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import {
  broadcastDetails,
  exportHistory,
  history,
  toDeskError,
  type Attempt,
  type BroadcastDetails,
  type DeskError,
  type Delivery,
  type ExportFormat,
  type ExportedFile,
  type HistoryFilter,
  type OutboxEntry,
  type ProfilesOverview,
  type SendSource,
} from "../ipc";
import { useAction, useLive } from "../hooks";
import { HistoryIcon } from "../icons";
import { EmptyState } from "./empty";
import { ColorDot, ProfileChip } from "../components/profile-chip";
import { BusyButton } from "../components/busy-button";
import { ConfirmDialog } from "../components/dialog";
import { CancelRefused, FULL_TIME, LastError, QueuedView, SendResult, UnknownOutcome, factsOf, useSender } from "../components/send-result";
import { classText, deliveryText, entryStateText, indentJson, sourceText } from "../format";
import { cancel, outboxStore } from "../state/outbox";
import { findEntry, profilesStore } from "../state/profiles";
import { useStore } from "../state/store";
import { attr, formatDateTime, formatNumber, formatTime, rich, t } from "../i18n";
import { deskErrorText } from "../texts/rust";

/** How many broadcasts one read lists; "Show more" reads that many more. The window's choice of page,
 * not a rule: Rust lists whatever is asked. */
const PAGE = 100;

/** The outcomes the filter offers, in the order a producer looks for them. */
const OUTCOMES: readonly Delivery[] = ["unknown", "notSent", "sent", "queued", "sending"];

/** Where a broadcast can come from, as the source filter offers them. */
const SOURCES: readonly SendSource[] = ["window", "emergency", "scheduled", "cli"];

/** How long the search waits after the last key before asking Rust: a read per word, not per letter. */
const SEARCH_PAUSE_MS = 250;

type Listed = { items: OutboxEntry[]; loaded: boolean; error: DeskError | null };

/** What the filter fields hold, as typed. */
type Fields = { text: string; delivery: Delivery | ""; profileId: string; source: SendSource | ""; since: string; until: string };

const NO_FIELDS: Fields = { text: "", delivery: "", profileId: "", source: "", since: "", until: "" };

/** Local midnight at the start of a date field's day (`YYYY-MM-DD`), `days` later; null when empty. */
function dayStart(value: string, days = 0): number | null {
  const [y, m, d] = value.split("-").map(Number);
  if (!y || !m || !d) return null;
  return new Date(y, m - 1, d + days).getTime();
}

/** The filter Rust applies: the dates as the producer's own days, the "to" day included whole. */
function filterOf(f: Fields): HistoryFilter {
  return {
    text: f.text.trim() === "" ? null : f.text.trim(),
    delivery: f.delivery === "" ? null : f.delivery,
    profileId: f.profileId === "" ? null : f.profileId,
    source: f.source === "" ? null : f.source,
    sinceMs: dayStart(f.since),
    untilMs: dayStart(f.until, 1),
  };
}

export function HistoryView() {
  const { overview } = useStore(profilesStore);
  const { revision } = useStore(outboxStore);
  const [fields, setFields] = useState<Fields>(NO_FIELDS);
  // The search as typed, applied after a pause.
  const [typed, setTyped] = useState("");
  const [limit, setLimit] = useState(PAGE);
  const [listed, setListed] = useState<Listed>({ items: [], loaded: false, error: null });
  const [openId, setOpenId] = useState<string | null>(null);
  const live = useLive();
  const filter = filterOf(fields);
  const key = JSON.stringify(filter);

  const change = (next: Partial<Fields>) => {
    setFields((f) => ({ ...f, ...next }));
    setLimit(PAGE);
  };

  useEffect(() => {
    if (typed === fields.text) return;
    const timer = window.setTimeout(() => change({ text: typed }), SEARCH_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    let current = true;
    history(filter, limit).then(
      (items) => current && live.current && setListed({ items, loaded: true, error: null }),
      (raw) => current && live.current && setListed((l) => ({ ...l, loaded: true, error: toDeskError(raw) })),
    );
    // A slower, older read never overwrites a newer one.
    return () => {
      current = false;
    };
  }, [key, limit, revision]);

  const filtered = key !== JSON.stringify(filterOf(NO_FIELDS));
  const profiles = overview?.profiles ?? [];

  return (
    <section class="history" aria-labelledby="view-title">
      <div class="history-filters" role="group" aria-label={attr("history-filters", "aria-label")}>
        <div class="field inline history-search">
          <label class="label" for="history-search">
            {t("history-search")}
          </label>
          <input
            id="history-search"
            type="search"
            data-testid="history-search"
            placeholder={attr("history-search-field", "placeholder")}
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter searches at once.
              if (e.key === "Enter") change({ text: typed });
            }}
          />
        </div>
        <div class="field inline">
          <label class="label" for="history-outcome">
            {t("history-filter-outcome")}
          </label>
          <select
            id="history-outcome"
            data-testid="history-outcome"
            value={fields.delivery}
            onChange={(e) => change({ delivery: e.currentTarget.value as Delivery | "" })}
          >
            <option value="">{t("history-all-outcomes")}</option>
            {OUTCOMES.map((d) => (
              <option value={d}>{deliveryText(d)}</option>
            ))}
          </select>
        </div>
        <div class="field inline">
          <label class="label" for="history-profile">
            {t("history-filter-profile")}
          </label>
          <select
            id="history-profile"
            data-testid="history-profile"
            value={fields.profileId}
            onChange={(e) => change({ profileId: e.currentTarget.value })}
          >
            <option value="">{t("history-all-profiles")}</option>
            {profiles.map((e) => (
              <option value={e.profile.id}>{e.profile.name}</option>
            ))}
          </select>
        </div>
        <div class="field inline">
          <label class="label" for="history-source">
            {t("history-filter-source")}
          </label>
          <select
            id="history-source"
            data-testid="history-source"
            value={fields.source}
            onChange={(e) => change({ source: e.currentTarget.value as SendSource | "" })}
          >
            <option value="">{t("history-all-sources")}</option>
            {SOURCES.map((s) => (
              <option value={s}>{sourceText(s)}</option>
            ))}
          </select>
        </div>
        <div class="field inline">
          <label class="label" for="history-since">
            {t("history-filter-since")}
          </label>
          <input id="history-since" type="date" data-testid="history-since" value={fields.since} onChange={(e) => change({ since: e.currentTarget.value })} />
        </div>
        <div class="field inline">
          <label class="label" for="history-until">
            {t("history-filter-until")}
          </label>
          <input id="history-until" type="date" data-testid="history-until" value={fields.until} onChange={(e) => change({ until: e.currentTarget.value })} />
        </div>
      </div>

      {/* What the search says now, not after its pause: a producer who types and clicks Export at once
          gets the rows of what they typed (found on CI, where the pause outlasted the click). */}
      <Export filter={filterOf({ ...fields, text: typed })} nothing={listed.loaded && listed.items.length === 0} />

      {listed.error && (
        <p class="notice error" role="alert" data-code={listed.error.code}>
          {t("history-error", { error: deskErrorText(listed.error) })}
        </p>
      )}

      {listed.loaded && listed.items.length === 0 && !listed.error &&
        (filtered ? (
          <p class="muted history-none" data-testid="history-none">
            {t("history-no-match")}
          </p>
        ) : (
          <EmptyState icon={<HistoryIcon size={28} />} title={t("history-empty-title")}>
            <p>{t("history-empty-body")}</p>
          </EmptyState>
        ))}

      {listed.items.length > 0 && (
        <ol class="history-list" aria-label={attr("history-list", "aria-label")}>
          {listed.items.map((entry) => (
            <HistoryItem
              key={entry.id}
              entry={entry}
              open={openId === entry.id}
              onToggle={() => setOpenId((id) => (id === entry.id ? null : entry.id))}
            />
          ))}
        </ol>
      )}

      {listed.items.length >= limit && (
        <button type="button" class="button" data-testid="history-more" onClick={() => setLimit((l) => l + PAGE)}>
          {t("history-more")}
        </button>
      )}
    </section>
  );
}

/** The profile a broadcast went through: its colour and name (the name it had then, if it is gone). */
function EntryProfile({ entry }: { entry: OutboxEntry }) {
  const { overview } = useStore(profilesStore);
  const profile = entry.profileId === null ? null : findEntry(overview, entry.profileId)?.profile;
  return (
    <span class="profile-chip">
      <ColorDot color={profile?.color ?? "var(--muted)"} />
      <span class="profile-chip-name">{profile?.name ?? entry.profileName}</span>
    </span>
  );
}

function HistoryItem({ entry, open, onToggle }: { entry: OutboxEntry; open: boolean; onToggle: () => void }) {
  const detailsId = `history-details-${entry.id}`;
  return (
    <li class="history-item" data-testid="history-item" data-outbox-id={entry.id} data-delivery={entry.delivery}>
      <button type="button" class="history-row" aria-expanded={open} aria-controls={detailsId} data-testid="history-row" onClick={onToggle}>
        <time class="history-time" dateTime={new Date(entry.createdAt).toISOString()}>
          {formatDateTime(entry.createdAt, FULL_TIME)}
        </time>
        <EntryProfile entry={entry} />
        <span
          class="outcome-badge"
          data-testid="history-outcome-badge"
          data-delivery={entry.delivery}
          data-cancelled={entry.cancelledAt !== null ? "true" : undefined}
          data-resolution={entry.resolution ?? undefined}
        >
          {entryStateText(entry)}
        </span>
        <span class="history-meta muted">{sourceText(entry.source)}</span>
        <span class="history-meta muted" data-testid="history-attempts">
          {t("history-attempts", { count: entry.attempts })}
        </span>
        {entry.msgSeq !== null && (
          <span class="history-meta mono" data-testid="history-msg-seq">
            {t("history-msg-seq", { msgSeq: String(entry.msgSeq) })}
          </span>
        )}
      </button>
      {open && (
        <div
          id={detailsId}
          class="history-details"
          role="region"
          aria-label={attr("history-details", "aria-label", { time: formatDateTime(entry.createdAt, FULL_TIME) })}
          data-testid="history-details"
        >
          <Details entry={entry} />
        </div>
      )}
    </li>
  );
}

function Details({ entry }: { entry: OutboxEntry }) {
  const { revision } = useStore(outboxStore);
  const [details, setDetails] = useState<BroadcastDetails | null>(null);
  const [error, setError] = useState<DeskError | null>(null);
  // Once shown, the decisions stay (saying what the one taken did) after the row stops being undecided.
  const decidable = useRef(false);
  const [refusal, setRefusal] = useState<DeskError | null>(null);
  const live = useLive();

  useEffect(() => {
    broadcastDetails(entry.id).then(
      (d) => {
        if (!live.current) return;
        setDetails(d);
        setError(null);
      },
      (raw) => live.current && setError(toDeskError(raw)),
    );
    // The list's row moves with the outbox (a cancel, a decision, the end of a send): so do these.
  }, [entry.id, revision]);

  const cancelling = useAction(async () => {
    try {
      await cancel(entry.id);
    } catch (raw) {
      if (live.current) setRefusal(toDeskError(raw));
    }
  });
  const again = useSender();
  const { overview } = useStore(profilesStore);
  const [confirmingAgain, setConfirmingAgain] = useState(false);

  if (error && !details) {
    return (
      <p class="notice error" role="alert" data-code={error.code}>
        {t("history-details-error", { error: deskErrorText(error) })}
      </p>
    );
  }
  if (!details) return <p class="muted">{t("history-details-loading")}</p>;
  const e = details.entry;
  if (e.delivery === "unknown" && e.resolution === null) decidable.current = true;

  return (
    <>
      {e.delivery === "queued" && <QueuedView outboxId={e.id} cancelling={cancelling.busy} onCancel={() => void cancelling.run()} />}
      {refusal && <CancelRefused error={refusal} />}
      {decidable.current && <UnknownOutcome facts={factsOf(e)} />}
      {canSendAgain(e, overview) && !decidable.current && (
        <div class="result-actions history-again">
          <button
            type="button"
            class="button small"
            data-testid="history-send-again"
            disabled={again.busy || again.state?.kind === "queued"}
            onClick={() => setConfirmingAgain(true)}
          >
            {t("history-send-again")}
          </button>
        </div>
      )}
      <div aria-live="polite">
        <SendResult sender={again} />
      </div>
      {confirmingAgain && (
        <SendAgainConfirm entry={e} onClose={() => setConfirmingAgain(false)} onConfirm={() => void again.sendAgain(e.id)} />
      )}
      <dl class="facts compact history-facts" data-testid="details-facts">
        <dt>{t("fact-outcome")}</dt>
        <dd data-fact="outcome">{entryStateText(e)}</dd>
        {e.msgSeq !== null && (
          <>
            <dt>{t("fact-msg-seq")}</dt>
            <dd class="mono" data-fact="msg-seq">
              {String(e.msgSeq)}
            </dd>
          </>
        )}
        <dt>{t("fact-profile")}</dt>
        <dd data-fact="profile">
          <EntryProfile entry={e} />
        </dd>
        <dt>{t("fact-target")}</dt>
        <dd class="mono" data-fact="target">
          {e.target}
        </dd>
        <dt>{t("fact-random")}</dt>
        <dd class="mono" data-fact="random">
          {String(e.random)}
        </dd>
        <dt>{t("fact-source")}</dt>
        <dd data-fact="source">{sourceText(e.source)}</dd>
        <dt>{t("fact-os-user")}</dt>
        <dd class="mono" data-fact="os-user">
          {e.osUser}
        </dd>
        <dt>{t("fact-written-down")}</dt>
        <dd data-fact="created">{formatDateTime(e.createdAt, FULL_TIME)}</dd>
        {e.firstAttemptAt !== null && (
          <>
            <dt>{t("fact-first-attempt")}</dt>
            <dd data-fact="first-attempt">{formatDateTime(e.firstAttemptAt, FULL_TIME)}</dd>
          </>
        )}
        {e.cancelledAt !== null && (
          <>
            <dt>{t("fact-cancelled")}</dt>
            <dd data-fact="cancelled">{formatDateTime(e.cancelledAt, FULL_TIME)}</dd>
          </>
        )}
        {e.finishedAt !== null && (
          <>
            <dt>{t("fact-ended")}</dt>
            <dd data-fact="finished">{formatDateTime(e.finishedAt, FULL_TIME)}</dd>
          </>
        )}
        {/* An undecided outcome shows its last error with its decisions, above. */}
        {e.attempts > 0 && e.delivery !== "sent" && !decidable.current && (
          <>
            <dt>{t("fact-last-error")}</dt>
            <dd data-fact="last-error">
              <LastError facts={e} />
            </dd>
          </>
        )}
        {e.resentAs !== null && (
          <>
            <dt>{t("fact-resent-as")}</dt>
            <dd class="mono" data-fact="resent-as">
              {e.resentAs}
            </dd>
          </>
        )}
      </dl>

      <h3 class="details-title">{t("history-attempts-title")}</h3>
      {details.attempts.length === 0 ? (
        <p class="muted" data-testid="no-attempts">
          {t("history-no-attempts")}
        </p>
      ) : (
        <div class="table-scroll">
          <table class="attempts" data-testid="attempts">
            <thead>
              <tr>
                <th scope="col">{t("attempt-n")}</th>
                <th scope="col">{t("attempt-time")}</th>
                <th scope="col">{t("attempt-host")}</th>
                <th scope="col">{t("attempt-class")}</th>
                <th scope="col">{t("attempt-code")}</th>
                <th scope="col">{t("attempt-info")}</th>
                <th scope="col">{t("attempt-latency")}</th>
              </tr>
            </thead>
            <tbody>
              {details.attempts.map((a) => (
                <AttemptRow attempt={a} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 class="details-title">{t("history-body-title")}</h3>
      <pre class="body-json mono" data-testid="details-body" tabIndex={0} aria-label={attr("history-body", "aria-label")}>
        {indentJson(details.body)}
      </pre>
    </>
  );
}

function AttemptRow({ attempt: a }: { attempt: Attempt }) {
  return (
    <tr data-testid="attempt" data-class={a.class}>
      <td>{a.n}</td>
      <td class="nowrap">
        <time dateTime={new Date(a.startedAt).toISOString()}>{formatTime(a.startedAt)}</time>
      </td>
      <td class="mono">{a.host}</td>
      <td>{classText(a.class)}</td>
      <td class="mono">{a.code === null ? "—" : String(a.code)}</td>
      <td class="mono">
        {a.info !== "" ? a.info : a.msgSeq !== null ? t("history-msg-seq", { msgSeq: String(a.msgSeq) }) : "—"}
      </td>
      <td class="nowrap">{t("attempt-latency-ms", { ms: formatNumber(a.latencyMs) })}</td>
    </tr>
  );
}

/** Whether a broadcast can go out again from here: it has ended, and the profile it went through is
 * still there (one sent with bdesk's explicit settings has none). An unknown outcome nobody decided on
 * is sent again by its own decision instead. */
function canSendAgain(e: OutboxEntry, overview: ProfilesOverview | null): boolean {
  const ended = e.delivery === "sent" || e.delivery === "notSent" || e.delivery === "unknown";
  return ended && e.profileId !== null && findEntry(overview, e.profileId) !== null;
}

/** Asks before sending a past broadcast again: through which profile (its colour and name as it is
 * now), as a new message, and that viewers may see it twice if the first one arrived. */
function SendAgainConfirm({ entry, onClose, onConfirm }: { entry: OutboxEntry; onClose: () => void; onConfirm: () => void }) {
  const { overview } = useStore(profilesStore);
  const profile = entry.profileId === null ? null : findEntry(overview, entry.profileId)?.profile;
  if (!profile) return null;
  return (
    <ConfirmDialog
      title={t("history-send-again-title")}
      confirmLabel={t("history-send-again-confirm")}
      testId="confirm-history-send-again"
      onClose={onClose}
      // The send's outcome shows in the details, queued at once: the dialog need not wait for it.
      onConfirm={async () => onConfirm()}
    >
      <p>
        {rich("history-send-again-body", { outcome: entry.delivery === "notSent" ? "not-sent" : entry.delivery }, { profile: <ProfileChip profile={profile} /> })}
      </p>
    </ConfirmDialog>
  );
}

/** Export of what the filters list, to a new file in the Downloads folder, and where it went. */
function Export({ filter, nothing }: { filter: HistoryFilter; nothing: boolean }) {
  const [done, setDone] = useState<ExportedFile | null>(null);
  const [which, setWhich] = useState<ExportFormat>("csv");
  const live = useLive();
  const exporting = useAction(async (format: ExportFormat) => {
    setWhich(format);
    setDone(null);
    const file = await exportHistory(filter, format);
    if (live.current) setDone(file);
  });
  // A result names the file of the filters it was made from: another filter, another file.
  const key = JSON.stringify(filter);
  useEffect(() => setDone(null), [key]);

  return (
    <div class="history-export" role="group" aria-label={attr("history-export", "aria-label")}>
      {(["csv", "json"] as const).map((format) => (
        <BusyButton
          class="button small"
          testId={`history-export-${format}`}
          busy={exporting.busy && which === format}
          disabled={exporting.busy || nothing}
          onClick={() => void exporting.run(format)}
        >
          {format === "csv" ? t("history-export-csv") : t("history-export-json")}
        </BusyButton>
      ))}
      <span class="muted history-export-hint">{t("history-export-hint")}</span>
      <div class="history-export-result" aria-live="polite">
        {done && (
          <p class="notice info" data-testid="history-exported" data-rows={done.rows}>
            {t("history-exported", { count: done.rows, path: done.path })}
            {done.truncated && ` ${t("history-exported-truncated", { count: done.rows })}`}
          </p>
        )}
        {exporting.error && (
          <p class="notice error" role="alert" data-code={exporting.error.code}>
            {t("history-export-error", { error: deskErrorText(exporting.error) })}
          </p>
        )}
      </div>
    </div>
  );
}
