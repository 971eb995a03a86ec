/**
 * The schedule's form, to add an item, edit one or duplicate one: the profile (the active one for a
 * new item; fixed once scheduled), the message (the composer's, a template's, a text typed here, or the
 * item's own) with its preview, the local date and time, the zone, the repeat and its end, what happens
 * if it is missed, and a label. Rust checks all of it and answers by field (`INVALID_SCHEDULE`) or with
 * the message's report (`INVALID_MESSAGE`); each problem shows beside its field, in Rust's words — a
 * past time with the time and zone it was read as.
 *
 * An edit holds its item from the moment the form opens (`schedule_edit_begin`) until it is saved or
 * closed (`schedule_edit_end`), so it never fires half-edited; a save refused because it started
 * sending meanwhile (`SCHEDULE_CHANGED`) says so and saves nothing.
 *
 * Not here: any rule (Rust's `schedule::validate`), or the list.
 */
import { useEffect, useId, useRef, useState } from "preact/hooks";
import {
  DeskError,
  toDeskError,
  type Draft,
  type FieldProblem,
  type Limits,
  type MissedPolicy,
  type Profile,
  type Repeat,
  type RepeatEnd,
  type ScheduleDraft,
  type ScheduleItem,
  type Template,
  type Weekday,
} from "../../ipc";
import { attr, t } from "../../i18n";
import { deskErrorText, fieldProblemText, problemText } from "../../texts/rust";
import { Dialog } from "../dialog";
import { Field, FieldError } from "../fields";
import { BusyButton } from "../busy-button";
import { MessageView } from "../message-view";
import { ProfileChip } from "../profile-chip";
import { bodyOf } from "../composer/message";
import { composerStore, defaultsOf, loadComposer, type ComposerState } from "../../state/composer";
import { limitsStore, loadLimits } from "../../state/limits";
import { activeEntry, profilesStore } from "../../state/profiles";
import { add, beginEdit, closeScheduleForm, endEdit, loadZones, save, zonesStore, type FormRequest } from "../../state/schedule";
import { refreshTemplates, templatesStore } from "../../state/templates";
import { useStore } from "../../state/store";
import { ZonePicker } from "./zone-picker";
import { CheckPreview, useScheduleCheck } from "./check-preview";
import { computerZone, WEEKDAYS, weekdayName } from "./words";

/** Where the message comes from. */
type Source = "item" | "composer" | "template" | "text";

type Values = {
  profileId: string;
  source: Source;
  templateId: string;
  text: string;
  /** `YYYY-MM-DD` and `HH:MM[:SS]`, in `zone`. */
  date: string;
  time: string;
  zone: string;
  repeat: Repeat["kind"];
  days: Weekday[];
  end: RepeatEnd["kind"];
  until: string;
  count: string;
  missed: MissedPolicy["kind"];
  lateMinutes: string;
  label: string;
  confirmFar: boolean;
};


