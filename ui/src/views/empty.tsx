/**
 * The views whose features land in later issues (compose, schedule, history, profiles). Each says what
 * it will hold and what the producer needs first, rather than showing a blank page.
 */
import type { ComponentChildren } from "preact";
import { ComposeIcon, HistoryIcon, ProfilesIcon, ScheduleIcon } from "../icons";

function EmptyState(props: { icon: ComponentChildren; title: string; children: ComponentChildren }) {
  return (
    <section class="empty">
      <div class="empty-icon">{props.icon}</div>
      <h2>{props.title}</h2>
      <div class="empty-body">{props.children}</div>
    </section>
  );
}

export function ComposeView({ onSetUp }: { onSetUp: () => void }) {
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

export function ProfilesView() {
  return (
    <EmptyState icon={<ProfilesIcon size={28} />} title="No profiles yet">
      <p>
        A profile is one Chat app: region, SDKAppID, admin account and a colour so production is never
        mistaken for test. Its secret key is kept in your system keychain, never in a file.
      </p>
    </EmptyState>
  );
}
