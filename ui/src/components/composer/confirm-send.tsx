/**
 * The last look before a broadcast leaves: which app it goes to (the profile's colour and name, marked
 * when it is the sandbox, and the region or endpoint host), who it comes from, and what it holds.
 * Enter sends (the producer reviewed it and asked for this step); Esc or Cancel goes back to the form.
 *
 * Not here: sending (the caller's, through the outbox) or the outcome (SendResult, in place).
 */
import type { Draft, Profile, RegionInfo } from "../../ipc";
import { formatList, formatNumber, rich, t } from "../../i18n";
import { regionName } from "../../format";
import { ConfirmDialog } from "../dialog";
import { ProfileChip } from "../profile-chip";
import { typeName } from "./element-card";

/** Where a profile's broadcasts go, as the producer knows it: the region and its host, or the host of
 * the endpoint URL. */
export function targetHost(profile: Profile, regions: readonly RegionInfo[] | null): string {
  const { target } = profile;
  if (target.kind === "region") {
    const host = regions?.find((r) => r.id === target.region)?.primaryHost;
    const name = regionName(target.region, regions);
    return host ? t("compose-confirm-region", { region: name, host }) : name;
  }
  try {
    return new URL(target.url).host;
  } catch {
    return target.url;
  }
}

export function ConfirmSend({
  profile,
  regions,
  draft,
  from,
  bytes,
  limit,
  onConfirm,
  onClose,
}: {
  profile: Profile;
  regions: readonly RegionInfo[] | null;
  draft: Draft;
  from: string;
  bytes: number;
  limit: number;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const text = draft.MsgBody.find((e) => e.MsgType === "TIMTextElem");
  return (
    <ConfirmDialog
      title={t("compose-confirm-title")}
      confirmLabel={t("compose-confirm-send")}
      testId="confirm-send"
      primary
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p class="confirm-target" data-testid="confirm-target">
        {rich("compose-confirm-to", {}, { profile: <ProfileChip profile={profile} /> })}
      </p>
      <dl class="facts compact confirm-facts">
        <dt>{t("compose-confirm-where")}</dt>
        <dd class="mono" data-testid="confirm-host">
          {targetHost(profile, regions)}
        </dd>
        <dt>{t("profiles-sdkappid")}</dt>
        <dd class="mono">{String(profile.sdkappid)}</dd>
        <dt>{t("compose-confirm-from")}</dt>
        <dd class="mono">{from}</dd>
        <dt>{t("compose-confirm-elements")}</dt>
        <dd data-testid="confirm-elements">{formatList(draft.MsgBody.map((e) => typeName(e.MsgType)))}</dd>
        <dt>{t("compose-confirm-size")}</dt>
        <dd>{t("compose-bytes", { bytes: formatNumber(bytes), limit: formatNumber(limit) })}</dd>
      </dl>
      {text?.MsgType === "TIMTextElem" && <blockquote class="confirm-text">{text.MsgContent.Text}</blockquote>}
      {profile.isSandbox ? (
        <p class="notice info" data-testid="confirm-sandbox">
          {t("compose-confirm-sandbox")}
        </p>
      ) : (
        <p class="notice warning">{t("compose-confirm-live")}</p>
      )}
    </ConfirmDialog>
  );
}
