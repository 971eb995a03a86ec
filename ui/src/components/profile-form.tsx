/**
 * The profile form, for a new profile and for editing one, in a dialog.
 *
 * Inputs hold text as typed; Rust validates and answers every broken rule per field, shown beside the
 * field while everything typed stays. The secret key is write-only: the input is uncontrolled (the key
 * never enters component state), it is emptied as soon as Rust has stored it, and an existing
 * profile's form shows only the key's state — with Replace and Remove — never the key.
 *
 * Not here: any rule about what a valid profile is (Rust's `profiles::validate`).
 */
import type { ComponentChildren } from "preact";
import { useEffect, useId, useMemo, useRef, useState } from "preact/hooks";
import {
  DeskError,
  toDeskError,
  type KeyState,
  type ProfileEntry,
  type ProfilesOverview,
  type RegionInfo,
} from "../ipc";
import {
  DEFAULT_LIFETIME_MINUTES,
  draftOf,
  EDITIONS,
  fieldMessage,
  formValuesOf,
  newFormValues,
  PALETTE,
  type FormValues,
} from "../format";
import { KeyIcon, Spinner } from "../icons";
import {
  closeProfileForm,
  create,
  findEntry,
  loadRegions,
  openProfileForm,
  profilesStore,
  regionsStore,
  removeKey,
  saveKey,
  update,
  type FormRequest,
} from "../state/profiles";
import { sandboxInfoStore } from "../state/sandbox";
import { useStore } from "../state/store";
import { ConnectionTest } from "./connection-test";
import { ConfirmDialog, Dialog } from "./dialog";

type FieldErrors = Record<string, string[]>;

/** Fields the form has an input for; a problem on any other path goes to the banner, so none is lost. */
const FORM_FIELDS = [
  "name",
  "color",
  "target.region",
  "target.url",
  "sdkappid",
  "adminIdentifier",
  "edition.ratePerSec",
  "defaultFromAccount",
  "usersigLifetimeSecs",
] as const;

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

