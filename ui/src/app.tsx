/**
 * The app's frame: sidebar navigation, the header with the target profile, and the current view.
 * Views own their content; this module only decides which one is on screen.
 */
import { useEffect, useState } from "preact/hooks";
import type { JSX } from "preact";
import { ComposeIcon, HistoryIcon, InfoIcon, Mark, ProfilesIcon, ScheduleIcon } from "./icons";
import { hashForView, viewFromHash, type View } from "./routes";
import { AboutView } from "./views/about";
import { ComposeView, HistoryView, ProfilesView, ScheduledView } from "./views/empty";
import { ProfileSlot } from "./components/profile-slot";

type NavItem = { view: View; label: string; icon: () => JSX.Element; shortcut: string };

const NAV: NavItem[] = [
  { view: "compose", label: "Compose", icon: () => <ComposeIcon />, shortcut: "1" },
  { view: "scheduled", label: "Scheduled", icon: () => <ScheduleIcon />, shortcut: "2" },
  { view: "history", label: "History", icon: () => <HistoryIcon />, shortcut: "3" },
  { view: "profiles", label: "Profiles", icon: () => <ProfilesIcon />, shortcut: "4" },
];

const TITLES: Record<View, string> = {
  compose: "Compose",
  scheduled: "Scheduled",
  history: "History",
  profiles: "Profiles",
  about: "About",
};

function useHashView(): [View, (view: View) => void] {
  const [view, setView] = useState<View>(() => viewFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setView(viewFromHash(window.location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const go = (next: View) => {
    window.location.hash = hashForView(next);
    setView(next);
  };
  return [view, go];
}

const isMac = typeof navigator !== "undefined" && /Mac/.test(navigator.platform);

export function App() {
  const [view, go] = useHashView();

  // Ctrl/Cmd+1…4 switch views, as in other desktop tools a producer keeps open all day.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(isMac ? e.metaKey : e.ctrlKey) || e.altKey || e.shiftKey) return;
      const item = NAV.find((n) => n.shortcut === e.key);
      if (item) {
        e.preventDefault();
        go(item.view);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const modifier = isMac ? "⌘" : "Ctrl+";

  return (
    <div class="frame">
      <aside class="sidebar">
        <div class="brand">
          <Mark size={26} />
          <span class="brand-name">Broadcast Desk</span>
        </div>
        <nav aria-label="Main" class="nav">
          {NAV.map((item) => (
            <button
              type="button"
              class="nav-item"
              data-view={item.view}
              aria-current={view === item.view ? "page" : undefined}
              title={`${item.label} (${modifier}${item.shortcut})`}
              onClick={() => go(item.view)}
            >
              {item.icon()}
              <span>{item.label}</span>
            </button>
          ))}
        </nav>
        <div class="nav-footer">
          <button
            type="button"
            class="nav-item"
            data-view="about"
            aria-current={view === "about" ? "page" : undefined}
            onClick={() => go("about")}
          >
            <InfoIcon />
            <span>About</span>
          </button>
        </div>
      </aside>
      <div class="main">
        <header class="header">
          <h1 class="view-title" id="view-title">
            {TITLES[view]}
          </h1>
          <ProfileSlot onSetUp={() => go("profiles")} />
        </header>
        <main class="content" aria-labelledby="view-title" data-testid={`view-${view}`}>
          {view === "compose" && <ComposeView onSetUp={() => go("profiles")} />}
          {view === "scheduled" && <ScheduledView />}
          {view === "history" && <HistoryView />}
          {view === "profiles" && <ProfilesView />}
          {view === "about" && <AboutView />}
        </main>
      </div>
    </div>
  );
}
