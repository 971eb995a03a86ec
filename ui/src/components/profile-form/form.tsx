/**
 * The profile form, for a new profile and for editing one, in a dialog.
 *
 * Inputs hold text as typed; Rust validates and answers every broken rule per field, shown beside the
 * field while everything typed stays. The secret key never enters this form's state (see
 * key-section.tsx).
 *
 * Not here: any rule about what a valid profile is (Rust's `profiles::validate`), or which profile the
 * dialog shows (index.tsx).
 */
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { toDeskError, type DeskError, type ProfileEntry, type ProfilesOverview, type RegionInfo } from "../../ipc";
import {
  durationText,
  draftOf,
  EDITIONS,
  formValuesOf,
  newFormValues,
  type FormValues,
} from "../../format";
import { limitsStore, loadLimits } from "../../state/limits";
import { closeProfileForm, create, loadRegions, regionsStore, update } from "../../state/profiles";
import { sandboxInfoStore } from "../../state/sandbox";
import { useStore } from "../../state/store";
import { BusyButton } from "../busy-button";
import { ConnectionTest } from "../connection-test";
import { Dialog } from "../dialog";
import { Field, FieldError } from "../fields";
import { ColorField } from "./color-field";
import { KeyInput, KeySection } from "./key-section";
import { placeProblems, type FieldErrors } from "./problems";

export function ProfileForm({
  entry,
  overview,
  focusKey,
}: {
  entry: ProfileEntry | null;
  overview: ProfilesOverview | null;
  focusKey: boolean;
}) {
  const regions = useStore(regionsStore);
  const limits = useStore(limitsStore);
  const sandboxInfo = useStore(sandboxInfoStore);
  const isSandbox = entry?.profile.isSandbox ?? false;
  const [values, setValues] = useState<FormValues>(() =>
    entry ? formValuesOf(entry.profile) : newFormValues(overview?.nextColor ?? ""),
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
    loadLimits();
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
      const placed = placeProblems(toDeskError(raw));
      setErrors(placed.fields);
      setBanner(placed.banner);
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
                hint={limits ? `${limits.customRateMin} to ${limits.customRateMax}, as set in the console` : "As set in the console"}
                error={err("edition.ratePerSec")}
              >
                <input
                  {...fieldProps("ratePerSec", "edition.ratePerSec")}
                  type="number"
                  min={limits?.customRateMin}
                  max={limits?.customRateMax}
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
                hint={
                  limits
                    ? `How long each signature Broadcast Desk makes stays valid. Empty means the default, ${durationText(limits.usersigLifetimeDefaultSecs)}; ${durationText(limits.usersigLifetimeMinSecs)} to ${durationText(limits.usersigLifetimeMaxSecs)}.`
                    : "How long each signature Broadcast Desk makes stays valid. Empty means the default."
                }
                error={err("usersigLifetimeSecs")}
              >
                <input
                  {...fieldProps("usersigLifetimeMinutes", "usersigLifetimeSecs")}
                  type="number"
                  min={limits ? limits.usersigLifetimeMinSecs / 60 : undefined}
                  max={limits ? limits.usersigLifetimeMaxSecs / 60 : undefined}
                  placeholder={limits ? String(limits.usersigLifetimeDefaultSecs / 60) : undefined}
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
          <BusyButton type="submit" class="button primary" testId="profile-save" busy={busy}>
            {entry ? "Save changes" : "Add profile"}
          </BusyButton>
        </div>
      </form>
    </Dialog>
  );
}

function hostHint(region: string, regions: RegionInfo[] | null): string {
  const info = regions?.find((r) => r.id === region);
  return info ? `Requests go to ${info.primaryHost}` : "";
}
