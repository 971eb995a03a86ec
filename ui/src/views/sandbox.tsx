/**
 * The Sandbox view: a stand-in for Tencent running inside the app, a quick way to send through it, and
 * what its viewers received — rendered as a chat client would, element by element — so a producer can
 * learn the app, and see a message's look, with no Tencent account and nobody watching.
 *
 * Not here: how a message looks (components/message-view.tsx, shared with the composer's preview).
 */
import { useEffect, useState } from "preact/hooks";
import { sendBroadcast, type DeskError, type SandboxDelivery, type SendOutcome } from "../ipc";
import { useAction, useLive } from "../hooks";
import { SandboxIcon, SendIcon } from "../icons";
import { BusyButton } from "../components/busy-button";
import { MessageView } from "../components/message-view";
import { ProfileChip } from "../components/profile-chip";
import { profilesStore, sandboxEntry, startSandbox } from "../state/profiles";
import { deliveriesStore, sandboxInfoStore, syncSandbox } from "../state/sandbox";
import { useStore } from "../state/store";

const EXAMPLE = "Welcome to tonight's show! 🎬";

export function SandboxView() {
  const { overview } = useStore(profilesStore);
  const sandbox = sandboxEntry(overview);

  useEffect(() => {
    void syncSandbox();
  }, []);

  return (
    <section class="sandbox">
      <div class="sandbox-banner" role="note">
        <SandboxIcon size={20} />
        <p>
          <strong>Sandbox</strong> — messages go to a stand-in for Tencent running on this computer; no viewer sees
          them.
        </p>
      </div>
      {sandbox ? (
        <div class="sandbox-grid">
          <div class="sandbox-side">
            <QuickSend profileId={sandbox.profile.id} />
            <SandboxFacts />
          </div>
          <Deliveries />
        </div>
      ) : (
        <OpenSandbox />
      )}
    </section>
  );
}

function OpenSandbox() {
  const { run: open, busy, error } = useAction(startSandbox);
  return (
    <div class="card center-card">
      <h2>Open the sandbox</h2>
      <p class="muted">
        Adds a built-in “Sandbox” profile and makes it the one you send through. It needs no Tencent account and
        nothing leaves this computer.
      </p>
      <BusyButton
        class="button primary"
        testId="open-sandbox"
        busy={busy}
        icon={<SandboxIcon size={16} />}
        onClick={() => void open()}
      >
        Open the sandbox
      </BusyButton>
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          {error.message}
        </p>
      )}
    </div>
  );
}

type SendResult = { kind: "outcome"; outcome: SendOutcome } | { kind: "error"; error: DeskError };

function QuickSend({ profileId }: { profileId: string }) {
  const { overview } = useStore(profilesStore);
  const info = useStore(sandboxInfoStore);
  const profile = overview?.profiles.find((e) => e.profile.id === profileId)?.profile ?? null;
  const [text, setText] = useState(EXAMPLE);
  const [from, setFrom] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const accounts = info?.accounts ?? [];
  const sender = from ?? profile?.defaultFromAccount ?? info?.admin ?? "";
  const live = useLive();
  // useAction ignores a second click that lands before the re-render that disables the button, so a
  // double click never sends twice.
  const sending = useAction(async () => {
    setOutcome(null);
    const answer = await sendBroadcast(profileId, {
      ...(sender !== "" ? { From_Account: sender } : {}),
      MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: text } }],
    });
    if (live.current) setOutcome(answer);
  });
  const busy = sending.busy;
  const result: SendResult | null = sending.error
    ? { kind: "error", error: sending.error }
    : outcome && { kind: "outcome", outcome };

  const send = (e: Event) => {
    e.preventDefault();
    void sending.run();
  };

  return (
    <form class="card quick-send" onSubmit={send} aria-labelledby="quick-send-title">
      <div class="card-head stacked">
        <h2 id="quick-send-title">Send a test broadcast</h2>
        {profile && (
          <p class="via">
            Through <ProfileChip profile={profile} badge={false} />
          </p>
        )}
      </div>
      <label class="label" for="sandbox-text">
        Message
      </label>
      <textarea
        id="sandbox-text"
        data-testid="sandbox-text"
        rows={3}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void send(e);
        }}
      />
      <div class="quick-send-row">
        <div class="field inline">
          <label class="label" for="sandbox-from">
            From
          </label>
          <select id="sandbox-from" data-testid="sandbox-from" value={sender} onChange={(e) => setFrom(e.currentTarget.value)}>
            {accounts.length === 0 && sender !== "" && <option value={sender}>{sender}</option>}
            {accounts.map((a) => (
              <option value={a}>{a}</option>
            ))}
          </select>
        </div>
        <BusyButton
          type="submit"
          class="button primary"
          testId="sandbox-send"
          busy={busy}
          icon={<SendIcon size={16} />}
          busyLabel="Sending…"
        >
          Send
        </BusyButton>
      </div>
      <div aria-live="polite">{result && <SendResultView result={result} />}</div>
    </form>
  );
}

