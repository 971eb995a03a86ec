/**
 * The Sandbox view: a stand-in for Tencent running inside the app, a quick way to send through it, and
 * what its viewers received — rendered as a chat client would, element by element — so a producer can
 * learn the app, and see a message's look, with no Tencent account and nobody watching.
 *
 * Not here: how a message looks (components/message-view.tsx, shared with the composer's preview).
 */
import { useEffect, useState } from "preact/hooks";
import type { SandboxDelivery } from "../ipc";
import { useAction } from "../hooks";
import { SandboxIcon, SendIcon } from "../icons";
import { BusyButton } from "../components/busy-button";
import { MessageView } from "../components/message-view";
import { ProfileChip } from "../components/profile-chip";
import { SendResult, useSender } from "../components/send-result";
import { profilesStore, sandboxEntry, startSandbox } from "../state/profiles";
import { deliveriesStore, sandboxInfoStore, syncSandbox } from "../state/sandbox";
import { useStore } from "../state/store";
import { attr, formatList, formatTime, rich, t } from "../i18n";
import { deskErrorText } from "../texts/rust";

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
        <p>{rich("sandbox-banner", {}, { sandbox: <strong>{t("view-sandbox")}</strong> })}</p>
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
      <h2>{t("sandbox-open-title")}</h2>
      <p class="muted">{t("sandbox-open-body")}</p>
      <BusyButton
        class="button primary"
        testId="open-sandbox"
        busy={busy}
        icon={<SandboxIcon size={16} />}
        onClick={() => void open()}
      >
        {t("sandbox-open-button")}
      </BusyButton>
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          {deskErrorText(error)}
        </p>
      )}
    </div>
  );
}

function QuickSend({ profileId }: { profileId: string }) {
  const { overview } = useStore(profilesStore);
  const info = useStore(sandboxInfoStore);
  const profile = overview?.profiles.find((e) => e.profile.id === profileId)?.profile ?? null;
  // An example in the window's language when the view opens; the producer's own text from then on.
  const [text, setText] = useState(() => t("sandbox-example-message"));
  const [from, setFrom] = useState<string | null>(null);
  const accounts = info?.accounts ?? [];
  const sender = from ?? profile?.defaultFromAccount ?? info?.admin ?? "";
  const sending = useSender();
  const busy = sending.busy;

  const send = (e: Event) => {
    e.preventDefault();
    void sending.send(profileId, {
      ...(sender !== "" ? { From_Account: sender } : {}),
      MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: text } }],
    });
  };

  return (
    <form class="card quick-send" onSubmit={send} aria-labelledby="quick-send-title">
      <div class="card-head stacked">
        <h2 id="quick-send-title">{t("sandbox-send-title")}</h2>
        {profile && <p class="via">{rich("sandbox-send-through", {}, { profile: <ProfileChip profile={profile} badge={false} /> })}</p>}
      </div>
      <label class="label" for="sandbox-text">
        {t("sandbox-message")}
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
            {t("sandbox-from")}
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
          busyLabel={t("sandbox-sending")}
        >
          {t("sandbox-send")}
        </BusyButton>
      </div>
      <div aria-live="polite">
        <SendResult sender={sending} />
      </div>
    </form>
  );
}

function SandboxFacts() {
  const info = useStore(sandboxInfoStore);
  if (!info) return null;
  return (
    <div class="card">
      <h2 class="card-title">{t("sandbox-facts-title")}</h2>
      <dl class="facts compact" data-testid="sandbox-info">
        <dt>{t("sandbox-facts-address")}</dt>
        <dd class="mono">{info.baseUrl}</dd>
        <dt>{t("profiles-sdkappid")}</dt>
        <dd class="mono">{info.sdkappid}</dd>
        <dt>{t("profiles-admin")}</dt>
        <dd class="mono">{info.admin}</dd>
        <dt>{t("sandbox-facts-accounts")}</dt>
        <dd class="mono">{formatList(info.accounts)}</dd>
      </dl>
    </div>
  );
}

function Deliveries() {
  const { items, loaded, error } = useStore(deliveriesStore);
  return (
    <section class="card deliveries" aria-labelledby="deliveries-title">
      <div class="card-head">
        <h2 id="deliveries-title">{t("sandbox-deliveries-title")}</h2>
        <span class="muted small">{t("sandbox-deliveries-count", { count: items.length })}</span>
      </div>
      {error && (
        <p class="notice error" role="alert" data-code={error.code}>
          {t("sandbox-deliveries-error", { error: deskErrorText(error) })}
        </p>
      )}
      {loaded && items.length === 0 && !error && (
        <p class="muted deliveries-empty">{t("sandbox-deliveries-empty")}</p>
      )}
      <ol class="delivery-list" aria-label={attr("sandbox-deliveries", "aria-label")}>
        {items.map((d) => (
          <Delivery key={d.msgSeq} delivery={d} />
        ))}
      </ol>
    </section>
  );
}

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
            <time dateTime={at.toISOString()}>{formatTime(at)}</time>
            <span class="muted">{t("sandbox-delivery-msg-seq", { msgSeq: String(delivery.msgSeq) })}</span>
          </>
        }
      />
    </li>
  );
}