/** The date and time an instant reads as in `zone` (`2026-12-01`, `20:00`). */
function localParts(ms: number, zone: string): { date: string; time: string } {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(ms);
  } catch {
    parts = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(ms);
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

/** The lateness a new item allows, in the form's unit (minutes), as Rust's default says. */
function defaultLateMinutes(limits: Limits | null): string {
  return limits ? String(Math.round(limits.scheduleLateDefaultSecs / 60)) : "";
}

function valuesOf(request: FormRequest, profileId: string, zone: string, lateMinutes: string): Values {
  const blank: Values = {
    profileId,
    source: "composer",
    templateId: "",
    text: "",
    ...localParts(Math.ceil((Date.now() + 60_000) / 3_600_000) * 3_600_000, zone),
    zone,
    repeat: "once",
    days: [],
    end: "never",
    until: "",
    count: "",
    missed: "sendIfLate",
    lateMinutes,
    label: "",
    confirmFar: false,
  };
  // From Compose: the message it was opened with.
  if (request.mode === "add") return request.body ? { ...blank, source: "item" } : blank;
  const item = request.item;
  const [date = "", time = ""] = item.at.split("T");
  return {
    ...blank,
    profileId: item.profileId,
    source: "item",
    date,
    time,
    zone: item.zone,
    repeat: item.repeat.kind,
    days: item.repeat.kind === "weekly" ? item.repeat.days : [],
    end: item.end.kind,
    until: item.end.kind === "until" ? item.end.date : "",
    count: item.end.kind === "count" ? String(item.end.times) : "",
    missed: item.missed.kind,
    lateMinutes: item.missed.kind === "sendIfLate" ? String(item.missed.maxSecs / 60) : lateMinutes,
    label: item.label ?? "",
  };
}

/** A whole number as typed, or 0 — a value Rust is sure to refuse, so it names the field. */
function whole(text: string): number {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** The message the chosen source gives, or null when it gives none (no template chosen, nothing typed). */
function bodyFor(v: Values, request: FormRequest, profile: Profile | null, composer: ComposerState, templates: readonly Template[]): Draft | null {
  switch (v.source) {
    case "item":
      return request.mode === "add" ? (request.body ?? null) : request.item.body;
    case "composer": {
      const text = composer.raw ?? JSON.stringify(bodyOf(composer.message, composer.sender, profile));
      try {
        return JSON.parse(text) as Draft;
      } catch {
        // Not JSON: Rust's report on the composer says so; here it is simply no message.
        return null;
      }
    }
    case "template":
      return templates.find((tpl) => tpl.id === v.templateId)?.body ?? null;
    case "text":
      return v.text.trim() === "" ? null : { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: v.text } }] };
  }
}

export function draftOf(v: Values, body: Draft): ScheduleDraft {
  const repeat: Repeat = v.repeat === "weekly" ? { kind: "weekly", days: WEEKDAYS.filter((d) => v.days.includes(d)) } : { kind: v.repeat };
  const end: RepeatEnd =
    v.repeat === "once" || v.end === "never"
      ? { kind: "never" }
      : v.end === "until"
        ? { kind: "until", date: v.until }
        : { kind: "count", times: whole(v.count) };
  const missed: MissedPolicy = v.missed === "sendIfLate" ? { kind: "sendIfLate", maxSecs: whole(v.lateMinutes) * 60 } : { kind: v.missed };
  return {
    profileId: v.profileId,
    body,
    at: `${v.date}T${v.time}`,
    zone: v.zone.trim(),
    repeat,
    end,
    missed,
    label: v.label.trim() === "" ? null : v.label,
    confirmFar: v.confirmFar,
  };
}

/** The form's fields, by the names Rust's problems use (desk-core schedule::field). */
const FIELDS = ["at", "zone", "repeat.days", "end", "missed", "label"] as const;

type Refusal = { fields: Record<string, FieldProblem[]>; message: DeskError | null; banner: DeskError | null };

function placed(error: DeskError): Refusal {
  if (error.code === "INVALID_MESSAGE") return { fields: {}, message: error, banner: null };
  if (error.code !== "INVALID_SCHEDULE" || error.fields.length === 0) return { fields: {}, message: null, banner: error };
  const fields: Record<string, FieldProblem[]> = {};
  for (const f of error.fields) (fields[f.field] ??= []).push(f);
  const orphans = error.fields.filter((f) => !(FIELDS as readonly string[]).includes(f.field));
  return { fields, message: null, banner: orphans.length > 0 ? new DeskError(error.code, orphans.map((f) => f.message).join("\n"), orphans) : null };
}

/** Whether Rust refused the time only for being far ahead (then the form offers the confirmation). */
const isFarAhead = (problems: FieldProblem[] | undefined) => problems?.some((p) => p.messageId === "field-schedule-far-ahead") ?? false;

