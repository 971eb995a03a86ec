/**
 * Templates from the composer: save the message being written under a name (marked for the emergency
 * panel or not), and a list to use one (the composer asks before replacing a message in progress),
 * rename, duplicate, delete (after a confirmation) and mark or unmark one for emergencies.
 *
 * Rust refuses a name by field (`INVALID_TEMPLATE`, shown beside the name) and a message that could
 * never be sent with its report (`INVALID_MESSAGE`, listed); anything else is said in the dialog.
 *
 * Not here: the rules (Rust's) or what using a template does to the composer (state/composer.ts).
 */
import { useEffect, useId, useState } from "preact/hooks";
import { toDeskError, type DeskError, type Draft, type Template } from "../../ipc";
import { useAction, useLive } from "../../hooks";
import { formatList, t } from "../../i18n";
import { deskErrorText, fieldProblemText, problemText } from "../../texts/rust";
import { refreshTemplates, removeTemplate, renameTemplateTo, duplicateTemplateAs, replaceTemplate, saveTemplate, templatesStore } from "../../state/templates";
import { useStore } from "../../state/store";
import { BusyButton } from "../busy-button";
import { ConfirmDialog, Dialog } from "../dialog";
import { Field } from "../fields";
import { typeName } from "./element-card";

/** What Rust said about a refused name or message: the name's problems beside it, the rest listed. */
function Refusal({ error, nameField }: { error: DeskError; nameField: boolean }) {
  const others = error.fields.filter((f) => !nameField || f.field !== "name");
  const report = error.report?.errors ?? [];
  if (error.code === "INVALID_TEMPLATE" && others.length === 0) return null;
  return (
    <div class="notice error" role="alert" data-testid="template-error" data-code={error.code}>
      {error.code === "INVALID_MESSAGE" ? (
        <>
          <p>{t("templates-message-refused")}</p>
          <ul>
            {report.map((p) => (
              <li>{problemText(p)}</li>
            ))}
          </ul>
        </>
      ) : others.length > 0 ? (
        others.map((f) => <p>{fieldProblemText(f)}</p>)
      ) : (
        <p>{deskErrorText(error)}</p>
      )}
    </div>
  );
}

function nameProblems(error: DeskError | null): string[] | undefined {
  if (error?.code !== "INVALID_TEMPLATE") return undefined;
  const words = error.fields.filter((f) => f.field === "name").map(fieldProblemText);
  return words.length > 0 ? words : undefined;
}

/** A name input with Rust's problems beside it. */
function NameField({ id, value, onInput, error }: { id: string; value: string; onInput: (v: string) => void; error: DeskError | null }) {
  const problems = nameProblems(error);
  return (
    <Field
      label={t("templates-name")}
      htmlFor={id}
      error={
        problems && (
          <p class="field-error" id={`${id}-error`} role="alert" data-testid="field-error" data-field="name">
            {problems.join(" ")}
          </p>
        )
      }
    >
      <input
        id={id}
        type="text"
        name="template-name"
        autocomplete="off"
        autofocus
        aria-invalid={problems ? "true" : undefined}
        aria-describedby={problems ? `${id}-error` : undefined}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

/** Saves the composer's message as a new template. */
export function SaveTemplateDialog({ draft, onClose }: { draft: Draft; onClose: () => void }) {
  const ids = useId();
  const live = useLive();
  const [name, setName] = useState("");
  const [emergency, setEmergency] = useState(false);
  const [error, setError] = useState<DeskError | null>(null);
  const [saved, setSaved] = useState<Template | null>(null);
  const saving = useAction(async () => {
    setError(null);
    try {
      const template = await saveTemplate({ name, body: draft, emergency });
      if (live.current) setSaved(template);
    } catch (raw) {
      if (live.current) setError(toDeskError(raw));
    }
  });
  return (
    <Dialog title={t("templates-save-title")} onClose={onClose} class="dialog-form" testId="save-template">
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void saving.run();
        }}
      >
        <div class="dialog-scroll">
          {saved ? (
            <p class="notice info" role="status" data-testid="template-saved">
              {t("templates-saved", { name: saved.name })}
            </p>
          ) : (
            <>
              <NameField id={`${ids}-name`} value={name} onInput={setName} error={error} />
              <label class="check-row">
                <input type="checkbox" name="template-emergency" checked={emergency} onChange={(e) => setEmergency(e.currentTarget.checked)} />
                <span>
                  {t("templates-emergency")}
                  <span class="hint">{t("templates-emergency-hint")}</span>
                </span>
              </label>
              {error && <Refusal error={error} nameField />}
            </>
          )}
        </div>
        <div class="dialog-actions">
          {saved ? (
            <button type="button" class="button primary" onClick={onClose} autofocus>
              {t("templates-done")}
            </button>
          ) : (
            <>
              <button type="button" class="button" onClick={onClose}>
                {t("dialog-cancel")}
              </button>
              <BusyButton type="submit" class="button primary" testId="template-save" busy={saving.busy}>
                {t("templates-save")}
              </BusyButton>
            </>
          )}
        </div>
      </form>
    </Dialog>
  );
}

