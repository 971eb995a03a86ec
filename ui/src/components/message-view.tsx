/**
 * A broadcast as a chat client shows it to viewers: the sender's avatar and name, each element of
 * MsgBody in order — text and faces as bubbles, a location or custom data as a card, an image, sound,
 * file or video as a card naming each file with its size and URL — and CloudCustomData under it. The
 * sandbox shows what its viewers received with this, and the composer's preview will show a draft
 * with it, so a producer sees one look in both places.
 *
 * Not here: whether a body is valid or fits (Rust's message rules), and no media is loaded: the app's
 * CSP allows no remote image, and neither a preview nor the sandbox should reach out to a CDN.
 */
import type { ComponentChildren } from "preact";
import type { MsgElement } from "../bindings/MsgElement";
import { formatBytes, t } from "../i18n";
import { AttachmentIcon, PinIcon } from "../icons";

export function MessageView({
  body,
  from,
  cloudCustomData,
  meta,
}: {
  body: MsgElement[];
  /** The account viewers see as the sender; without it there is no avatar and no name line. */
  from?: string | undefined;
  cloudCustomData?: string | null | undefined;
  /** More for the name line, after the sender (the sandbox puts when it arrived and its MsgSeq there). */
  meta?: ComponentChildren;
}) {
  return (
    <div class="message" data-testid="message-view">
      {from !== undefined && (
        <span class="avatar" aria-hidden="true">
          {from.charAt(0).toUpperCase() || "?"}
        </span>
      )}
      <div class="message-main">
        {(from !== undefined || meta !== undefined) && (
          <div class="message-meta">
            {from !== undefined && <span class="message-from">{from}</span>}
            {meta}
          </div>
        )}
        <div class="elements">
          {body.length === 0 && <p class="muted">{t("message-empty")}</p>}
          {body.map((el) => (
            <Element element={el} />
          ))}
        </div>
        {cloudCustomData !== undefined && cloudCustomData !== null && cloudCustomData !== "" && (
          <p class="cloud-data">
            <span class="muted">{t("message-cloud-custom-data")}</span> <span class="mono">{cloudCustomData}</span>
          </p>
        )}
      </div>
    </div>
  );
}

function Element({ element }: { element: MsgElement }) {
  switch (element.MsgType) {
    case "TIMTextElem":
      return (
        <p class="bubble" data-element="text">
          {element.MsgContent.Text}
        </p>
      );
    case "TIMFaceElem":
      return (
        <p class="bubble face" data-element="face">
          <span aria-hidden="true">🙂</span> {t("message-face", { index: String(element.MsgContent.Index) })}
          {element.MsgContent.Data && <span class="mono small"> {element.MsgContent.Data}</span>}
        </p>
      );
    case "TIMLocationElem": {
      const { Desc, Latitude, Longitude } = element.MsgContent;
      return (
        <div class="element-card" data-element="location">
          <PinIcon size={18} />
          <div>
            <p class="element-title">{Desc || t("message-location")}</p>
            <p class="mono small">
              {Latitude.toFixed(5)}, {Longitude.toFixed(5)}
            </p>
          </div>
        </div>
      );
    }
    case "TIMCustomElem": {
      const c = element.MsgContent;
      return (
        <div class="element-card custom" data-element="custom">
          <span class="element-kind">{t("message-custom")}</span>
          <dl class="element-fields">
            {c.Desc !== undefined && (
              <>
                <dt>{t("message-custom-desc")}</dt>
                <dd>{c.Desc}</dd>
              </>
            )}
            <dt>{t("message-custom-data")}</dt>
            <dd class="mono">{c.Data}</dd>
            {c.Ext !== undefined && (
              <>
                <dt>{t("message-custom-ext")}</dt>
                <dd class="mono">{c.Ext}</dd>
              </>
            )}
            {c.Sound !== undefined && (
              <>
                <dt>{t("message-custom-sound")}</dt>
                <dd class="mono">{c.Sound}</dd>
              </>
            )}
          </dl>
        </div>
      );
    }
    case "TIMImageElem": {
      const img = element.MsgContent;
      // Remote images stay unloaded (see the module comment): the card names each size and its URL instead.
      return (
        <MediaCard kind={t("message-image")} element="image" detail={t("message-image-uuid", { uuid: img.UUID })}>
          {img.ImageInfoArray.map((i) => (
            <li>
              <span>
                {t("message-image-size", {
                  type: imageTypeText(i.Type),
                  width: String(i.Width),
                  height: String(i.Height),
                  size: formatBytes(i.Size),
                })}
              </span>
              <span class="mono url">{i.URL}</span>
            </li>
          ))}
        </MediaCard>
      );
    }
    case "TIMSoundElem": {
      const s = element.MsgContent;
      return (
        <MediaCard kind={t("message-audio")} element="sound" detail={t("message-audio-detail", { seconds: s.Second, size: formatBytes(s.Size) })}>
          <li>
            <span class="mono url">{s.Url}</span>
          </li>
        </MediaCard>
      );
    }
    case "TIMFileElem": {
      const f = element.MsgContent;
      return (
        <MediaCard kind={t("message-file")} element="file" detail={t("message-file-detail", { name: f.FileName, size: formatBytes(f.FileSize) })}>
          <li>
            <span class="mono url">{f.Url}</span>
          </li>
        </MediaCard>
      );
    }
    case "TIMVideoFileElem": {
      const v = element.MsgContent;
      return (
        <MediaCard
          kind={t("message-video")}
          element="video"
          detail={t("message-video-detail", { seconds: v.VideoSecond, format: v.VideoFormat, size: formatBytes(v.VideoSize) })}
        >
          <li>
            <span>{t("message-video")}</span>
            <span class="mono url">{v.VideoUrl}</span>
          </li>
          <li>
            <span>{t("message-video-thumbnail", { width: String(v.ThumbWidth), height: String(v.ThumbHeight) })}</span>
            <span class="mono url">{v.ThumbUrl}</span>
          </li>
        </MediaCard>
      );
    }
  }
}

/** Tencent's image types: 1 original, 2 large, 3 thumbnail; any other number as it is. */
function imageTypeText(type: number): string {
  switch (type) {
    case 1:
      return t("message-image-original");
    case 2:
      return t("message-image-large");
    case 3:
      return t("message-image-thumbnail");
    default:
      return t("message-image-type", { type: String(type) });
  }
}

function MediaCard(props: { kind: string; element: string; detail: string; children: ComponentChildren }) {
  return (
    <div class="element-card media" data-element={props.element}>
      <AttachmentIcon size={18} />
      <div class="media-body">
        <p class="element-title">
          <span class="element-kind">{props.kind}</span> {props.detail}
        </p>
        <ul class="media-urls">{props.children}</ul>
      </div>
    </div>
  );
}
