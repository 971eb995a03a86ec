/**
 * The target profile, always visible in the header so a producer can see at a glance which Chat app a
 * send would go to. Profiles arrive with the profiles feature; until one is active the slot says so.
 */
export function ProfileSlot({ onSetUp }: { onSetUp: () => void }) {
  return (
    <div class="profile-slot" data-testid="profile-slot" data-state="empty">
      <span class="profile-dot" aria-hidden="true" />
      <span class="profile-label">
        <span class="profile-caption">Sending to</span>
        <span class="profile-name">No profile</span>
      </span>
      <button type="button" class="link-button" onClick={onSetUp}>
        Set up
      </button>
    </div>
  );
}