export function ScheduleFormDialog({ request, onSaved }: { request: FormRequest; onSaved: (item: ScheduleItem) => void }) {
  const { overview } = useStore(profilesStore);
  const zones = useStore(zonesStore);
  const templates = useStore(templatesStore);
  const limits = useStore(limitsStore);
  const composer = useStore(composerStore);
  const active = activeEntry(overview);
  const ids = useId();
  const idOf = (name: string) => `${ids}-${name}`;
  const [values, setValues] = useState<Values>(() =>
    valuesOf(request, active?.profile.id ?? overview?.profiles[0]?.profile.id ?? "", zones?.system ?? computerZone(), defaultLateMinutes(limits)),
  );
  const [refusal, setRefusal] = useState<Refusal>({ fields: {}, message: null, banner: null });
  const [busy, setBusy] = useState(false);
  // The edit's hold: when it began (for the save), or why it could not be taken.
  const [hold, setHold] = useState<{ began: number | null; error: DeskError | null }>({ began: null, error: null });
  const held = useRef<string | null>(null);
  const saved = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const live = useRef(true);

  useEffect(() => {
    loadZones();
    loadLimits();
    void refreshTemplates();
    if (request.mode === "edit") {
      beginEdit(request.item.id).then(
        (began) => {
          held.current = request.item.id;
          if (live.current) setHold({ began, error: null });
          // Closed before the hold came back: let it go at once.
          else void endEdit(request.item.id);
        },
        (raw) => live.current && setHold({ began: null, error: toDeskError(raw) }),
      );
    }
    return () => {
      live.current = false;
      // Closed without saving: the item fires as it was.
      if (held.current !== null && !saved.current) void endEdit(held.current);
    };
  }, []);

  useEffect(() => {
    if (values.source === "composer") void loadComposer(defaultsOf(limits));
  }, [values.source]);

  // Rust's default lateness, once its limits have arrived (a first form may open before they do).
  useEffect(() => {
    if (limits) setValues((v) => (v.lateMinutes === "" ? { ...v, lateMinutes: defaultLateMinutes(limits) } : v));
  }, [limits]);

  // The zone defaults to the computer's once Rust has said which it is.
  useEffect(() => {
    if (request.mode === "add" && zones?.system && values.zone === computerZone()) setValues((v) => ({ ...v, zone: zones.system ?? v.zone }));
  }, [zones?.system]);

  useEffect(() => {
    // After a refused save, put the caret in the first field Rust objected to.
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusal]);

  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((v) => ({ ...v, [name]: value }));
  const profiles = overview?.profiles ?? [];
  const profile = profiles.find((e) => e.profile.id === values.profileId)?.profile ?? null;
  // From the stores as they are now: the composer's message may still be loading, the templates arriving.
  const body = bodyFor(values, request, profile, composer, templates.list ?? []);
  const draft = body ? draftOf(values, body) : null;
  const editing = request.mode === "edit";
  const { checked, current } = useScheduleCheck(draft, editing ? request.item.id : null);
  // Further ahead than the horizon: said by the check as it is typed, or by Rust's refusal on save.
  const far = (current && checked?.check?.far === true) || isFarAhead(refusal.fields.at);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || !draft) return;
    setBusy(true);
    setRefusal({ fields: {}, message: null, banner: null });
    try {
      const item = editing ? await save(request.item.id, draft, hold.began) : await add(draft);
      saved.current = true;
      if (!live.current) return;
      closeScheduleForm();
      onSaved(item);
    } catch (raw) {
      if (live.current) setRefusal(placed(toDeskError(raw)));
    } finally {
      if (live.current) setBusy(false);
    }
  };

  const invalid = (field: string) => ((refusal.fields[field]?.length ?? 0) > 0 ? ("true" as const) : undefined);
  const described = (field: string) => (invalid(field) ? idOf(`${field}-error`) : undefined);
  const err = (field: string) => <FieldError id={idOf(`${field}-error`)} field={field} messages={refusal.fields[field]?.map(fieldProblemText)} />;
  const title = editing ? t("schedule-form-title-edit") : request.mode === "duplicate" ? t("schedule-form-title-duplicate") : t("schedule-form-title-new");
  const messageProblems = refusal.message?.report?.errors ?? [];

  return (
    <Dialog
      title={title}
      onClose={closeScheduleForm}
      class="dialog-form schedule-form"
      testId="schedule-form"
      subtitle={editing ? t("schedule-form-subtitle-edit") : t("schedule-form-subtitle-new")}
    >
      <form ref={formRef} class="form" noValidate onSubmit={(e) => void submit(e)}>
        {/* As every form dialog: the fields scroll inside the dialog's padding, the buttons stay. */}
        <div class="dialog-scroll">
        {hold.error && (
          <p class="notice error" role="alert" data-testid="schedule-hold-error" data-code={hold.error.code}>
            {deskErrorText(hold.error)}
          </p>
        )}
        {editing && hold.began !== null && (
          <p class="notice info" role="status" data-testid="schedule-held">
            {t("schedule-form-held")}
          </p>
        )}

        <Field label={t("schedule-form-profile")} htmlFor={idOf("profile")} hint={editing ? t("schedule-form-profile-fixed") : t("schedule-form-profile-hint")} error={null}>
          {editing && profile ? (
            <p id={idOf("profile")} data-testid="schedule-form-profile-fixed">
              <ProfileChip profile={profile} />
            </p>
          ) : (
            <select id={idOf("profile")} name="profileId" data-testid="schedule-form-profile" value={values.profileId} onChange={(e) => set("profileId", e.currentTarget.value)}>
              {profiles.map((e) => (
                <option value={e.profile.id}>{e.profile.isSandbox ? t("schedule-form-profile-sandbox", { name: e.profile.name }) : e.profile.name}</option>
              ))}
            </select>
          )}
        </Field>

        <fieldset class="fieldset" data-testid="schedule-form-message">
          <legend class="label">{t("schedule-form-message")}</legend>
          <div class="choice-row" role="radiogroup">
            {(request.mode !== "add" || request.body) && (
              <SourceChoice value="item" current={values.source} onChange={(s) => set("source", s)}>
                {request.mode === "add" ? t("schedule-form-source-composer") : t("schedule-form-source-item")}
              </SourceChoice>
            )}
            {!(request.mode === "add" && request.body) && (
              <SourceChoice value="composer" current={values.source} onChange={(s) => set("source", s)}>
                {t("schedule-form-source-composer")}
              </SourceChoice>
            )}
            <SourceChoice value="template" current={values.source} onChange={(s) => set("source", s)}>
              {t("schedule-form-source-template")}
            </SourceChoice>
            <SourceChoice value="text" current={values.source} onChange={(s) => set("source", s)}>
              {t("schedule-form-source-text")}
            </SourceChoice>
          </div>
          {values.source === "template" && (
            <select name="templateId" data-testid="schedule-form-template" aria-label={attr("schedule-form-template", "aria-label")} value={values.templateId} onChange={(e) => set("templateId", e.currentTarget.value)}>
              <option value="">{t("schedule-form-template-choose")}</option>
              {(templates.list ?? []).map((tpl) => (
                <option value={tpl.id}>{tpl.name}</option>
              ))}
            </select>
          )}
          {values.source === "text" && (
            <textarea
              name="text"
              rows={3}
              data-testid="schedule-form-text"
              aria-label={attr("schedule-form-text", "aria-label")}
              value={values.text}
              onInput={(e) => set("text", e.currentTarget.value)}
            />
          )}
          <div class="schedule-message-preview" data-testid="schedule-message-preview">
            {body && body.MsgBody.length > 0 ? (
              <MessageView body={body.MsgBody} from={body.From_Account ?? profile?.defaultFromAccount ?? profile?.adminIdentifier} cloudCustomData={body.CloudCustomData} />
            ) : (
              <p class="muted" data-testid="schedule-no-message">
                {values.source === "template" ? t("schedule-form-no-template") : values.source === "text" ? t("schedule-form-no-text") : t("schedule-form-no-composer")}
              </p>
            )}
          </div>
          {(refusal.message || messageProblems.length > 0) && (
            <div class="field-error" role="alert" data-testid="field-error-message">
              <p>{t("schedule-form-message-invalid")}</p>
              <ul>
                {messageProblems.map((p) => (
                  <li>
                    {p.path !== "" && <code class="json-name">{p.path}</code>} {problemText(p)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </fieldset>

        <div class="field-row">
          <Field label={t("schedule-form-date")} htmlFor={idOf("date")} error={null}>
            <input id={idOf("date")} name="date" type="date" data-testid="schedule-date" required aria-invalid={invalid("at")} aria-describedby={described("at")} value={values.date} onInput={(e) => set("date", e.currentTarget.value)} />
          </Field>
          <Field label={t("schedule-form-time")} htmlFor={idOf("time")} error={null}>
            <input id={idOf("time")} name="time" type="time" step={1} data-testid="schedule-time" required aria-invalid={invalid("at")} aria-describedby={described("at")} value={values.time} onInput={(e) => set("time", e.currentTarget.value)} />
          </Field>
        </div>
        {err("at")}
        {far && (
          <label class="check-row" data-testid="schedule-confirm-far">
            <input type="checkbox" name="confirmFar" checked={values.confirmFar} onChange={(e) => set("confirmFar", e.currentTarget.checked)} />
            <span>{t("schedule-form-confirm-far")}</span>
          </label>
        )}

        <Field label={t("schedule-form-zone")} htmlFor={idOf("zone")} hint={t("schedule-form-zone-hint")} error={err("zone")}>
          <ZonePicker
            id={idOf("zone")}
            value={values.zone}
            names={zones?.names ?? []}
            system={zones?.system ?? null}
            invalid={invalid("zone") !== undefined}
            describedBy={described("zone")}
            onChange={(zone) => set("zone", zone)}
          />
        </Field>

        <fieldset class="fieldset" data-testid="schedule-form-repeat">
          <legend class="label">{t("schedule-form-repeat")}</legend>
          <div class="choice-row" role="radiogroup">
            {(["once", "daily", "weekly"] as const).map((kind) => (
              <label class="inline-choice">
                <input type="radio" name="repeat" value={kind} checked={values.repeat === kind} onChange={() => set("repeat", kind)} />
                <span>{kind === "once" ? t("schedule-repeat-once") : kind === "daily" ? t("schedule-repeat-daily") : t("schedule-form-weekly")}</span>
              </label>
            ))}
          </div>
          {values.repeat === "weekly" && (
            <div class="weekday-toggles" role="group" aria-label={attr("schedule-form-days", "aria-label")} aria-describedby={described("repeat.days")}>
              {WEEKDAYS.map((day) => (
                <button
                  type="button"
                  class="toggle"
                  data-testid={`weekday-${day}`}
                  aria-pressed={values.days.includes(day)}
                  aria-label={weekdayName(day, "long")}
                  onClick={() => set("days", values.days.includes(day) ? values.days.filter((d) => d !== day) : [...values.days, day])}
                >
                  {weekdayName(day)}
                </button>
              ))}
            </div>
          )}
          {err("repeat.days")}
          {values.repeat !== "once" && (
            <div class="choice-row end-row" role="radiogroup" aria-label={attr("schedule-form-end", "aria-label")}>
              <label class="inline-choice">
                <input type="radio" name="end" value="never" checked={values.end === "never"} onChange={() => set("end", "never")} />
                <span>{t("schedule-form-end-never")}</span>
              </label>
              <label class="inline-choice">
                <input type="radio" name="end" value="until" checked={values.end === "until"} onChange={() => set("end", "until")} />
                <span>{t("schedule-form-end-until")}</span>
              </label>
              {values.end === "until" && (
                <input type="date" name="until" data-testid="schedule-until" aria-label={attr("schedule-form-until", "aria-label")} aria-invalid={invalid("end")} aria-describedby={described("end")} value={values.until} onInput={(e) => set("until", e.currentTarget.value)} />
              )}
              <label class="inline-choice">
                <input type="radio" name="end" value="count" checked={values.end === "count"} onChange={() => set("end", "count")} />
                <span>{t("schedule-form-end-count")}</span>
              </label>
              {values.end === "count" && (
                <input type="number" min={1} name="count" class="narrow" data-testid="schedule-count" aria-label={attr("schedule-form-count", "aria-label")} aria-invalid={invalid("end")} aria-describedby={described("end")} value={values.count} onInput={(e) => set("count", e.currentTarget.value)} />
              )}
            </div>
          )}
          {err("end")}
        </fieldset>

        <fieldset class="fieldset" data-testid="schedule-form-missed">
          <legend class="label">{t("schedule-form-missed")}</legend>
          <p class="hint">{t("schedule-form-missed-hint")}</p>
          <div class="choice-column" role="radiogroup">
            <label class="inline-choice">
              <input type="radio" name="missed" value="sendIfLate" checked={values.missed === "sendIfLate"} onChange={() => set("missed", "sendIfLate")} />
              <span>{t("schedule-form-missed-send")}</span>
              <input
                type="number"
                min={limits ? limits.scheduleLateMinSecs / 60 : undefined}
                max={limits ? limits.scheduleLateMaxSecs / 60 : undefined}
                name="lateMinutes"
                class="narrow"
                data-testid="schedule-late-minutes"
                aria-label={attr("schedule-form-late-minutes", "aria-label")}
                aria-invalid={invalid("missed")}
                aria-describedby={described("missed")}
                disabled={values.missed !== "sendIfLate"}
                value={values.lateMinutes}
                onInput={(e) => set("lateMinutes", e.currentTarget.value)}
              />
              <span>{t("schedule-form-missed-minutes")}</span>
            </label>
            <label class="inline-choice">
              <input type="radio" name="missed" value="skip" checked={values.missed === "skip"} onChange={() => set("missed", "skip")} />
              <span>{t("schedule-form-missed-skip")}</span>
            </label>
            <label class="inline-choice">
              <input type="radio" name="missed" value="ask" checked={values.missed === "ask"} onChange={() => set("missed", "ask")} />
              <span>{t("schedule-form-missed-ask")}</span>
            </label>
          </div>
          {err("missed")}
        </fieldset>

        <Field label={t("schedule-form-label")} htmlFor={idOf("label")} optional hint={t("schedule-form-label-hint", { max: limits?.scheduleLabelMaxChars ?? "—" })} error={err("label")}>
          <input id={idOf("label")} name="label" type="text" data-testid="schedule-label-input" aria-invalid={invalid("label")} aria-describedby={described("label")} value={values.label} onInput={(e) => set("label", e.currentTarget.value)} />
        </Field>

        <CheckPreview checked={checked} current={current} zone={values.zone.trim()} />

        {refusal.banner && (
          <p class="notice error" role="alert" data-testid="schedule-form-error" data-code={refusal.banner.code}>
            {refusal.banner.fields.length > 0 ? refusal.banner.fields.map(fieldProblemText).join(" ") : deskErrorText(refusal.banner)}
          </p>
        )}

        </div>
        <div class="dialog-actions">
          <button type="button" class="button" onClick={closeScheduleForm}>
            {t("dialog-cancel")}
          </button>
          <BusyButton class="button primary" type="submit" testId="schedule-save" busy={busy} disabled={!draft || (editing && hold.began === null)}>
            {editing ? t("schedule-form-save") : t("schedule-form-schedule")}
          </BusyButton>
        </div>
      </form>
    </Dialog>
  );
}

function SourceChoice({ value, current, onChange, children }: { value: Source; current: Source; onChange: (s: Source) => void; children: string }) {
  return (
    <label class="inline-choice">
      <input type="radio" name="source" value={value} data-testid={`source-${value}`} checked={current === value} onChange={() => onChange(value)} />
      <span>{children}</span>
    </label>
  );
}
