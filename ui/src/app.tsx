/**
 * The app's frame: sidebar navigation, the header with the target profile, and the current view.
 * Views own their content; this module only decides which one is on screen — or the welcome panel,
 * until the first profile exists.
 */
import { useEffect, useState } from "preact/hooks";
import type { JSX } from "preact";
import { ComposeIcon, HistoryIcon, InfoIcon, Mark, ProfilesIcon, SandboxIcon, ScheduleIcon } from "./icons";
import { hashForView, viewFromHash, type View } from "./routes";
import { AboutView } from "./views/about";
import { ComposeView } from "./views/compose";
import { ScheduleView } from "./views/schedule";
import { ScheduleFormDialog } from "./components/schedule/form";
import { refreshNews, scheduleFormStore } from "./state/schedule";
import { AwayDialog } from "./components/schedule/away";
import { HistoryView } from "./views/history";
import { FirstRun } from "./views/first-run";
import { ProfilesView } from "./views/profiles";
import { SandboxView } from "./views/sandbox";
import { ProfileSlot } from "./components/profile-slot";
import { ProfileFormDialog } from "./components/profile-form";
import { NeedsAttention, NeedsAttentionDialog } from "./components/needs-attention";
import { EmergencyButton, EmergencyPanel } from "./components/emergency-panel";
import { emergencyStore, listenForEmergencyShortcut, openEmergency } from "./state/emergency";
import { isShortcut } from "./shortcut";
import { tellWindowLanguage } from "./ipc";
import { refreshOutbox } from "./state/outbox";
import {
  activeEntry,
  formStore,
  openProfileForm,
  profilesStore,
  refreshProfiles,
  sandboxEntry,
} from "./state/profiles";
import { useStore } from "./state/store";
import { LanguagePicker } from "./components/language-picker";
import { attr, t, useLanguage } from "./i18n";
import { deskErrorText } from "./texts/rust";

type NavItem = { view: View; icon: () => JSX.Element; shortcut: string };

const NAV: NavItem[] = [
  { view: "compose", icon: () => <ComposeIcon />, shortcut: "1" },
  { view: "scheduled", icon: () => <ScheduleIcon />, shortcut: "2" },
  { view: "history", icon: () => <HistoryIcon />, shortcut: "3" },
  { view: "profiles", icon: () => <ProfilesIcon />, shortcut: "4" },
];

// Listed only while a sandbox profile exists (or the address names it): a producer who only ever
// sends to production keeps a four-item sidebar, and the first-run panel and the Profiles view
// are where the sandbox is offered.
const SANDBOX_NAV: NavItem = { view: "sandbox", icon: () => <SandboxIcon />, shortcut: "5" };

/** A view's name, in the sidebar and as the header's title. A switch over the union, so a new view
 * fails the type-check until it has a name. */