function SendResultView({ result }: { result: SendResult }) {
  if (result.kind === "error") {
    const { error } = result;
    const problems = error.report?.errors ?? [];
    return (
      <div class="send-result bad" data-testid="send-result" data-ok="false" data-code={error.code} role="alert">
        <p class="result-title">Not sent: {error.message}</p>
        {problems.length > 0 && (
          <ul>
            {problems.map((p) => (
              <li>{p.message}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const { outcome } = result;
  if (outcome.class === "OK") {
    return (
      <div class="send-result good" data-testid="send-result" data-ok="true">
        <p class="result-title">
          Delivered · MsgSeq {outcome.msgSeq ?? "—"} · {outcome.elapsedMs} ms
        </p>
      </div>
    );
  }
  return (
    <div class="send-result bad" data-testid="send-result" data-ok="false" data-class={outcome.class} role="alert">
      <p class="result-title">{outcome.explanation.title}</p>
      <p>{outcome.explanation.remedy}</p>
      {outcome.code !== null && outcome.code !== 0 && (
        <p class="result-meta">
          <span class="code-pill">Tencent error {outcome.code}</span>
        </p>
      )}
    </div>
  );
}

function SandboxFacts() {
  const info = useStore(sandboxInfoStore);
  if (!info) return null;
  return (
    <div class="card">
      <h2 class="card-title">How the sandbox is set up</h2>
      <dl class="facts compact" data-testid="sandbox-info">
        <dt>Address</dt>
        <dd class="mono">{info.baseUrl}</dd>
        <dt>SDKAppID</dt>
        <dd class="mono">{info.sdkappid}</dd>
        <dt>Admin</dt>
        <dd class="mono">{info.admin}</dd>
        <dt>Accounts</dt>
        <dd class="mono">{info.accounts.join(", ")}</dd>
      </dl>
    </div>
  );
}

function Deliveries() {
  const { items, loaded, error } = useStore(deliveriesStore);
  return (
    <section class="card deliveries" aria-labelledby="deliveries-title">
      <div class="card-head">
        <h2 id="deliveries-title">What viewers see</h2>
        <span class="muted small">{items.length === 1 ? "1 broadcast" : `${items.length} broadcasts`}</span>
      </div>
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          Couldn't read the deliveries: {error.message}
        </p>
      )}
      {loaded && items.length === 0 && !error && (
        <p class="muted deliveries-empty">Nothing delivered yet. Send a test broadcast and it appears here.</p>
      )}
      <ol class="delivery-list" aria-label="Deliveries, newest first">
        {items.map((d) => (
          <Delivery key={d.msgSeq} delivery={d} />
        ))}
      </ol>
    </section>
  );
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });

function Delivery({ delivery }: { delivery: SandboxDelivery }) {
  const at = new Date(delivery.receivedAt);
  return (
    <li data-testid="sandbox-delivery" data-msg-seq={delivery.msgSeq}>
      <MessageView
        body={delivery.msgBody}
        from={delivery.fromAccount}
        cloudCustomData={delivery.cloudCustomData}
        meta={
          <>
            <time dateTime={at.toISOString()}>{timeFormat.format(at)}</time>
            <span class="muted">MsgSeq {delivery.msgSeq}</span>
          </>
        }
      />
    </li>
  );
}
