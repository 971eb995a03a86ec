/**
 * The views whose features land in later issues (compose, schedule, history). Each says what
 * it will hold and what the producer needs first, rather than showing a blank page.
 */
import type { ComponentChildren } from "preact";
import { ComposeIcon, HistoryIcon, ScheduleIcon } from "../icons";

function EmptyState(props: { icon: ComponentChildren; title: string; children: ComponentChildren }) {
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
      <EmptyState icon={<ComposeIcon size={28} />} title="The composer is on its way">
        <p>
          Your profiles are ready. Writing broadcasts with text, images and custom data lands here next; the
          Sandbox view can already send a test text message.
        </p>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={<ComposeIcon size={28} />} title="Add a profile to start composing">
      <p>
        A broadcast goes to every audio-video group of one Tencent Cloud Chat app. Tell Broadcast Desk
        which app first: its region, SDKAppID and admin account.
      </p>
      <button type="button" class="button primary" onClick={onSetUp}>
        Go to Profiles
      </button>
    </EmptyState>
  );
}

export function ScheduledView() {
  return (
    <EmptyState icon={<ScheduleIcon size={28} />} title="Nothing scheduled">
      <p>Announcements you schedule ahead of a show are listed here with the time they will go out.</p>
    </EmptyState>
  );
}

export function HistoryView() {
  return (
    <EmptyState icon={<HistoryIcon size={28} />} title="No broadcasts sent yet">
      <p>Every broadcast you send is recorded here: when, to which app, and what Tencent answered.</p>
    </EmptyState>
  );
}
