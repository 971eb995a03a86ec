/**
 * How much of Tencent's size limit the message uses, as Rust counts it (`bytes` and `limit` of its
 * report: MsgBody plus CloudCustomData, see docs/TENCENT-API.md, Size limit): a bar and "x / 12,000
 * bytes", turning to a warning near the limit and an error over it.
 *
 * Not here: the count or the limit (Rust's; this never measures the message itself).
 */
import { formatNumber, t } from "../../i18n";

/**
 * From what share of the limit the meter warns. Rust's count can only over-count what Tencent
 * measures, so there is no hidden margin to protect; the warning is for the producer, who at 90%
 * has about 1,200 bytes left — a paragraph of text or two long media URLs — enough to notice before
 * one more element tips the message over in the middle of a show.
 */
export const NEAR_LIMIT_SHARE = 0.9;

export type MeterState = "ok" | "near" | "over";

export function meterState(bytes: number, limit: number): MeterState {
  if (bytes > limit) return "over";
  return bytes >= limit * NEAR_LIMIT_SHARE ? "near" : "ok";
}

export function ByteMeter({ bytes, limit, stale }: { bytes: number; limit: number; stale: boolean }) {
  const state = meterState(bytes, limit);
  const share = Math.min(1, limit > 0 ? bytes / limit : 0);
  return (
    <div class="byte-meter" data-testid="byte-meter" data-state={state} data-stale={stale ? "true" : undefined}>
      <div
        class="byte-meter-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={Math.min(bytes, limit)}
        aria-valuetext={t("compose-bytes", { bytes: formatNumber(bytes), limit: formatNumber(limit) })}
        aria-label={t("compose-size-label")}
      >
        <span class="byte-meter-fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </div>
      <span class="byte-meter-text" data-testid="byte-count">
        {t("compose-bytes", { bytes: formatNumber(bytes), limit: formatNumber(limit) })}
      </span>
      {state === "near" && <span class="byte-meter-note">{t("compose-bytes-near")}</span>}
      {state === "over" && <span class="byte-meter-note">{t("compose-bytes-over", { over: formatNumber(bytes - limit) })}</span>}
    </div>
  );
}