function viewName(view: View): string {
  switch (view) {
    case "compose":
      return t("view-compose");
    case "scheduled":
      return t("view-scheduled");
    case "history":
      return t("view-history");
    case "profiles":
      return t("view-profiles");
    case "sandbox":
      return t("view-sandbox");
    case "about":
      return t("view-about");
  }
}

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
  // The whole window re-renders in the new language when the producer picks one; the tray's menu and
  // the OS notifications, which Rust words, follow it too.
  const locale = useLanguage();
  useEffect(() => {
    tellWindowLanguage(locale).catch(() => undefined);
  }, [locale]);
  const [view, go] = useHashView();
  const { overview, error } = useStore(profilesStore);
  const form = useStore(formStore);
  const scheduleForm = useStore(scheduleFormStore);
  const active = activeEntry(overview);
  const hasSandbox = sandboxEntry(overview) !== null;
  const nav = hasSandbox || view === "sandbox" ? [...NAV, SANDBOX_NAV] : NAV;
  const firstRun = overview !== null && overview.profiles.length === 0 && view !== "about";

  useEffect(() => {
    void refreshProfiles();
    void refreshOutbox();
    void refreshNews();
    void listenForEmergencyShortcut();
    // bdesk shares the profiles, keys and outbox: coming back to the window shows what it changed
    // meanwhile (an outcome of its own sends that waits for a decision, say).
    const onFocus = () => {
      void refreshProfiles();
      void refreshOutbox();
      void refreshNews();
    };
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, []);

  // Ctrl/Cmd+1…5 switch views, as in other desktop tools a producer keeps open all day.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(isMac ? e.metaKey : e.ctrlKey) || e.altKey || e.shiftKey) return;
      const item = nav.find((n) => n.shortcut === e.key);
      if (item) {
        e.preventDefault();
        go(item.view);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [nav.length]);

  // The emergency keys inside the window too: where Rust could not register them system-wide
  // (Wayland), they still work while the window is in front. Where it could, the system takes the
  // keys before the page sees them.
  const { shortcut } = useStore(emergencyStore);
  useEffect(() => {
    if (!shortcut) return;
    const onKey = (e: KeyboardEvent) => {
      if (isShortcut(e, shortcut.accelerator)) {
        e.preventDefault();
        openEmergency();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shortcut?.accelerator]);

  const modifier = isMac ? "⌘" : "Ctrl+";

  return (
    <div class="frame">
      <aside class="sidebar">
        <div class="brand">
          <Mark size={26} />
          <span class="brand-name">{t("app-name")}</span>
        </div>
        <nav aria-label={attr("nav-main", "aria-label")} class="nav">
          {nav.map((item) => (
            <button
              type="button"
              class="nav-item"
              data-view={item.view}
              aria-current={view === item.view ? "page" : undefined}
              title={t("nav-item-tooltip", { view: viewName(item.view), shortcut: `${modifier}${item.shortcut}` })}
              onClick={() => go(item.view)}
            >
              {item.icon()}
              <span>{viewName(item.view)}</span>
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
            <span>{viewName("about")}</span>
          </button>
        </div>
      </aside>
      <div class="main">
        <header
          class="header"
          data-sandbox={active?.profile.isSandbox ? "true" : undefined}
          style={active ? { "--profile-color": active.profile.color } : undefined}
        >
          <h1 class="view-title" id="view-title">
            {firstRun ? t("view-welcome") : viewName(view)}
          </h1>
          <div class="header-end">
            <EmergencyButton />
            <NeedsAttention />
            <LanguagePicker compact testId="language-picker" />
            <ProfileSlot
              onSetUp={() => {
                go("profiles");
                // With nothing set up yet, "Set up" means the form, not another welcome panel.
                if (overview !== null) openProfileForm({ mode: "create" });
              }}
              onManage={() => go("profiles")}
            />
          </div>
        </header>
        <main class="content" aria-labelledby="view-title" data-testid={`view-${view}`}>
          {error && view !== "about" && (
            <div class="notice error banner" role="alert" data-code={error.code} data-testid="profiles-error">
              <span>{t("app-profiles-error", { error: deskErrorText(error) })}</span>
              <button type="button" class="link-button" onClick={() => void refreshProfiles()}>
                {t("app-try-again")}
              </button>
            </div>
          )}
          {firstRun ? (
            <FirstRun onSandbox={() => go("sandbox")} onSetUp={() => go("profiles")} />
          ) : (
            <>
              {view === "compose" && <ComposeView onSetUp={() => go("profiles")} />}
              {view === "scheduled" && <ScheduleView />}
              {view === "history" && <HistoryView />}
              {view === "profiles" && <ProfilesView onSandbox={() => go("sandbox")} />}
              {view === "sandbox" && <SandboxView />}
              {view === "about" && <AboutView />}
            </>
          )}
        </main>
      </div>
      {form && <ProfileFormDialog request={form} />}
      {/* Opened from the Schedule view or from Compose; a new item shows in the list it joined. */}
      {scheduleForm && <ScheduleFormDialog request={scheduleForm} onSaved={() => go("scheduled")} />}
      <NeedsAttentionDialog />
      {/* What the schedule did while nobody watched, at launch and when the window comes back. */}
      <AwayDialog />
      <EmergencyPanel onManageProfiles={() => go("profiles")} />
    </div>
  );
}
