/**
 * A broadcast's outcome, the one way the window shows it wherever it sends (the sandbox's quick send
 * today, the composer later), in the needs-attention list and in History. Three outcomes, never
 * blurred: **sent** (with MsgSeq and how long it took), **not sent** (why, and what to do; or that it
 * was cancelled), and **outcome unknown**, which only the producer can settle: the facts (attempts,
 * last error, Random, first attempt) and exactly two decisions — mark it delivered, or send it again
 * as a new message after a confirmation. While it waits for its turn it is **queued**, with Cancel.
 *
 * Not here: deciding any of it (Rust answers the outcome; `state/outbox.ts` carries the calls) or
 * composing the message (the caller's).
 */
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import {
  broadcastDetails,
  linePlace,
  toDeskError,
  type DeskError,
  type Draft,
  type ErrorClass,
  type LinePlace,
  type OutboxEntry,
  type Sent,
} from "../ipc";
import { useAction, useLive } from "../hooks";
import { cancel, resolve, send, sendAgain } from "../state/outbox";
import { classText } from "../format";
import { AlertIcon } from "../icons";
import { BusyButton } from "./busy-button";
import { ConfirmDialog } from "./dialog";
import { formatDateTime, t } from "../i18n";
import { deskErrorText, explanationText, problemText } from "../texts/rust";

/** Where one send stands: written down and waiting (cancellable), ended with an outcome, or refused
 * before anything was attempted (an invalid message, no key, cancelled). */
export type SendState =
  | { kind: "queued"; outboxId: string }
  | { kind: "ended"; sent: Sent }
  | { kind: "failed"; error: DeskError };

export type Sender = {
  state: SendState | null;
  busy: boolean;
  send: (profileId: string, draft: Draft) => Promise<void>;
  /** Sends an ended broadcast again as a new message, shown as this sender's send. */
  sendAgain: (outboxId: string) => Promise<void>;
  /** Cancels the queued send; a refusal (`NOT_QUEUED`: it already left) stays shown with the outcome. */
  cancel: () => Promise<void>;
  cancelling: boolean;
  cancelError: DeskError | null;
};

/** One send at a time, through the outbox, with its state for `SendResult`. `emergency` sends ahead
 * of this window's queued broadcasts (the emergency panel's sender). */
export function useSender({ emergency = false }: { emergency?: boolean } = {}): Sender {
  const [state, setState] = useState<SendState | null>(null);
  const [cancelError, setCancelError] = useState<DeskError | null>(null);
  const live = useLive();
  // useAction ignores a second click that lands before the re-render that disables the button, so a
  // double click never sends twice.
  const sending = useAction(async (start: (onQueued: (outboxId: string) => void) => Promise<Sent>) => {
    setState(null);
    setCancelError(null);
    try {
      const sent = await start((outboxId) => {
        // The answer may overtake the channel's message; an outcome is never replaced by "queued".
        if (live.current) setState((s) => (s === null ? { kind: "queued", outboxId } : s));
      });
      if (live.current) setState({ kind: "ended", sent });
    } catch (raw) {
      if (live.current) setState({ kind: "failed", error: toDeskError(raw) });
    }
  });
  const cancelling = useAction(async () => {
    if (state?.kind !== "queued") return;
    try {
      await cancel(state.outboxId);
    } catch (raw) {
      if (live.current) setCancelError(toDeskError(raw));
    }
  });
  return {
    state,
    busy: sending.busy,
    send: (profileId, draft) => sending.run((onQueued) => send(profileId, draft, onQueued, emergency)),
    sendAgain: (outboxId) => sending.run((onQueued) => sendAgain(outboxId, onQueued)),
    cancel: cancelling.run,
    cancelling: cancelling.busy,
    cancelError,
  };
}

/** The outcome of the send `sender` runs (nothing before the first one). */
export function SendResult({ sender }: { sender: Sender }) {
  const { state } = sender;
  if (!state) return null;
  const refusal = sender.cancelError && <CancelRefused error={sender.cancelError} />;
  if (state.kind === "queued") {
    return <QueuedView outboxId={state.outboxId} cancelling={sender.cancelling} onCancel={() => void sender.cancel()} refusal={refusal} />;
  }
  if (state.kind === "failed") {
    return (
      <>
        <FailedView error={state.error} />
        {refusal}
      </>
    );
  }
  return (
    <>
      <EndedView sent={state.sent} />
      {refusal}
    </>
  );
}

/** How often a queued send's place is read again: its countdown is in seconds. */
const PLACE_EVERY_MS = 1_000;

/** The queued broadcast's place in its line, read from Rust every second while shown (other sends,
 * this window's or bdesk's, move it); null before the first answer and once it has left. */
