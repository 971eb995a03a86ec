/**
 * The target profile, always visible in the header so a producer can see at a glance which Chat app a
 * send would go to; clicking it opens a switcher. With no profile yet the slot says so and links to the
 * setup. The menu follows the WAI-ARIA menu-button pattern: arrows move, Enter chooses, Esc closes.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { CheckIcon, ChevronDownIcon, Spinner } from "../icons";
import { activate, activeEntry, profilesStore } from "../state/profiles";
import { useStore } from "../state/store";
import { ColorDot, SandboxBadge } from "./profile-chip";
import { attr, t } from "../i18n";
import { deskErrorText } from "../texts/rust";
import { toDeskError, type DeskError } from "../ipc";

export function ProfileSlot({ onSetUp, onManage }: { onSetUp: () => void; onManage: () => void }) {
  const { overview } = useStore(profilesStore);
  const active = activeEntry(overview);
  const [open, setOpen] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<DeskError | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    // Focus the checked profile (or the first item) so arrows start from where the producer is.
    const list = items();
    (list.find((el) => el.getAttribute("aria-checked") === "true") ?? list[0])?.focus();
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);

  if (!overview || overview.profiles.length === 0 || !active) {
    const hasProfiles = (overview?.profiles.length ?? 0) > 0;
    return (
      <div class="profile-slot" data-testid="profile-slot" data-state="empty">
        <span class="profile-dot" aria-hidden="true" />
        <span class="profile-label">
          <span class="profile-caption">{t("header-sending-to")}</span>
          <span class="profile-name">{t("header-no-profile")}</span>
        </span>
        <button type="button" class="link-button" onClick={hasProfiles ? onManage : onSetUp}>
          {hasProfiles ? t("header-choose") : t("header-set-up")}
        </button>
      </div>
    );
  }

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const choose = async (id: string) => {
    if (id === active.profile.id) return close(true);
    setBusyId(id);
    setError(null);
    try {
      await activate(id);
      close(true);
    } catch (e) {
      setError(toDeskError(e));
    } finally {
      setBusyId(null);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (e.key === "ArrowDown") move(at + 1);
    else if (e.key === "ArrowUp") move(at - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(list.length - 1);
    else if (e.key === "Escape" || e.key === "Tab") {
      if (e.key === "Escape") e.preventDefault();
      close(e.key === "Escape");
    }
  };

  const p = active.profile;
  return (
    <div
      class="profile-slot has-profile"
      data-testid="profile-slot"
      data-state="active"
      data-profile-id={p.id}
      data-sandbox={p.isSandbox ? "true" : "false"}
      ref={root}
    >
      <button
        type="button"
        ref={button}
        class="profile-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="profile-menu"
        data-testid="profile-switcher"
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <ColorDot color={p.color} size={12} />
        <span class="profile-label">
          <span class="profile-caption">{t("header-sending-to")}</span>
          <span class="profile-name" data-testid="active-profile-name">
            {p.name}
          </span>
        </span>
        {p.isSandbox && <SandboxBadge />}
        <ChevronDownIcon size={16} />
      </button>
      {open && (
        <div class="menu" id="profile-menu" role="menu" aria-label={attr("header-profile-menu", "aria-label")} ref={menu} onKeyDown={onMenuKey}>
          <div class="menu-caption" role="presentation">
            {t("header-send-through")}
          </div>
          {overview.profiles.map(({ profile }) => (
            <button
              type="button"
              role="menuitemradio"
              aria-checked={profile.id === p.id}
              class="menu-item"
              tabIndex={-1}
              data-profile-id={profile.id}
              onClick={() => choose(profile.id)}
            >
              <ColorDot color={profile.color} />
              <span class="menu-item-name">{profile.name}</span>
              {profile.isSandbox && <span class="menu-hint">{t("header-menu-sandbox")}</span>}
              <span class="menu-check">
                {busyId === profile.id ? <Spinner /> : profile.id === p.id ? <CheckIcon size={15} /> : null}
              </span>
            </button>
          ))}
          {error && (
            <p class="menu-error" role="alert">
              {deskErrorText(error)}
            </p>
          )}
          <div class="menu-separator" role="separator" />
          <button
            type="button"
            role="menuitem"
            class="menu-item"
            tabIndex={-1}
            data-testid="manage-profiles"
            onClick={() => {
              close(false);
              onManage();
            }}
          >
            <span class="menu-item-label">{t("header-manage-profiles")}</span>
          </button>
        </div>
      )}
    </div>
  );
}
