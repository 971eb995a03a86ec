/**
 * The profiles as the whole UI sees them: one overview (profiles, key states, the active id, the
 * keychain's name), read at start and again after every change, so the header, the list and the
 * sandbox never disagree. Also which profile form is open, since the first-run panel, the header and
 * the list can all open it.
 *
 * Not here: validation (Rust's; the form shows what it answers) or anything about keys beyond the
 * state Rust reports — a key passes through `createProfile`/`setKey` and is never held by this module.
 */
import {
  activateProfile,
  createProfile,
  deleteKey,
  deleteProfile,
  duplicateProfile,
  openSandbox,
  profilesOverview,
  regions,
  setKey,
  updateProfile,
  type DeskError,
  type KeyState,
  type ProfileDraft,
  type ProfileEntry,
  type ProfilesOverview,
  type RegionInfo,
  toDeskError,
} from "../ipc";
import { createStore } from "./store";

export type ProfilesState = {
  /** The last overview read; null until the first read succeeds. */
  overview: ProfilesOverview | null;
  /** Why the last read failed, until one succeeds. */
  error: DeskError | null;
};

export const profilesStore = createStore<ProfilesState>({ overview: null, error: null });
export const regionsStore = createStore<RegionInfo[] | null>(null);

/** Which profile form is open, if any. `focus: "key"` puts the caret in the key field on open. */
export type FormRequest = { mode: "create" } | { mode: "edit"; id: string; focus?: "key" };
export const formStore = createStore<FormRequest | null>(null);

export const openProfileForm = (request: FormRequest) => formStore.set(request);
export const closeProfileForm = () => formStore.set(null);

let latestRead = 0;

/** Reads the overview again. A slower, older read never overwrites a newer one. */
export async function refreshProfiles(): Promise<void> {
  const read = ++latestRead;
  try {
    const overview = await profilesOverview();
    if (read === latestRead) profilesStore.set({ overview, error: null });
  } catch (raw) {
    if (read === latestRead) profilesStore.update((s) => ({ ...s, error: toDeskError(raw) }));
  }
}

let regionsRequested = false;

/** Reads Tencent's regions once per app load (they are compiled into the app). */
export function loadRegions(): void {
  if (regionsRequested) return;
  regionsRequested = true;
  regions().then(
    (list) => regionsStore.set(list),
    () => {
      // Without the list the form falls back to region ids; a later open tries again.
      regionsRequested = false;
    },
  );
}

/** Runs a change, then re-reads the overview whether it worked or not (a failure may be partial). */
async function changing<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    await refreshProfiles();
  }
}

export const create = (draft: ProfileDraft, key: string | null): Promise<ProfileEntry> =>
  changing(() => createProfile(draft, key));
export const update = (id: string, draft: ProfileDraft): Promise<ProfileEntry> =>
  changing(() => updateProfile(id, draft));
export const duplicate = (id: string): Promise<ProfileEntry> => changing(() => duplicateProfile(id));
export const remove = (id: string): Promise<void> => changing(() => deleteProfile(id));
export const activate = (id: string): Promise<void> => changing(() => activateProfile(id));
export const saveKey = (id: string, key: string): Promise<KeyState> => changing(() => setKey(id, key));
export const removeKey = (id: string): Promise<KeyState> => changing(() => deleteKey(id));
export const startSandbox = (): Promise<ProfileEntry> => changing(() => openSandbox());

export function activeEntry(overview: ProfilesOverview | null): ProfileEntry | null {
  if (!overview?.activeId) return null;
  return overview.profiles.find((e) => e.profile.id === overview.activeId) ?? null;
}

export function sandboxEntry(overview: ProfilesOverview | null): ProfileEntry | null {
  return overview?.profiles.find((e) => e.profile.isSandbox) ?? null;
}

export function findEntry(overview: ProfilesOverview | null, id: string): ProfileEntry | null {
  return overview?.profiles.find((e) => e.profile.id === id) ?? null;
}