function ProfileForm({
  entry,
  overview,
  focusKey,
}: {
  entry: ProfileEntry | null;
  overview: ProfilesOverview | null;
  focusKey: boolean;
}) {
  const regions = useStore(regionsStore);
  const sandboxInfo = useStore(sandboxInfoStore);
  const isSandbox = entry?.profile.isSandbox ?? false;
  const [values, setValues] = useState<FormValues>(() =>
    entry ? formValuesOf(entry.profile) : newFormValues(overview?.profiles.map((e) => e.profile.color) ?? []),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<DeskError | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const keyInput = useRef<HTMLInputElement>(null);
  const live = useRef(true);
  const ids = useId();
  const idOf = (name: string) => `${ids}-${name}`;

  useEffect(() => {
    loadRegions();
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (focusKey) keyInput.current?.focus();
  }, [focusKey]);

  useEffect(() => {
    // After a refused save, put the caret in the first field Rust objected to.
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const set = <K extends keyof FormValues>(name: K, value: FormValues[K]) =>
    setValues((v) => ({ ...v, [name]: value }));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setBanner(null);
    const draft = draftOf(values, isSandbox);
    try {
      if (entry) {
        await update(entry.profile.id, draft);
      } else {
        const key = keyInput.current?.value ?? "";
        await create(draft, key === "" ? null : key);
        // Stored in the keychain now; the page keeps no copy.
        if (keyInput.current) keyInput.current.value = "";
      }
      if (live.current) closeProfileForm();
    } catch (raw) {
      if (!live.current) return;
      const error = toDeskError(raw);
      if (error.code === "INVALID_PROFILE" && error.fields.length > 0) {
        const byField: FieldErrors = {};
        for (const f of error.fields) (byField[f.field] ??= []).push(fieldMessage(f.field, f.message));
        setErrors(byField);
        const orphans = error.fields.filter((f) => !(FORM_FIELDS as readonly string[]).includes(f.field));
        setBanner(
          orphans.length > 0
            ? new DeskError(error.code, orphans.map((f) => f.message).join("\n"))
            : null,
        );
      } else {
        setErrors({});
        setBanner(error);
      }
    } finally {
      if (live.current) setBusy(false);
    }
  };

  const fieldProps = (name: string, errorKey: string = name) => ({
    id: idOf(name),
    name,
    "aria-invalid": errors[errorKey] ? ("true" as const) : undefined,
    "aria-describedby": errors[errorKey] ? idOf(`${errorKey}-error`) : undefined,
  });

  const err = (field: string) => <FieldError id={idOf(`${field}-error`)} field={field} messages={errors[field]} />;

  const title = entry ? `Edit ${entry.profile.name}` : "New profile";

  return (
    <Dialog
      title={title}
      onClose={closeProfileForm}
      class="dialog-form"
      testId="profile-form"
      subtitle={
        isSandbox
          ? "The built-in sandbox"
          : entry
            ? "Changes apply to the next send."
            : "One Tencent Cloud Chat app: where it is, who signs, how fast it may send."
      }
    >
      <form ref={formRef} class="form" onSubmit={submit} noValidate data-mode={entry ? "edit" : "create"}>
        <div class="dialog-scroll">
          {isSandbox && (
            <p class="notice info">
              The sandbox is built in: its server runs on this computer and it signs with a key made up for each
              run, so there is no address, SDKAppID or key to set. Its name, colour, edition and default sender are
              yours to change.
            </p>
          )}

          <Field label="Name" htmlFor={idOf("name")} error={err("name")}>
            <input
              {...fieldProps("name")}
              type="text"
              value={values.name}
              placeholder="e.g. Live show — production"
              autocomplete="off"
              onInput={(e) => set("name", e.currentTarget.value)}
            />
          </Field>

          <ColorField
            value={values.color}
            onChange={(c) => set("color", c)}
            error={err("color")}
            invalid={Boolean(errors.color)}
          />

          {!isSandbox && (
            <>
              <fieldset class="field">
                <legend class="label">Chat server</legend>
                <div class="segmented" role="radiogroup">
                  <label class="segment">
                    <input
                      type="radio"
                      name="targetKind"
                      value="region"
                      checked={values.targetKind === "region"}
                      onChange={() => set("targetKind", "region")}
                    />
                    <span>Tencent region</span>
                  </label>
                  <label class="segment">
                    <input
                      type="radio"
                      name="targetKind"
                      value="custom"
                      checked={values.targetKind === "custom"}
                      onChange={() => set("targetKind", "custom")}
                    />
                    <span>Custom endpoint</span>
                  </label>
                </div>
              </fieldset>

              {values.targetKind === "region" ? (
                <Field
                  label="Region"
                  htmlFor={idOf("region")}
                  hint={hostHint(values.region, regions)}
                  error={err("target.region")}
                >
                  <select
                    {...fieldProps("region", "target.region")}
                    value={values.region}
                    onChange={(e) => set("region", e.currentTarget.value)}
                  >
                    {(regions ?? []).map((r) => (
                      <option value={r.id}>{r.displayName}</option>
                    ))}
                    {!regions?.some((r) => r.id === values.region) && (
                      <option value={values.region}>{values.region}</option>
                    )}
                  </select>
                </Field>
              ) : (
                <Field
                  label="Endpoint URL"
                  htmlFor={idOf("url")}
                  hint="https://…, or http:// to 127.0.0.1 for the emulator"
                  error={err("target.url")}
                >
                  <input
                    {...fieldProps("url", "target.url")}
                    type="url"
                    class="mono"
                    value={values.url}
                    placeholder="https://"
                    autocomplete="off"
                    spellcheck={false}
                    onInput={(e) => set("url", e.currentTarget.value)}
                  />
                </Field>
              )}

              <div class="field-row">
                <Field label="SDKAppID" htmlFor={idOf("sdkappid")} error={err("sdkappid")}>
                  <input
                    {...fieldProps("sdkappid")}
                    type="text"
                    inputMode="numeric"
                    class="mono"
                    value={values.sdkappid}
                    placeholder="1400000000"
                    autocomplete="off"
                    onInput={(e) => set("sdkappid", e.currentTarget.value)}
                  />
                </Field>
                <Field label="Admin account" htmlFor={idOf("adminIdentifier")} error={err("adminIdentifier")}>
                  <input
                    {...fieldProps("adminIdentifier")}
                    type="text"
                    class="mono"
                    value={values.adminIdentifier}
                    autocomplete="off"
                    spellcheck={false}
                    onInput={(e) => set("adminIdentifier", e.currentTarget.value)}
                  />
                </Field>
              </div>
            </>
          )}

          <div class="field-row">
            <Field
              label="Edition"
              htmlFor={idOf("edition")}
              hint="Sets how fast broadcasts may go out."
              error={null}
            >
              <select
                id={idOf("edition")}
                name="edition"
                value={values.edition}
                onChange={(e) => set("edition", e.currentTarget.value as FormValues["edition"])}
              >
                {EDITIONS.map((ed) => (
                  <option value={ed.kind}>
                    {ed.label} — {ed.hint}
                  </option>
                ))}
              </select>
            </Field>
            {values.edition === "custom" && (
              <Field
                label="Broadcasts per second"
                htmlFor={idOf("ratePerSec")}
                hint="1 to 5, as set in the console"
                error={err("edition.ratePerSec")}
              >
                <input
                  {...fieldProps("ratePerSec", "edition.ratePerSec")}
                  type="number"
                  min={1}
                  max={5}
                  step={1}
                  value={values.ratePerSec}
                  onInput={(e) => set("ratePerSec", e.currentTarget.value)}
                />
              </Field>
            )}
          </div>

          <Field
            label="Default sender"
            optional
            htmlFor={idOf("defaultFromAccount")}
            hint={
              isSandbox && sandboxInfo
                ? `The account viewers see when a message names none. In the sandbox: ${sandboxInfo.accounts.join(", ")}.`
                : "The account viewers see when a message names none; empty means the admin account."
            }
            error={err("defaultFromAccount")}
          >
            <input
              {...fieldProps("defaultFromAccount")}
              type="text"
              class="mono"
              value={values.defaultFromAccount}
              autocomplete="off"
              spellcheck={false}
              onInput={(e) => set("defaultFromAccount", e.currentTarget.value)}
            />
          </Field>

          {!isSandbox && !entry && (
            <Field
              label="Secret key"
              optional
              htmlFor={idOf("key")}
              hint="From the Chat console (Basic configuration). Kept in your system keychain only. You can add it later."
              error={null}
            >
              <KeyInput id={idOf("key")} inputRef={keyInput} />
            </Field>
          )}

          {!isSandbox && entry && <KeySection entry={entry} keyInput={keyInput} inputId={idOf("key")} />}

          {!isSandbox && (
            <details class="advanced" open={Boolean(errors.usersigLifetimeSecs)}>
              <summary>Advanced</summary>
              <Field
                label="UserSig lifetime (minutes)"
                htmlFor={idOf("usersigLifetimeMinutes")}
                hint={`How long each signature Broadcast Desk makes stays valid. Default ${DEFAULT_LIFETIME_MINUTES} (4 hours); 30 minutes to 7 days.`}
                error={err("usersigLifetimeSecs")}
              >
                <input
                  {...fieldProps("usersigLifetimeMinutes", "usersigLifetimeSecs")}
                  type="number"
                  min={30}
                  step={1}
                  value={values.usersigLifetimeMinutes}
                  onInput={(e) => set("usersigLifetimeMinutes", e.currentTarget.value)}
                />
              </Field>
            </details>
          )}

          {entry && (
            <section class="form-section">
              <h3 class="label">Connection</h3>
              <p class="hint">Checks the saved settings and key with a harmless account check.</p>
              <ConnectionTest profileId={entry.profile.id} onAddKey={() => keyInput.current?.focus()} />
            </section>
          )}

          {banner && (
            <div class="notice error" role="alert" data-testid="form-error" data-code={banner.code}>
              {banner.message}
            </div>
          )}
        </div>

        <div class="dialog-actions">
          <button type="button" class="button" onClick={closeProfileForm}>
            Cancel
          </button>
          <button
            type="submit"
            class="button primary"
            data-testid="profile-save"
            disabled={busy}
            aria-busy={busy}
          >
            {busy && <Spinner />}
            {entry ? "Save changes" : "Add profile"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function hostHint(region: string, regions: RegionInfo[] | null): string {
  const info = regions?.find((r) => r.id === region);
  return info ? `Requests go to ${info.primaryHost}` : "";
}

function Field(props: {
  label: string;
  htmlFor: string;
  hint?: string;
  optional?: boolean;
  error: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="field">
      <label class="label" for={props.htmlFor}>
        {props.label}
        {props.optional && <span class="optional">optional</span>}
      </label>
      {props.children}
      {props.error}
      {props.hint && <p class="hint">{props.hint}</p>}
    </div>
  );
}

function FieldError({ id, field, messages }: { id: string; field: string; messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p class="field-error" id={id} role="alert" data-testid={`field-error-${field}`}>
      {messages.join(" ")}
    </p>
  );
}

function ColorField(props: {
  value: string;
  onChange: (color: string) => void;
  error: ComponentChildren;
  invalid: boolean;
}) {
  const current = props.value.toLowerCase();
  const custom = !PALETTE.some((c) => c.value === current);
  // The picker shows the last custom colour, or a neutral one until a custom colour is picked.
  const pickerValue = custom && /^#[0-9a-f]{6}$/.test(current) ? current : "#7f8ea3";
  return (
    <fieldset class="field" aria-invalid={props.invalid ? "true" : undefined}>
      <legend class="label">Colour</legend>
      <div class="swatches">
        {PALETTE.map((c) => (
          <label class="swatch" title={c.name}>
            <input
              type="radio"
              name="color"
              value={c.value}
              checked={current === c.value}
              aria-label={c.name}
              onChange={() => props.onChange(c.value)}
            />
            <span class="swatch-color" style={{ background: c.value }} />
          </label>
        ))}
        <span class={`swatch custom-swatch${custom ? " chosen" : ""}`} title="Custom colour">
          <input
            type="color"
            name="customColor"
            class="color-picker"
            aria-label={custom ? `Custom colour ${current}` : "Pick a custom colour"}
            value={pickerValue}
            onInput={(e) => props.onChange(e.currentTarget.value)}
          />
        </span>
      </div>
      {props.error}
    </fieldset>
  );
}

/** A password field a key is pasted into: never autofilled, spell-checked or revealed. */
function KeyInput({
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
function KeySection({
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
    try {
      await saveKey(entry.profile.id, value);
      if (keyInput.current) keyInput.current.value = "";
      setReplacing(false);
      setNotice(key.state === "stored" ? "Key replaced." : "Key saved.");
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
          <button
            type="button"
            class="button"
            data-testid="key-save"
            disabled={busy !== null}
            aria-busy={busy === "save"}
            onClick={save}
          >
            {busy === "save" && <Spinner />}
            Save key
          </button>
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

/** Opens the form of a profile with the caret in its key field (from "No key saved — add the key first"). */
export function openKeyField(id: string) {
  openProfileForm({ mode: "edit", id, focus: "key" });
}