/** Every template, to use or manage. `onUse` gets the one chosen; the caller closes the list. */
export function TemplatesDialog({ onUse, onClose }: { onUse: (template: Template) => void; onClose: () => void }) {
  const { list, error } = useStore(templatesStore);
  useEffect(() => {
    void refreshTemplates();
  }, []);
  return (
    <Dialog title={t("templates-title")} onClose={onClose} class="dialog-form templates-dialog" testId="templates">
      <div class="dialog-scroll">
        {error && (
          <p class="notice error" role="alert" data-code={error.code}>
            {t("templates-read-error", { error: deskErrorText(error) })}
          </p>
        )}
        {list?.length === 0 && <p class="muted" data-testid="templates-empty">{t("templates-empty")}</p>}
        <ul class="template-list" aria-label={t("templates-title")}>
          {list?.map((template) => (
            <TemplateItem key={template.id} template={template} onUse={() => onUse(template)} />
          ))}
        </ul>
      </div>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={onClose}>
          {t("templates-close")}
        </button>
      </div>
    </Dialog>
  );
}

type Editing = { kind: "rename" | "duplicate"; name: string };

function TemplateItem({ template, onUse }: { template: Template; onUse: () => void }) {
  const ids = useId();
  const live = useLive();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<DeskError | null>(null);
  const [deleting, setDeleting] = useState(false);
  const act = useAction(async (change: () => Promise<unknown>) => {
    setError(null);
    try {
      await change();
      if (live.current) setEditing(null);
    } catch (raw) {
      if (live.current) setError(toDeskError(raw));
    }
  });
  const submit = (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    const name = editing.name;
    void act.run(() => (editing.kind === "rename" ? renameTemplateTo(template.id, name) : duplicateTemplateAs(template.id, name)));
  };
  const types = formatList(template.body.MsgBody.map((e) => typeName(e.MsgType)));
  return (
    <li class="template-item" data-testid="template" data-template-id={template.id} data-emergency={template.emergency ? "true" : undefined}>
      <div class="template-head">
        <span class="template-name" data-testid="template-name">
          {template.name}
        </span>
        {template.emergency && <span class="emergency-badge">{t("templates-emergency-badge")}</span>}
      </div>
      <p class="muted small">{types}</p>
      {editing ? (
        <form class="template-edit" onSubmit={submit} noValidate>
          <NameField
            id={`${ids}-name`}
            value={editing.name}
            onInput={(name) => setEditing({ ...editing, name })}
            error={error}
          />
          <div class="result-actions">
            <BusyButton type="submit" class="button small primary" testId="template-edit-save" busy={act.busy}>
              {editing.kind === "rename" ? t("templates-rename-save") : t("templates-duplicate-save")}
            </BusyButton>
            <button type="button" class="button small" onClick={() => (setEditing(null), setError(null))}>
              {t("dialog-cancel")}
            </button>
          </div>
        </form>
      ) : (
        <div class="result-actions template-actions">
          <button type="button" class="button small primary" data-testid="template-use" onClick={onUse}>
            {t("templates-use")}
          </button>
          <button type="button" class="button small" data-testid="template-rename" onClick={() => (setEditing({ kind: "rename", name: template.name }), setError(null))}>
            {t("templates-rename")}
          </button>
          <button
            type="button"
            class="button small"
            data-testid="template-duplicate"
            onClick={() => (setEditing({ kind: "duplicate", name: t("templates-copy-name", { name: template.name }) }), setError(null))}
          >
            {t("templates-duplicate")}
          </button>
          <label class="check-row small">
            <input
              type="checkbox"
              data-testid="template-emergency"
              checked={template.emergency}
              disabled={act.busy}
              onChange={(e) => {
                const emergency = e.currentTarget.checked;
                void act.run(() => replaceTemplate(template.id, { name: template.name, body: template.body, emergency }));
              }}
            />
            <span>{t("templates-emergency")}</span>
          </label>
          <button type="button" class="button small danger-quiet" data-testid="template-delete" onClick={() => setDeleting(true)}>
            {t("templates-delete")}
          </button>
        </div>
      )}
      {error && !editing && <Refusal error={error} nameField={false} />}
      {error && editing && <Refusal error={error} nameField />}
      {deleting && (
        <ConfirmDialog
          title={t("templates-delete-title", { name: template.name })}
          confirmLabel={t("templates-delete-confirm")}
          testId="confirm-template-delete"
          onClose={() => setDeleting(false)}
          onConfirm={() => removeTemplate(template.id)}
        >
          <p>{t("templates-delete-body")}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