function useLinePlace(outboxId: string | undefined): LinePlace | null {
  const [place, setPlace] = useState<LinePlace | null>(null);
  useEffect(() => {
    if (!outboxId) return;
    let stopped = false;
    const read = () =>
      linePlace(outboxId)
        .then((p) => !stopped && setPlace(p))
        // A failed read leaves the last place shown; the send's own answer still comes.
        .catch(() => undefined);
    void read();
    const timer = setInterval(() => void read(), PLACE_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [outboxId]);
  return place;
}

/** Written down and waiting for its turn: where it stands in the line, and it can still be cancelled.
 * `refusal` is why a cancel came too late, when it did. */
export function QueuedView({
  outboxId,
  cancelling,
  onCancel,
  refusal,
}: {
  outboxId?: string;
  cancelling: boolean;
  onCancel: () => void;
  refusal?: ComponentChildren;
}) {
  const place = useLinePlace(outboxId);
  const secs = place ? Math.max(0, Math.ceil((place.leavesAt - Date.now()) / 1000)) : 0;
  return (
    <div class="send-result waiting" data-testid="send-result" data-delivery="queued">
      <p class="result-title">{t("send-result-queued")}</p>
      {place && (
        <p data-testid="line-place" data-ahead={place.ahead}>
          {t("send-result-queued-place", { ahead: place.ahead, secs })}
        </p>
      )}
      <p class="muted">{t("send-result-queued-hint")}</p>
      <div class="result-actions">
        <BusyButton class="button small" testId="cancel-send" busy={cancelling} busyLabel={t("send-result-cancelling")} onClick={onCancel}>
          {t("send-result-cancel")}
        </BusyButton>
      </div>
      {refusal}
    </div>
  );
}

/** Why a cancel came too late (`NOT_QUEUED`: it had already left), in Rust's catalogue words. */
export function CancelRefused({ error }: { error: DeskError }) {
  return (
    <p class="notice warning" role="alert" data-testid="cancel-refused" data-code={error.code}>
      {deskErrorText(error)}
    </p>
  );
}

/** Nothing was attempted: Rust refused the send, or it was cancelled before it left. */
function FailedView({ error }: { error: DeskError }) {
  const problems = error.report?.errors ?? [];
  const cancelled = error.code === "CANCELLED";
  return (
    <div
      class="send-result bad"
      data-testid="send-result"
      data-ok="false"
      data-delivery="notSent"
      data-cancelled={cancelled ? "true" : undefined}
      data-code={error.code}
      role="alert"
    >
      <p class="result-title">{cancelled ? t("send-result-cancelled") : t("send-result-not-sent")}</p>
      <p>{deskErrorText(error)}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li>{problemText(p)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A send's end, as Rust answered it. */
export function EndedView({ sent }: { sent: Sent }) {
  switch (sent.delivery) {
    case "sent":
      return (
        <div class="send-result good" data-testid="send-result" data-ok="true" data-delivery="sent">
          <p class="result-title">
            {t("send-result-sent", { msgSeq: sent.msgSeq === null ? "—" : String(sent.msgSeq), elapsedMs: sent.elapsedMs })}
          </p>
        </div>
      );
    case "unknown":
      return <UnknownFromSent sent={sent} />;
    case "notSent":
    case "queued":
    case "sending": {
      // A send answers only once it has ended; "queued"/"sending" cannot come back from one.
      const words = explanationText(sent.explanation);
      return (
        <div class="send-result bad" data-testid="send-result" data-ok="false" data-delivery={sent.delivery} data-class={sent.class} role="alert">
          <p class="result-title">{t("send-result-not-sent")}</p>
          <p>{words.title}</p>
          {words.remedy && <p>{words.remedy}</p>}
          {sent.code !== null && sent.code !== 0 && (
            <p class="result-meta">
              <span class="code-pill">{t("tencent-error-code", { code: String(sent.code) })}</span>
            </p>
          )}
        </div>
      );
    }
  }
}

/** The facts the producer decides an unknown outcome by. */
export type UnknownFacts = {
  outboxId: string;
  attempts: number;
  random: number;
  /** Unix milliseconds; null until known. */
  firstAttemptAt: number | null;
  lastClass: ErrorClass | null;
  lastCode: number | null;
  lastInfo: string | null;
  /** The last answer in words, when the send's own answer is at hand (History has only the class). */
  lastTitle?: string | undefined;
};

export function factsOf(entry: OutboxEntry): UnknownFacts {
  return {
    outboxId: entry.id,
    attempts: entry.attempts,
    random: entry.random,
    firstAttemptAt: entry.firstAttemptAt,
    lastClass: entry.lastClass,
    lastCode: entry.lastCode,
    lastInfo: entry.lastInfo,
  };
}

/** An unknown outcome just answered: the send's own facts, and the first attempt's time from its row. */
function UnknownFromSent({ sent }: { sent: Sent }) {
  const [firstAttemptAt, setFirstAttemptAt] = useState<number | null>(null);
  const live = useLive();
  useEffect(() => {
    broadcastDetails(sent.outboxId).then(
      (d) => live.current && setFirstAttemptAt(d.entry.firstAttemptAt),
      // Without it the time is left out; the decisions do not need it.
      () => undefined,
    );
  }, [sent.outboxId]);
  return (
    <UnknownOutcome
      facts={{
        outboxId: sent.outboxId,
        attempts: sent.attempts,
        random: sent.random,
        firstAttemptAt,
        lastClass: sent.class,
        lastCode: sent.code,
        lastInfo: sent.info,
        // Only the title: the remedy of a lost answer ("sending the same message again within 5
        // minutes is safe") is what the pipeline already did; what remains is the producer's decision.
        lastTitle: explanationText(sent.explanation).title,
      }}
    />
  );
}

type Decision = { kind: "delivered" } | { kind: "sentAgain"; sent: Sent | null };

/**
 * An outcome only the producer can settle: what is known, and the two decisions. Sending again asks
 * first, since it goes out as a new message that viewers may see twice. After a decision it says what
 * the decision did; a list that shows it keeps it mounted until the producer moves on, though Rust no
 * longer lists it as open.
 */
export function UnknownOutcome({ facts }: { facts: UnknownFacts }) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [confirming, setConfirming] = useState(false);
  const live = useLive();
  const decided = (d: Decision) => {
    if (live.current) setDecision(d);
  };
  const marking = useAction(async () => {
    await resolve(facts.outboxId, "delivered");
    decided({ kind: "delivered" });
  });

  return (
    <div class="send-result unknown" data-testid="send-result" data-ok="false" data-delivery="unknown" data-outbox-id={facts.outboxId}>
      <p class="result-title">
        <AlertIcon size={16} />
        {t("send-result-unknown")}
      </p>
      <p>{t("send-result-unknown-body")}</p>
      <dl class="facts compact outcome-facts" data-testid="unknown-facts">
        <dt>{t("fact-attempts")}</dt>
        <dd data-fact="attempts">{facts.attempts}</dd>
        <dt>{t("fact-last-error")}</dt>
        <dd data-fact="last-error">
          <LastError facts={facts} />
        </dd>
        <dt>{t("fact-random")}</dt>
        <dd class="mono" data-fact="random">
          {String(facts.random)}
        </dd>
        {facts.firstAttemptAt !== null && (
          <>
            <dt>{t("fact-first-attempt")}</dt>
            <dd data-fact="first-attempt">
              <time dateTime={new Date(facts.firstAttemptAt).toISOString()}>{formatDateTime(facts.firstAttemptAt, FULL_TIME)}</time>
            </dd>
          </>
        )}
      </dl>
      {decision === null ? (
        <>
          <div class="result-actions">
            <BusyButton class="button small" testId="mark-delivered" busy={marking.busy} onClick={() => void marking.run()}>
              {t("outcome-mark-delivered")}
            </BusyButton>
            <button type="button" class="button small" data-testid="send-again" disabled={marking.busy} onClick={() => setConfirming(true)}>
              {t("outcome-send-again")}
            </button>
          </div>
          {marking.error && (
            <p class="notice error" role="alert" data-code={marking.error.code}>
              {deskErrorText(marking.error)}
            </p>
          )}
        </>
      ) : (
        <DecisionView decision={decision} />
      )}
      {confirming && (
        <ConfirmDialog
          title={t("outcome-send-again-title")}
          confirmLabel={t("outcome-send-again-confirm")}
          testId="confirm-send-again"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const again = await resolve(facts.outboxId, "sentAgain");
            decided({ kind: "sentAgain", sent: again });
          }}
        >
          <p>{t("outcome-send-again-body")}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function DecisionView({ decision }: { decision: Decision }) {
  if (decision.kind === "delivered") {
    return (
      <p class="decision" role="status" data-testid="decision" data-decision="delivered">
        {t("outcome-marked-delivered")}
      </p>
    );
  }
  return (
    <div class="decision" data-testid="decision" data-decision="sentAgain">
      <p role="status">{t("outcome-sent-again")}</p>
      {decision.sent && <EndedView sent={decision.sent} />}
    </div>
  );
}

/** The last answer: in words when known, else its kind; Tencent's code and text beside it. */
export function LastError({ facts }: { facts: Pick<UnknownFacts, "lastClass" | "lastCode" | "lastInfo" | "lastTitle"> }) {
  const words = facts.lastTitle ?? (facts.lastClass ? classText(facts.lastClass) : "—");
  return (
    <>
      <span>{words}</span>
      {facts.lastCode !== null && facts.lastCode !== 0 && (
        <span class="code-pill">{t("tencent-error-code", { code: String(facts.lastCode) })}</span>
      )}
      {facts.lastInfo && <span class="result-detail mono">{facts.lastInfo}</span>}
    </>
  );
}

/** Date and time to the second: in a live show, seconds tell two sends apart. */
export const FULL_TIME: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "medium" };
