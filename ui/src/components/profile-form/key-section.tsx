/**
 * The secret key in the profile form. The key is write-only: the input is uncontrolled (the key never
 * enters component state), it is emptied as soon as Rust has stored it, and an existing profile shows
 * only the key's state — with Replace and Remove — never the key.
 *
 * Not here: where the key is kept (Rust's keychain module) or reading it back (nothing can).
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { toDeskError, type KeyState, type ProfileEntry } from "../../ipc";
import { KeyIcon } from "../../icons";
import { keyWarningText } from "../../format";
import { profilesStore, removeKey, saveKey } from "../../state/profiles";
import { useStore } from "../../state/store";
import { BusyButton } from "../busy-button";
import { ConfirmDialog } from "../dialog";

/** A password field a key is pasted into: never autofilled, spell-checked or revealed. */
export function KeyInput({
  id,
  inputRef,
  onEnter,
  describedBy,
}: {
  id: string;
  inputRef: { current: HTMLInputElement | null };
  onEnter?: () => void;
  describedBy?: string | undefined;
}) {
  return (
    <input
      ref={inputRef}
      id={id}
      name="key"
      type="password"
      class="mono"
      autocomplete="off"
      spellcheck={false}
      autoCapitalize="off"
      placeholder="Paste the secret key"
      aria-describedby={describedBy}
      onKeyDown={(e) => {
        if (onEnter && e.key === "Enter") {
          e.preventDefault();
          onEnter();
        }
      }}
    />
  );
}

/**
 * An existing profile's key: its state, and Replace / Remove. Saving a key is its own action (not part
 * of "Save changes") so a typed key is never sent along with an unrelated edit by surprise.
 */
export function KeySection({
  entry,
  keyInput,
  inputId,
}: {
  entry: ProfileEntry;
  keyInput: { current: HTMLInputElement | null };
  inputId: string;
}) {
  const key: KeyState = entry.key;
  const keychain = useStore(profilesStore).overview?.keychain ?? "the system keychain";
  const [replacing, setReplacing] = useState(false);
  const [busy, setBusy] = useState<"save" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const errorId = `${inputId}-error`;
  const showInput = key.state !== "stored" || replacing;

  useEffect(() => {
    if (replacing) keyInput.current?.focus();
  }, [replacing]);

  const save = async () => {
    const value = keyInput.current?.value ?? "";
    setBusy("save");
    setError(null);
    setNotice(null);
    setWarning(null);
    try {
      const saved = await saveKey(entry.profile.id, value);
      if (keyInput.current) keyInput.current.value = "";
      setReplacing(false);
      setNotice(key.state === "stored" ? "Key replaced." : "Key saved.");
      // Rust saw the key and says when it does not look like one from the console; nothing can
      // check it later, since no command reads a key back.
      if (saved.state === "stored" && saved.warning) setWarning(keyWarningText(saved.warning));
    } catch (raw) {
      setError(toDeskError(raw).message);
    } finally {
      setBusy(null);
    }
  };

  const stateText = useMemo(() => {
    switch (key.state) {
      case "stored":
        return `Stored in ${key.backend}`;
      case "missing":
        return "No key saved";
      case "builtIn":
        return "Built in";
      case "unavailable":
        return key.message;
    }
  }, [key]);

  return (
    <section class="form-section key-section" data-key-state={key.state}>
      {showInput ? (
        <label class="label" for={inputId}>
          Secret key
        </label>
      ) : (
        <h3 class="label">Secret key</h3>
      )}
      <div class="key-state" data-testid="key-state">
        <KeyIcon size={16} />
        <span>{stateText}</span>
        {key.state === "stored" && !replacing && (
          <span class="key-actions">
            <button type="button" class="button small" data-testid="key-replace" onClick={() => setReplacing(true)}>
              Replace
            </button>
            <button type="button" class="button small danger-quiet" data-testid="key-remove" onClick={() => setConfirming(true)}>
              Remove
            </button>
          </span>
        )}
      </div>
      {showInput && (
        <div class="key-entry">
          <KeyInput
            id={inputId}
            inputRef={keyInput}
            onEnter={save}
            describedBy={error ? errorId : undefined}
          />
          <BusyButton class="button" testId="key-save" busy={busy === "save"} onClick={save}>
            Save key
          </BusyButton>
          {replacing && (
            <button
              type="button"
              class="button quiet"
              onClick={() => {
                if (keyInput.current) keyInput.current.value = "";
                setReplacing(false);
                setError(null);
              }}
            >
              Cancel
            </button>
          )}
        </div>
      )}
      {error && (
        <p class="field-error" id={errorId} role="alert" data-testid="field-error-key">
          {error}
        </p>
      )}
      {notice && !error && (
        <p class="hint success" role="status">
          {notice}
        </p>
      )}
      {warning && !error && (
        <p class="hint warning" role="status" data-testid="key-warning">
          {warning}
        </p>
      )}
      {showInput && <p class="hint">Goes straight to {keychain}; Broadcast Desk never shows it again.</p>}
      {confirming && (
        <ConfirmDialog
          title="Remove the key?"
          confirmLabel="Remove key"
          testId="confirm-remove-key"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await removeKey(entry.profile.id);
            setNotice("Key removed.");
          }}
        >
          <p>
            The secret key of <strong>{entry.profile.name}</strong> will be removed from {keychain}. Sends and
            connection tests through this profile stop working until you add it again.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
