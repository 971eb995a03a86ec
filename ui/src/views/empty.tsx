/**
 * An empty state (an icon, a title and what to do), and the view whose feature lands in a later issue
 * (schedule), which says what it will hold rather than showing a blank page.
 */
import type { ComponentChildren } from "preact";
import { ScheduleIcon } from "../icons";
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

export function ScheduledView() {
  return (
    <EmptyState icon={<ScheduleIcon size={28} />} title={t("scheduled-empty-title")}>
      <p>{t("scheduled-empty-body")}</p>
    </EmptyState>
  );
}

