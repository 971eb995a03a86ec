/**
 * The Compose view, where a producer writes a broadcast during a show: its elements in a form (or as
 * raw JSON, the two round-tripping), checked by Rust as it is typed with every problem beside its
 * field and a byte meter, a preview of what viewers see and of the exact request, templates, and Send —
 * a confirmation naming the app it goes to, then the outcome in place (components/send-result.tsx, as
 * everywhere the window sends). The message is kept across restarts until a broadcast of it is sent.
 *
 * The view's parts live in components/composer/:
 *
 *   message.ts       the message as JSON the form edits; what the form cannot show
 *   schema.ts        each element type's fields, held to the generated types
 *   problems.ts      which problem of Rust's report goes beside which field
 *   use-check.ts     the check as it is typed
 *   element-card.tsx one element: its fields, move and remove, Fill from URL
 *   inputs.tsx       one input per kind of field
 *   sender-field.tsx From_Account, looked up with Tencent
 *   raw-json.tsx     the Raw JSON tab, and how well a text fits the form
 *   preview.tsx      what viewers see, who sees it, the exact request
 *   byte-meter.tsx   x / 12,000 bytes
 *   add-menu.tsx     Add element
 *   templates.tsx    save, use and manage templates
 *   confirm-send.tsx the last look before it leaves
 *
 * Not here: any rule of the message (Rust checks it as it is typed and again when it is sent), or the
 * outbox (state/outbox.ts, through useSender).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from "preact/hooks";
import {
  probeMedia,
  previewMessage,
  toDeskError,
  type DeskError,
  type Draft,
  type MediaKind,
  type MediaProblem,
  type Problem,
  type Profile,
  type RequestPreview,
  type Template,
} from "../ipc";
import { ComposeIcon, SendIcon } from "../icons";
import { EmptyState } from "./empty";
import { attr, formatList, t } from "../i18n";
import { deskErrorText, problemText } from "../texts/rust";
import { ConfirmDialog } from "../components/dialog";
import { Field } from "../components/fields";
import { SendResult, useSender } from "../components/send-result";
import { AddElementMenu } from "../components/composer/add-menu";
import { ByteMeter } from "../components/composer/byte-meter";
import { ConfirmSend } from "../components/composer/confirm-send";
import { ElementCard, typeName, type ProbeState } from "../components/composer/element-card";
import {
  blankElement,
  bodyOf,
  fromAccount,
  getAt,
  isObject,
  moved,
  pathParts,
  pathText,
  setAt,
  withoutUnshown,
  type Json,
  type JsonObject,
  type PathParts,
  type Sender,
} from "../components/composer/message";
import { fieldId, formFields, placeProblems } from "../components/composer/problems";
import { fitOf, pathsText, RawJson, useFit } from "../components/composer/raw-json";
import { isMsgType, type MsgType } from "../components/composer/schema";
import { SenderField } from "../components/composer/sender-field";
import { Preview } from "../components/composer/preview";
import { SaveTemplateDialog, TemplatesDialog } from "../components/composer/templates";
import { isCurrent, useMessageCheck } from "../components/composer/use-check";
import { useLive } from "../hooks";
import {
  clearAfterSend,
  composerStore,
  defaultsOf,
  draftSaveStore,
  hasContent,
  loadComposer,
  newKey,
  replaceMessage,
  type ComposerState,
} from "../state/composer";
import { limitsStore, loadLimits } from "../state/limits";
import { openScheduleForm } from "../state/schedule";
import { activeEntry, loadRegions, profilesStore, regionsStore } from "../state/profiles";
import { useStore } from "../state/store";

export function ComposeView({ onSetUp }: { onSetUp: () => void }) {
  const { overview } = useStore(profilesStore);
  const active = activeEntry(overview);
  if (overview === null) return null;
  if (!active) {
    return (
      <EmptyState icon={<ComposeIcon size={28} />} title={t("compose-no-profile-title")}>
        <p>{t("compose-no-profile-body")}</p>
        <button type="button" class="button primary" onClick={onSetUp}>
          {t("compose-go-to-profiles")}
        </button>
      </EmptyState>
    );
  }
  return <Composer profile={active.profile} />;
}

const isMac = typeof navigator !== "undefined" && /Mac/.test(navigator.platform);

/** The text Rust checks and the send carries: the Raw JSON while it counts, else the form's body. */
function messageText(c: ComposerState, profile: Profile): string {
  return c.raw ?? JSON.stringify(bodyOf(c.message, c.sender, profile));
}

