/** A profile as it appears wherever it is the target: its colour, its name, and SANDBOX when it is one. */
import type { Profile } from "../ipc";
import { t } from "../i18n";

export function ColorDot({ color, size = 10 }: { color: string; size?: number }) {
  return <span class="color-dot" aria-hidden="true" style={{ background: color, width: `${size}px`, height: `${size}px` }} />;
}

export function SandboxBadge() {
  return (
    <span class="sandbox-badge" data-testid="sandbox-badge">
      {t("sandbox-badge")}
    </span>
  );
}

export function ProfileChip({ profile, badge = true }: { profile: Profile; badge?: boolean }) {
  return (
    <span class="profile-chip" data-profile-id={profile.id}>
      <ColorDot color={profile.color} />
      <span class="profile-chip-name">{profile.name}</span>
      {badge && profile.isSandbox && <SandboxBadge />}
    </span>
  );
}
