/**
 * The views whose features land in later issues (compose, schedule). Each says what
 * it will hold and what the producer needs first, rather than showing a blank page.
 */
import type { ComponentChildren } from "preact";
import { ComposeIcon, ScheduleIcon } from "../icons";
import { t } from "../i18n";

export function EmptyState(props: { icon: ComponentChildren; title: string; children: ComponentChildren }) {
  return (
    <section class="empty">
      <div class="empty-icon">{props.icon}</div>
      <h2>{props.title}</h2>
      <div class="empty-body">{props.children}</div>
    </section>
  );
}

export function ComposeView({ hasProfiles, onSetUp }: { hasProfiles: boolean; onSetUp: () => void }) {
  if (hasProfiles) {
    return (
      <EmptyState icon={<ComposeIcon size={28} />} title={t("compose-coming-title")}>
        <p>{t("compose-coming-body")}</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={<ComposeIcon size={28} />} title={t("compose-no-profile-title")}>
      <p>{t("compose-no-profile-body")}</p>
      <button type="button" class="button primary" onClick={onSetUp}>
        {t("compose-go-to-profiles")}
      </button>
    </EmptyState>
  );
}

export function ScheduledView() {
  return (
    <EmptyState icon={<ScheduleIcon size={28} />} title={t("scheduled-empty-title")}>
      <p>{t("scheduled-empty-body")}</p>
    </EmptyState>
  );
}

