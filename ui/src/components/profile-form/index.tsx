/**
 * The profile form as the rest of the app opens it: the dialog for a new profile or the one a request
 * names (a fresh form whenever the profile changes, so no typed value carries over to another), and the
 * shortcut to a profile's key field. The folder's other modules are the form's parts:
 *
 *   form.tsx         the form: values as typed, save, Rust's answer beside each field
 *   problems.ts      which refused rule goes beside which field, and what goes to the banner
 *   color-field.tsx  the palette and the custom colour
 *   key-section.tsx  the write-only key input, and an existing profile's key state with Replace / Remove
 *
 * Not here: which form is open, and why (state/profiles).
 */
import { useEffect } from "preact/hooks";
import { closeProfileForm, findEntry, openProfileForm, profilesStore, type FormRequest } from "../../state/profiles";
import { useStore } from "../../state/store";
import { ProfileForm } from "./form";

export function ProfileFormDialog({ request }: { request: FormRequest }) {
  const { overview } = useStore(profilesStore);
  const entry = request.mode === "edit" ? findEntry(overview, request.id) : null;

  useEffect(() => {
    // The profile went away (deleted elsewhere): nothing left to edit.
    if (request.mode === "edit" && overview && !entry) closeProfileForm();
  }, [request, overview, entry]);

  if (request.mode === "edit" && !entry) return null;
  return (
    <ProfileForm
      // A different profile is a different form: no values carry over.
      key={entry?.profile.id ?? "new"}
      entry={entry}
      overview={overview}
      focusKey={request.mode === "edit" && request.focus === "key"}
    />
  );
}

/** Opens the form of a profile with the caret in its key field (from "No key saved — add the key first"). */
export function openKeyField(id: string) {
  openProfileForm({ mode: "edit", id, focus: "key" });
}
