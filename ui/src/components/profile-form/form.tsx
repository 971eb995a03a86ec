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
  EDITION_KINDS,
  editionOptionText,
  formValuesOf,
  newFormValues,
  regionName,
  type FormValues,
} from "../../format";
import { attr, formatList, t } from "../../i18n";
import { deskErrorText, fieldProblemText } from "../../texts/rust";
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

  const err = (field: string) => (
    <FieldError id={idOf(`${field}-error`)} field={field} messages={errors[field]?.map(fieldProblemText)} />
  );

  const title = entry ? t("form-title-edit", { name: entry.profile.name }) : t("form-title-new");

  return (
    <Dialog
      title={title}
      onClose={closeProfileForm}
      class="dialog-form"
      testId="profile-form"
      subtitle={
        isSandbox ? t("form-subtitle-sandbox") : entry ? t("form-subtitle-edit") : t("form-subtitle-new")
      }
    >
      <form ref={formRef} class="form" onSubmit={submit} noValidate data-mode={entry ? "edit" : "create"}>
        <div class="dialog-scroll">
          {isSandbox && (
            <p class="notice info">{t("form-sandbox-notice")}</p>
          )}

          <Field label={t("form-name")} htmlFor={idOf("name")} error={err("name")}>
            <input
              {...fieldProps("name")}
              type="text"
              value={values.name}
              placeholder={attr("form-name", "placeholder")}
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
                <legend class="label">{t("form-chat-server")}</legend>
                <div class="segmented" role="radiogroup">
                  <label class="segment">
                    <input
                      type="radio"
                      name="targetKind"
                      value="region"
                      checked={values.targetKind === "region"}
                      onChange={() => set("targetKind", "region")}
                    />
                    <span>{t("form-target-region")}</span>
                  </label>
                  <label class="segment">
                    <input
                      type="radio"
                      name="targetKind"
                      value="custom"
                      checked={values.targetKind === "custom"}
                      onChange={() => set("targetKind", "custom")}
                    />
                    <span>{t("form-target-custom")}</span>
                  </label>
                </div>
              </fieldset>

              {values.targetKind === "region" ? (
                <Field
                  label={t("form-region")}
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
                      <option value={r.id}>{regionName(r.id, regions)}</option>
                    ))}
                    {!regions?.some((r) => r.id === values.region) && (
                      <option value={values.region}>{values.region}</option>
                    )}
                  </select>
                </Field>
              ) : (
                <Field
                  label={t("form-endpoint")}
                  htmlFor={idOf("url")}
                  hint={t("form-endpoint-hint")}
                  error={err("target.url")}
                >
                  <input
                    {...fieldProps("url", "target.url")}
                    type="url"
                    class="mono"
                    value={values.url}
                    placeholder={attr("form-endpoint", "placeholder")}
                    autocomplete="off"
                    spellcheck={false}
                    onInput={(e) => set("url", e.currentTarget.value)}
                  />
                </Field>
              )}

              <div class="field-row">
                <Field label={t("form-sdkappid")} htmlFor={idOf("sdkappid")} error={err("sdkappid")}>
                  <input
                    {...fieldProps("sdkappid")}
                    type="text"
                    inputMode="numeric"
                    class="mono"
                    value={values.sdkappid}
                    placeholder={attr("form-sdkappid", "placeholder")}
                    autocomplete="off"
                    onInput={(e) => set("sdkappid", e.currentTarget.value)}
                  />
                </Field>
                <Field label={t("form-admin")} htmlFor={idOf("adminIdentifier")} error={err("adminIdentifier")}>
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
              label={t("form-edition")}
              htmlFor={idOf("edition")}
              hint={t("form-edition-hint")}
              error={null}
            >
              <select
                id={idOf("edition")}
                name="edition"
                value={values.edition}
                onChange={(e) => set("edition", e.currentTarget.value as FormValues["edition"])}
              >
                {EDITION_KINDS.map((kind) => (
                  <option value={kind}>{editionOptionText(kind)}</option>
                ))}
              </select>
            </Field>
            {values.edition === "custom" && (
              <Field
                label={t("form-rate")}
                htmlFor={idOf("ratePerSec")}
                hint={
                  limits
                    ? t("form-rate-hint-range", { min: limits.customRateMin, max: limits.customRateMax })
                    : t("form-rate-hint")
                }
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
            label={t("form-default-sender")}
            optional
            htmlFor={idOf("defaultFromAccount")}
            hint={
              isSandbox && sandboxInfo
                ? t("form-default-sender-hint-sandbox", { accounts: formatList(sandboxInfo.accounts) })
                : t("form-default-sender-hint")
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
              label={t("form-key")}
              optional
              htmlFor={idOf("key")}
              hint={t("form-key-hint-new")}
              error={null}
            >
              <KeyInput id={idOf("key")} inputRef={keyInput} />
            </Field>
          )}

          {!isSandbox && entry && <KeySection entry={entry} keyInput={keyInput} inputId={idOf("key")} />}

          {!isSandbox && (
            <details class="advanced" open={Boolean(errors.usersigLifetimeSecs)}>
              <summary>{t("form-advanced")}</summary>
              <Field
                label={t("form-lifetime")}
                htmlFor={idOf("usersigLifetimeMinutes")}
                hint={
                  limits
                    ? t("form-lifetime-hint-range", {
                        default: durationText(limits.usersigLifetimeDefaultSecs),
                        min: durationText(limits.usersigLifetimeMinSecs),
                        max: durationText(limits.usersigLifetimeMaxSecs),
                      })
                    : t("form-lifetime-hint")
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
              <h3 class="label">{t("form-connection")}</h3>
              <p class="hint">{t("form-connection-hint")}</p>
              <ConnectionTest profileId={entry.profile.id} onAddKey={() => keyInput.current?.focus()} />
            </section>
          )}

          {banner && (
            <div class="notice error" role="alert" data-testid="form-error" data-code={banner.code}>
              {banner.fields.length > 0
                ? banner.fields.map((p) => (
                    <p>{t("form-problem-elsewhere", { field: p.field, problem: fieldProblemText(p) })}</p>
                  ))
                : deskErrorText(banner)}
            </div>
          )}
        </div>

        <div class="dialog-actions">
          <button type="button" class="button" onClick={closeProfileForm}>
            {t("dialog-cancel")}
          </button>
          <BusyButton type="submit" class="button primary" testId="profile-save" busy={busy}>
            {entry ? t("form-save-changes") : t("profiles-add")}
          </BusyButton>
        </div>
      </form>
    </Dialog>
  );
}

function hostHint(region: string, regions: RegionInfo[] | null): string {
  const info = regions?.find((r) => r.id === region);
  return info ? t("form-region-hint", { host: info.primaryHost }) : "";
}