function update(change: (s: ComposerState) => Partial<ComposerState>) {
  composerStore.update((s) => ({ ...s, ...change(s) }));
}

function elementsOf(message: JsonObject): Json[] {
  return Array.isArray(message.MsgBody) ? message.MsgBody : [];
}

type ProbeKey = `${string}|${MediaKind}`;

function Composer({ profile }: { profile: Profile }) {
  const c = useStore(composerStore);
  const limits = useStore(limitsStore);
  const regions = useStore(regionsStore);
  const saveError = useStore(draftSaveStore);
  const defaults = defaultsOf(limits);
  const ids = useId();
  const live = useLive();
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    loadLimits();
    loadRegions();
    void loadComposer(defaults);
  }, []);

  const json = messageText(c, profile);
  const jsonRef = useRef(json);
  jsonRef.current = json;
  const checked = useMessageCheck(json, c.keys, c.loaded);
  const current = isCurrent(checked, json, c.keys);
  const report = checked?.report ?? null;
  const valid = current && report?.valid === true;
  const draft: Draft | null = valid ? (JSON.parse(json) as Draft) : null;
  const fit = useFit(c.raw);

  // What the preview shows: the newest message Rust found valid, kept while a newer one is checked.
  const [shown, setShown] = useState<{ json: string; draft: Draft } | null>(null);
  useEffect(() => {
    if (current) setShown(draft ? { json, draft } : null);
  }, [current, json, valid]);

  const [request, setRequest] = useState<{ key: string; preview: RequestPreview | null; error: DeskError | null } | null>(null);
  const requestKey = shown ? `${profile.id}:${profile.updatedAt}:${shown.json}` : null;
  useEffect(() => {
    if (!shown || requestKey === null) return;
    previewMessage(profile.id, shown.draft).then(
      (preview) => live.current && setRequest({ key: requestKey, preview, error: null }),
      (raw: unknown) => live.current && setRequest({ key: requestKey, preview: null, error: toDeskError(raw) }),
    );
  }, [requestKey]);
  const requestNow = request && request.key === requestKey ? request : null;

  // Which problems are shown: those of fields the producer has been in, or all once they asked to
  // send (or the whole message was replaced: a restored draft, a template, the Raw JSON taken in).
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [revealAll, setRevealAll] = useState(c.revealed > 0);
  useEffect(() => {
    if (c.revealed > 0) setRevealAll(true);
  }, [c.revealed]);
  const touch = (id: string) => setTouched((s) => (s.has(id) ? s : new Set([...s, id])));

  const fields = formFields(c.message, c.keys);
  const placed = placeProblems(report?.errors ?? [], checked?.keys ?? [], fields);
  const fieldProblems = (id: string) => (revealAll || touched.has(id) ? (placed.fields.get(id) ?? []) : []);
  const elementProblems = (key: string) =>
    revealAll || [...touched].some((id) => id.startsWith(`${key}/`)) ? (placed.elements.get(key) ?? []) : [];

  // Media probes: running or done, per element and kind, and what they could not find, per field.
  const [probes, setProbes] = useState<Record<ProbeKey, ProbeState>>({});
  const [probeProblems, setProbeProblems] = useState<Record<string, MediaProblem[]>>({});
  const probeFields = useRef<Record<ProbeKey, string[]>>({});

  const runProbe = async (key: string, kind: MediaKind, url: string) => {
    const slot: ProbeKey = `${key}|${kind}`;
    setProbes((p) => ({ ...p, [slot]: { kind, busy: true, note: null, failed: false } }));
    try {
      const found = await probeMedia(url, kind);
      if (!live.current) return;
      const index = composerStore.get().keys.indexOf(key);
      if (index < 0) return;
      const filled: string[] = [];
      update((s) => {
        let message: Json = s.message;
        for (const f of found.found) {
          message = setAt(message, ["MsgBody", index, "MsgContent", ...pathParts(f.field)], f.value);
          filled.push(f.field);
        }
        return { message: isObject(message) ? message : s.message };
      });
      const ids = [...found.found.map((f) => f.field), ...found.problems.map((p) => p.field)].map((f) => fieldId(key, `MsgContent.${f}`));
      setTouched((s) => new Set([...s, ...ids]));
      setProbeProblems((all) => {
        const stale = new Set(probeFields.current[slot] ?? []);
        const next = Object.fromEntries(Object.entries(all).filter(([id]) => !stale.has(id)));
        for (const p of found.problems) {
          const id = fieldId(key, `MsgContent.${p.field}`);
          next[id] = [...(next[id] ?? []), p];
        }
        return next;
      });
      probeFields.current[slot] = found.problems.map((p) => fieldId(key, `MsgContent.${p.field}`));
      // The URL is always written back; anything beyond it is what the file told (named as the
      // fields' tags name them: `Size`, not `ImageInfoArray[0].Size`).
      const learned = filled.slice(1).map((f) => String(pathParts(f).at(-1) ?? f));
      const note =
        learned.length === 0
          ? t("compose-probe-nothing")
          : found.problems.length > 0
            ? t("compose-probe-partly", { fields: formatList(learned) })
            : t("compose-probe-filled", { fields: formatList(learned) });
      setProbes((p) => ({ ...p, [slot]: { kind, busy: false, note, failed: learned.length === 0 } }));
    } catch (raw) {
      if (!live.current) return;
      const note = t("compose-probe-failed", { error: deskErrorText(toDeskError(raw)) });
      setProbes((p) => ({ ...p, [slot]: { kind, busy: false, note, failed: true } }));
    }
  };

  // Focus after the list changes: a new element's first field, or the element that moved.
  const focusAfter = useRef<{ key: string; first: boolean } | { element: HTMLElement } | null>(null);
  useLayoutEffect(() => {
    const want = focusAfter.current;
    if (!want) return;
    focusAfter.current = null;
    if ("element" in want) {
      if (want.element.isConnected) want.element.focus();
      return;
    }
    const card = root.current?.querySelector<HTMLElement>(`[data-testid="element"][data-key="${want.key}"]`);
    const target = want.first ? card?.querySelector<HTMLElement>("input, textarea, select") : card;
    (target ?? card)?.focus();
  });
  const [announce, setAnnounce] = useState("");

  const setElement = (index: number, inside: PathParts, value: Json | undefined) => {
    const key = c.keys[index];
    if (key !== undefined) {
      const id = fieldId(key, pathText(inside));
      setProbeProblems((all) => (id in all ? Object.fromEntries(Object.entries(all).filter(([other]) => other !== id)) : all));
    }
    update((s) => {
      const message = setAt(s.message, ["MsgBody", index, ...inside], value);
      return { message: isObject(message) ? message : s.message };
    });
  };

  const addElement = (type: MsgType) => {
    const key = newKey();
    focusAfter.current = { key, first: true };
    update((s) => ({
      message: { ...s.message, MsgBody: [...elementsOf(s.message), blankElement(type, defaults)] },
      keys: [...s.keys, key],
    }));
    setAnnounce(t("compose-announce-added", { type: typeName(type) }));
  };

  const moveElement = (from: number, to: number) => {
    const count = elementsOf(c.message).length;
    if (to < 0 || to >= count || from === to) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement) focusAfter.current = { element: active };
    const element = elementsOf(c.message)[from];
    update((s) => ({ message: { ...s.message, MsgBody: moved(elementsOf(s.message), from, to) }, keys: moved(s.keys, from, to) }));
    const type = isObject(element) && typeof element.MsgType === "string" && isMsgType(element.MsgType) ? typeName(element.MsgType) : "";
    setAnnounce(t("compose-announce-moved", { type, position: to + 1, count }));
  };

  const removeElement = (index: number) => {
    const list = elementsOf(c.message);
    const element = list[index];
    const next = c.keys[index + 1] ?? c.keys[index - 1];
    if (next !== undefined) focusAfter.current = { key: next, first: false };
    update((s) => ({
      message: { ...s.message, MsgBody: elementsOf(s.message).filter((_, i) => i !== index) },
      keys: s.keys.filter((_, i) => i !== index),
    }));
    const type = isObject(element) && typeof element.MsgType === "string" && isMsgType(element.MsgType) ? typeName(element.MsgType) : "";
    setAnnounce(t("compose-announce-removed", { type }));
  };

  // Tabs. Going back to the form takes the Raw JSON in when the form can show all of it; otherwise the
  // text stays what counts and the form says why.
  const toForm = async () => {
    const raw = composerStore.get().raw;
    if (raw === null) return update(() => ({ tab: "form" }));
    const f = await fitOf(raw);
    if (!live.current || composerStore.get().raw !== raw) return;
    if (f.state === "fits" && isObject(f.parsed)) replaceMessage(f.parsed, profile);
    else update(() => ({ tab: "form" }));
  };
  const toJson = () =>
    update((s) => ({ tab: "json", raw: s.raw ?? JSON.stringify(bodyOf(s.message, s.sender, profile), null, 2) }));

  // Sending: Ctrl/Cmd+Enter (or the button) opens the confirmation once Rust's check of this very text
  // says it is valid; an invalid message shows every problem and puts the caret in the first.
  const sending = useSender();
  const [confirming, setConfirming] = useState(false);
  const [wantSend, setWantSend] = useState(false);
  const sentJson = useRef<string | null>(null);
  const handled = useRef(new Set<string>());
  const focusFirstProblem = useRef(false);

  const askToSend = () => {
    if (sending.busy || confirming) return;
    if (!current) return setWantSend(true);
    if (valid) return setConfirming(true);
    setRevealAll(true);
    focusFirstProblem.current = true;
  };
  useEffect(() => {
    if (!wantSend || !current) return;
    setWantSend(false);
    askToSend();
  }, [wantSend, current]);
  useEffect(() => {
    if (!focusFirstProblem.current) return;
    focusFirstProblem.current = false;
    root.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid="raw-json"]')?.focus();
  });

  useEffect(() => {
    const state = sending.state;
    if (state?.kind !== "ended" || state.sent.delivery !== "sent" || handled.current.has(state.sent.outboxId)) return;
    handled.current.add(state.sent.outboxId);
    // Sent: the composer is ready for the next message — unless the producer already changed this one.
    if (sentJson.current === jsonRef.current) {
      clearAfterSend(defaults);
      setTouched(new Set());
      setRevealAll(false);
      setProbes({});
      setProbeProblems({});
    }
  }, [sending.state]);

  // Templates.
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [saveOpen, setSaveOpen] = useState(false);
  const [replacing, setReplacing] = useState<Template | null>(null);
  const applyTemplate = (template: Template) => {
    setTemplatesOpen(false);
    if (hasContent(composerStore.get())) setReplacing(template);
    else replaceMessage(template.body as JsonObject, profile);
  };

  const from = fromAccount(c.sender, profile) ?? profile.defaultFromAccount ?? profile.adminIdentifier;
  const shortcut = isMac ? "⌘↩" : t("compose-shortcut-ctrl");
  const elements = elementsOf(c.message);
  const notJson = checked?.error?.code === "INVALID_INPUT" && current ? checked.error : null;
  const formShowsAll = c.raw === null;

  return (
    <section
      class="composer"
      ref={root}
      data-testid="composer"
      onKeyDown={(e) => {
        if (e.key !== "Enter" || !(isMac ? e.metaKey : e.ctrlKey) || e.altKey || e.shiftKey) return;
        if ((e.target as Element | null)?.closest("dialog")) return;
        e.preventDefault();
        askToSend();
      }}
    >
      <div class="composer-main">
        <div class="composer-toolbar">
          <div class="segmented" role="tablist" aria-label={attr("compose-tabs", "aria-label")}>
            <TabButton id={`${ids}-tab-form`} panel={`${ids}-panel`} selected={c.tab === "form"} testId="tab-form" onSelect={() => void toForm()} other={() => toJson()}>
              {t("compose-tab-form")}
            </TabButton>
            <TabButton id={`${ids}-tab-json`} panel={`${ids}-panel`} selected={c.tab === "json"} testId="tab-json" onSelect={toJson} other={() => void toForm()}>
              {t("compose-tab-json")}
            </TabButton>
          </div>
          <div class="toolbar-actions">
            <button type="button" class="button small" data-testid="open-templates" onClick={() => setTemplatesOpen(true)}>
              {t("compose-templates")}
            </button>
            <button type="button" class="button small" data-testid="save-as-template" disabled={!valid} title={valid ? undefined : t("compose-save-template-invalid")} onClick={() => setSaveOpen(true)}>
              {t("compose-save-template")}
            </button>
            <button
              type="button"
              class="button small"
              data-testid="compose-schedule"
              disabled={!draft}
              title={draft ? undefined : t("compose-schedule-invalid")}
              onClick={() => draft && openScheduleForm({ mode: "add", body: draft })}
            >
              {t("compose-schedule")}
            </button>
          </div>
        </div>

        <div
          class="composer-panel"
          id={`${ids}-panel`}
          role="tabpanel"
          aria-labelledby={c.tab === "form" ? `${ids}-tab-form` : `${ids}-tab-json`}
        >
          {!c.loaded ? null : c.tab === "json" ? (
            <RawJson
              raw={c.raw ?? ""}
              fit={fit}
              notJson={notJson}
              problems={current ? (report?.errors ?? []) : []}
              omitted={current ? (report?.omitted ?? 0) : 0}
              onChange={(raw) => update(() => ({ raw }))}
            />
          ) : !formShowsAll ? (
            <RawNotice
              notJson={fit?.state === "notJson" || notJson !== null}
              paths={fit?.state === "unshown" ? fit.paths : null}
              problems={current ? (report?.errors ?? []) : []}
              onEdit={toJson}
              onDrop={() => {
                if (fit?.state === "unshown") replaceMessage(withoutUnshown(fit.parsed), profile);
                else update(() => ({ raw: null }));
              }}
            />
          ) : (
            <div class="compose-form" data-testid="compose-form">
              <SenderField
                profile={profile}
                sender={c.sender}
                problems={fieldProblems(fieldId(null, "From_Account"))}
                onChange={(sender: Sender) => update(() => ({ sender }))}
                onTouch={() => touch(fieldId(null, "From_Account"))}
              />
              <div class="element-list" aria-label={attr("compose-elements", "aria-label")} role="group">
                {elements.map((element, i) => {
                  const key = c.keys[i] ?? `missing-${i}`;
                  return isObject(element) ? (
                    <ElementCard
                      key={key}
                      index={i}
                      count={elements.length}
                      elementKey={key}
                      element={element}
                      limits={limits}
                      fieldProblems={fieldProblems}
                      probeProblems={(id) => probeProblems[id] ?? []}
                      problems={elementProblems(key)}
                      probes={Object.entries(probes)
                        .filter(([slot]) => slot.startsWith(`${key}|`))
                        .map(([, p]) => p)}
                      onSet={(inside, value) => setElement(i, inside, value)}
                      onTouch={touch}
                      onMove={(to) => moveElement(i, to)}
                      onRemove={() => removeElement(i)}
                      onProbe={(kind, url) => void runProbe(key, kind, url)}
                    />
                  ) : null;
                })}
              </div>
              <AddElementMenu onAdd={addElement} />
              <CloudCustomDataField
                value={getAt(c.message, ["CloudCustomData"])}
                problems={fieldProblems(fieldId(null, "CloudCustomData"))}
                onChange={(value) => update((s) => ({ message: setAt(s.message, ["CloudCustomData"], value) as JsonObject }))}
                onTouch={() => touch(fieldId(null, "CloudCustomData"))}
              />
            </div>
          )}
        </div>

        <div class="send-bar" data-testid="send-bar">
          {formShowsAll && c.tab === "form" && placed.message.length > 0 && (
            <div class="notice error" role="alert" data-testid="message-problems">
              {placed.message.map((p) => (
                <p>{problemText(p)}</p>
              ))}
            </div>
          )}
          <div class="send-row">
            <ByteMeter bytes={report?.bytes ?? 0} limit={report?.limit ?? limits?.messageMaxBytes ?? 0} stale={!current} />
            <div class="send-actions">
              <span class="muted small" aria-hidden="true">
                {shortcut}
              </span>
              <button
                type="button"
                class="button primary"
                data-testid="compose-send"
                disabled={!valid || sending.busy}
                aria-describedby={`${ids}-why`}
                aria-keyshortcuts={isMac ? "Meta+Enter" : "Control+Enter"}
                onClick={askToSend}
              >
                <SendIcon size={16} />
                {t("compose-send")}
              </button>
            </div>
          </div>
          <p class="hint" id={`${ids}-why`} data-testid="send-why" aria-live="polite">
            {!c.loaded || !current
              ? t("compose-checking")
              : notJson
                ? t("compose-why-not-json")
                : !valid
                  ? t("compose-why-invalid", { count: (report?.errors.length ?? 0) + (report?.omitted ?? 0) })
                  : profile.isSandbox
                    ? t("compose-ready-sandbox")
                    : t("compose-ready", { profile: profile.name })}
          </p>
          {saveError && (
            <p class="hint warning" role="status" data-testid="draft-not-saved">
              {t("compose-draft-not-saved", { error: deskErrorText(saveError) })}
            </p>
          )}
          <div aria-live="polite">
            <SendResult sender={sending} />
          </div>
        </div>
        <p class="visually-hidden" aria-live="polite" data-testid="announcer">
          {announce}
        </p>
      </div>

      <Preview draft={shown?.draft ?? null} from={from} request={requestNow?.preview ?? null} requestError={requestNow?.error ?? null} />

      {confirming && draft && report && (
        <ConfirmSend
          profile={profile}
          regions={regions}
          draft={draft}
          from={draft.From_Account ?? from}
          bytes={report.bytes}
          limit={report.limit}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            sentJson.current = json;
            // Not awaited: the dialog closes at once and the outcome shows in place, queued first.
            void sending.send(profile.id, draft);
          }}
        />
      )}
      {templatesOpen && <TemplatesDialog onUse={applyTemplate} onClose={() => setTemplatesOpen(false)} />}
      {saveOpen && draft && <SaveTemplateDialog draft={draft} onClose={() => setSaveOpen(false)} />}
      {replacing && (
        <ConfirmDialog
          title={t("compose-replace-title", { name: replacing.name })}
          confirmLabel={t("compose-replace-confirm")}
          testId="confirm-replace"
          onClose={() => setReplacing(null)}
          onConfirm={async () => replaceMessage(replacing.body as JsonObject, profile)}
        >
          <p>{t("compose-replace-body")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function TabButton({
  id,
  panel,
  selected,
  testId,
  onSelect,
  other,
  children,
}: {
  id: string;
  panel: string;
  selected: boolean;
  testId: string;
  onSelect: () => void;
  /** The other tab, for the arrow keys. */
  other: () => void;
  children: string;
}) {
  return (
    <button
      type="button"
      role="tab"
      id={id}
      class="segment-tab"
      aria-selected={selected}
      aria-controls={panel}
      tabIndex={selected ? 0 : -1}
      data-testid={testId}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
        e.preventDefault();
        other();
        const list = e.currentTarget.parentElement;
        requestAnimationFrame(() => list?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
      }}
    >
      {children}
    </button>
  );
}

/** The form's place while the Raw JSON holds what it cannot show: what and where, and the two ways on. */
function RawNotice({
  notJson,
  paths,
  problems,
  onEdit,
  onDrop,
}: {
  notJson: boolean;
  paths: string[] | null;
  problems: readonly Problem[];
  onEdit: () => void;
  onDrop: () => void;
}) {
  return (
    <div class="raw-notice" data-testid="raw-notice">
      <p class="notice warning" role="status">
        {notJson ? t("compose-raw-notice-not-json") : paths ? t("compose-raw-notice", { paths: pathsText(paths) }) : t("compose-raw-notice-checking")}
      </p>
      <div class="result-actions">
        <button type="button" class="button small primary" data-testid="raw-edit" onClick={onEdit}>
          {t("compose-raw-edit")}
        </button>
        <button type="button" class="button small" data-testid="raw-drop" onClick={onDrop}>
          {notJson ? t("compose-raw-discard") : t("compose-raw-drop")}
        </button>
      </div>
      {problems.length > 0 && (
        <ul class="raw-problems">
          {problems.map((p) => (
            <li>
              {p.path !== "" && <code class="json-name">{p.path}</code>} {problemText(p)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CloudCustomDataField({
  value,
  problems,
  onChange,
  onTouch,
}: {
  value: Json | undefined;
  problems: Problem[];
  onChange: (value: string | undefined) => void;
  onTouch: () => void;
}) {
  const ids = useId();
  const invalid = problems.length > 0;
  return (
    <Field
      label={t("compose-cloud-custom-data")}
      tag={<code class="json-name">{CLOUD_CUSTOM_DATA}</code>}
      htmlFor={`${ids}-ccd`}
      optional
      hint={t("compose-hint-cloud-custom-data")}
      error={
        invalid && (
          <p class="field-error" id={`${ids}-error`} role="alert" data-testid="field-error" data-field={CLOUD_CUSTOM_DATA}>
            {problems.map(problemText).join(" ")}
          </p>
        )
      }
    >
      <textarea
        id={`${ids}-ccd`}
        class="mono"
        rows={2}
        spellcheck={false}
        data-testid="cloud-custom-data"
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={invalid ? `${ids}-error` : undefined}
        value={typeof value === "string" ? value : ""}
        onInput={(e) => onChange(e.currentTarget.value === "" ? undefined : e.currentTarget.value)}
        onBlur={onTouch}
      />
    </Field>
  );
}

/** Tencent's name for the field, beside its label. */
const CLOUD_CUSTOM_DATA = "CloudCustomData";
