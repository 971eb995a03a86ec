/**
 * The emergency panel as the whole window sees it: whether it is open (the header's button, the
 * global shortcut and the same keys inside the window all open it), and what Rust said of the global
 * shortcut — its keys and whether it works on this system.
 *
 * Not here: what the panel shows or sends (components/emergency-panel.tsx), or registering the
 * shortcut (Rust does, and tells the page over a channel).
 */
import { toDeskError, watchEmergency, type DeskError, type EmergencyShortcut } from "../ipc";
import { createStore } from "./store";

export type EmergencyState = {
  open: boolean;
  /** Rust's answer about the shortcut; null until it came (or when asking failed: `error`). */
  shortcut: EmergencyShortcut | null;
  error: DeskError | null;
};

export const emergencyStore = createStore<EmergencyState>({ open: false, shortcut: null, error: null });

export const openEmergency = () => emergencyStore.update((s) => (s.open ? s : { ...s, open: true }));
export const closeEmergency = () => emergencyStore.update((s) => (s.open ? { ...s, open: false } : s));

/** Asks Rust to tell this page of every press of the emergency shortcut (once per page load). */
export async function listenForEmergencyShortcut(): Promise<void> {
  try {
    const shortcut = await watchEmergency(openEmergency);
    emergencyStore.update((s) => ({ ...s, shortcut, error: null }));
  } catch (raw) {
    emergencyStore.update((s) => ({ ...s, error: toDeskError(raw) }));
  }
}
