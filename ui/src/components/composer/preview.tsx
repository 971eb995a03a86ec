/**
 * The composer's preview: the message as viewers will see it (the same MessageView the sandbox shows
 * deliveries with), who will see it, and the exact request a send would make through the active
 * profile — host, path, query without the UserSig, and the body — as Rust writes it (`message_preview`).
 *
 * Not here: whether the message is valid (the view shows the preview of a message Rust found valid) or
 * sending it.
 */
import { Component, type ComponentChildren } from "preact";
import type { DeskError, Draft, RequestPreview } from "../../ipc";
import { formatNumber, t } from "../../i18n";
import { indentJson } from "../../format";
import { deskErrorText } from "../../texts/rust";
import { MessageView } from "../message-view";
import { useStore } from "../../state/store";
import { limitsStore } from "../../state/limits";

export function Preview({
  draft,
  from,
  request,
  requestError,
}: {
  /** The message Rust found valid, or null while there is none to show. */
  draft: Draft | null;
  /** Who viewers see it from: the body's From_Account, else the profile's default sender or admin. */
  from: string;
  request: RequestPreview | null;
  requestError: DeskError | null;
}) {
  // The SDK versions are Tencent's facts, kept in Rust (`RECEIVING_SDK_*`); the compose view loads them.
  const limits = useStore(limitsStore);
  return (
    <section class="card compose-preview" aria-labelledby="compose-preview-title" data-testid="compose-preview">
      <h2 id="compose-preview-title" class="card-title">
        {t("compose-preview-title")}
      </h2>
      <p class="audience" data-testid="audience">
        {t("compose-audience")}
        {limits && (
          <>
            {" "}
            {t("compose-audience-sdk", { native: limits.receivingSdkNative, web: limits.receivingSdkWeb })}
          </>
        )}
      </p>
      {draft ? (
        <Contained resetKey={draft}>
          <MessageView body={draft.MsgBody} from={draft.From_Account ?? from} cloudCustomData={draft.CloudCustomData} />
        </Contained>
      ) : (
        <p class="muted" data-testid="preview-waiting">
          {t("compose-preview-waiting")}
        </p>
      )}
      <div class="request" data-testid="request-preview">
        <h3 class="label">{t("compose-request-title")}</h3>
        {requestError ? (
          <p class="notice error" data-code={requestError.code}>
            {t("compose-request-error", { error: deskErrorText(requestError) })}
          </p>
        ) : request && draft ? (
          <>
            <p class="request-line mono" data-testid="request-host">
              <span class="request-method">{request.method}</span> {request.host + request.path}
            </p>
            <p class="hint">{t("compose-request-query", { query: request.query })}</p>
            <details class="request-body">
              <summary>{t("compose-request-body", { bytes: formatNumber(request.bytes) })}</summary>
              <pre class="body-json" data-testid="request-body">{indentJson(request.body)}</pre>
              <p class="hint">{t("compose-request-random")}</p>
            </details>
          </>
        ) : (
          <p class="muted">{t("compose-preview-waiting")}</p>
        )}
      </div>
    </section>
  );
}

/**
 * The preview draws only what Rust found valid, so its elements have every field MessageView reads;
 * should one still fail to draw, the preview says so rather than taking the form down with it (a
 * render error would unmount the whole composer, and the producer's half-written message with it).
 * A new draft tries again.
 */
class Contained extends Component<{ resetKey: unknown; children: ComponentChildren }, { failedFor: unknown }> {
  override state = { failedFor: undefined as unknown };

  override componentDidCatch() {
    this.setState({ failedFor: this.props.resetKey });
  }

  override render() {
    if (this.state.failedFor !== undefined && this.state.failedFor === this.props.resetKey) {
      return <p class="muted">{t("compose-preview-failed")}</p>;
    }
    return this.props.children;
  }
}
