/** An empty state: an icon, a title and what to do. */
import type { ComponentChildren } from "preact";

export function EmptyState(props: { icon: ComponentChildren; title: string; children: ComponentChildren }) {
  return (
    <section class="empty">
      <div class="empty-icon">{props.icon}</div>
      <h2>{props.title}</h2>
      <div class="empty-body">{props.children}</div>
    </section>
  );
}
