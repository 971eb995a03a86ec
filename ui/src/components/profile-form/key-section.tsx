/**
 * The secret key in the profile form. The key is write-only: the input is uncontrolled (the key never
 * enters component state), it is emptied as soon as Rust has stored it, and an existing profile shows
 * only the key's state — with Replace and Remove — never the key.
 *
 * Not here: where the key is kept (Rust's keychain module) or reading it back (nothing can).
 */
import { useEffect, useState } from "preact/hooks";
import { toDeskError, type DeskError, type KeyState, type ProfileEntry } from "../../ipc";
import type { KeyWarning } from "../../bindings/KeyWarning";
import { attr, rich, t } from "../../i18n";
import { deskErrorText, keychainProblemText } from "../../texts/rust";
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
      placeholder={attr("form-key-input", "placeholder")}
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
  const keychain = useStore(profilesStore).overview?.keychain ?? t("form-key-system-keychain");
  const [replacing, setReplacing] = useState(false);
  const [busy, setBusy] = useState<"save" | null>(null);
  // What happened, kept as values and put into words when shown, so a change of language re-words them.
  const [error, setError] = useState<DeskError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<"replaced" | "saved" | "removed" | null>(null);
  const [warning, setWarning] = useState<KeyWarning | null>(null);
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
      setNotice(key.state === "stored" ? "replaced" : "saved");
      // Rust saw the key and says when it does not look like one from the console; nothing can
      // check it later, since no command reads a key back.
      if (saved.state === "stored" && saved.warning) setWarning(saved.warning);
    } catch (raw) {
      setError(toDeskError(raw));
    } finally {
      setBusy(null);
    }
  };

  const stateText = (() => {
    switch (key.state) {
      case "stored":
        return t("form-key-stored", { keychain: key.backend });
      case "missing":
        return t("key-state-missing");
      case "builtIn":
        return t("form-key-built-in");
      case "unavailable":
        return keychainProblemText(key);
    }
  })();
  const noticeText =
    notice === "replaced" ? t("form-key-replaced") : notice === "saved" ? t("form-key-saved") : notice === "removed" ? t("form-key-removed") : null;

  return (
    <section class="form-section key-section" data-key-state={key.state}>
      {showInput ? (
        <label class="label" for={inputId}>
          {t("form-key")}
        </label>
      ) : (
        <h3 class="label">{t("form-key")}</h3>
      )}
      <div class="key-state" data-testid="key-state">
        <KeyIcon size={16} />
        <span>{stateText}</span>
        {key.state === "stored" && !replacing && (
          <span class="key-actions">
            <button type="button" class="button small" data-testid="key-replace" onClick={() => setReplacing(true)}>
              {t("form-key-replace")}
            </button>
            <button type="button" class="button small danger-quiet" data-testid="key-remove" onClick={() => setConfirming(true)}>
              {t("form-key-remove")}
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
            {t("form-key-save")}
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
              {t("dialog-cancel")}
            </button>
          )}
        </div>
      )}
      {error && (
        <p class="field-error" id={errorId} role="alert" data-testid="field-error-key">
          {deskErrorText(error)}
        </p>
      )}
      {noticeText && !error && (
        <p class="hint success" role="status">
          {noticeText}
        </p>
      )}
      {warning && !error && (
        <p class="hint warning" role="status" data-testid="key-warning">
          {keyWarningText(warning)}
        </p>
      )}
      {showInput && <p class="hint">{t("form-key-hint", { keychain })}</p>}
      {confirming && (
        <ConfirmDialog
          title={t("form-key-remove-title")}
          confirmLabel={t("form-key-remove-confirm")}
          testId="confirm-remove-key"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await removeKey(entry.profile.id);
            setNotice("removed");
          }}
        >
          <p>{rich("form-key-remove-body", { keychain }, { name: <strong>{entry.profile.name}</strong> })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
