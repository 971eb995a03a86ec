/**
 * One element of the message in the composer: its type and place, buttons to move it up or down
 * (Alt+↑/↓ from anywhere inside it) and to remove it, and its fields (schema.ts) — each with its hint,
 * the limits Rust sent, and the problems Rust's check or a media probe found with it. A media field's
 * URL has "Fill from URL", which reads the file's first bytes (nothing is uploaded) and fills what it
 * found; what it could not find is said beside the field it concerns.
 *
 * Not here: what the problems are (Rust's), which are shown yet (the view decides: a field the producer
 * has touched, or every field once they tried to send), or the probe itself (the view runs it).
 */
import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import type { Limits, MediaKind, MediaProblem, Problem } from "../../ipc";
import { attr, t } from "../../i18n";
import { mediaProblemText, problemText } from "../../texts/rust";
import { BusyButton } from "../busy-button";
import { Field } from "../fields";
import { FieldInput } from "./inputs";
import { getAt, isObject, pathText, type Json, type JsonObject, type PathParts } from "./message";
import { ELEMENT_SCHEMAS, IMAGE_SIZE_FIELDS, isMsgType, mediaUrlHint, type FieldSpec, type MsgType } from "./schema";
import { fieldId } from "./problems";

/** A probe of one of this element's URLs: running, or what it found. */
export type ProbeState = {
  kind: MediaKind;
  busy: boolean;
  /** What it says under the URL when done: what was filled, or why nothing could be. */
  note: string | null;
  failed: boolean;
};

export type CardProps = {
  index: number;
  count: number;
  elementKey: string;
  element: JsonObject;
  limits: Limits | null;
  /** The problems to show now, by field id (problems.ts). */
  fieldProblems: (id: string) => Problem[];
  probeProblems: (id: string) => MediaProblem[];
  /** The element's own problems to show now. */
  problems: Problem[];
  probes: readonly ProbeState[];
  /** `inside` is the path from the element (`["MsgContent", "Text"]`). */
  onSet: (inside: PathParts, value: Json | undefined) => void;
  onTouch: (id: string) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  onProbe: (kind: MediaKind, url: string) => void;
};

export function typeName(type: MsgType): string {
  return ELEMENT_SCHEMAS[type].name();
}

export function ElementCard(props: CardProps) {
  const { element, index, count } = props;
  const ids = useId();
  const type = typeof element.MsgType === "string" && isMsgType(element.MsgType) ? element.MsgType : null;
  if (type === null) return null;
  const name = typeName(type);
  const content = isObject(element.MsgContent) ? element.MsgContent : {};
  const position = { type: name, position: index + 1, count };
  const fields = ELEMENT_SCHEMAS[type].fields;

  const field = (spec: FieldSpec, parts: PathParts, label?: string) => (
    <CardField key={pathText(parts)} card={props} spec={spec} parts={parts} idPrefix={ids} label={label} content={content} />
  );

  const rendered = (list: readonly FieldSpec[]) =>
    list.map((spec) => (spec.kind === "imageSizes" ? <ImageSizes card={props} spec={spec} content={content} idPrefix={ids} field={field} /> : field(spec, [spec.name])));

  const main = fields.filter((f) => !f.more);
  const more = fields.filter((f) => f.more);
  const moreHasProblem = more.some(
    (f) => props.fieldProblems(fieldId(props.elementKey, `MsgContent.${f.name}`)).length > 0,
  );

  return (
    <section
      class="element-form"
      data-testid="element"
      data-type={type}
      data-key={props.elementKey}
      aria-labelledby={`${ids}-title`}
      // Focus lands here when the element before it is removed.
      tabIndex={-1}
      onKeyDown={(e) => {
        if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
        if (e.key === "ArrowUp" && index > 0) {
          e.preventDefault();
          props.onMove(index - 1);
        } else if (e.key === "ArrowDown" && index < count - 1) {
          e.preventDefault();
          props.onMove(index + 1);
        }
      }}
    >
      <header class="element-head">
        <h3 id={`${ids}-title`} class="element-name">
          <span class="element-position">{t("compose-element-position", { position: index + 1 })}</span>
          {name}
          <code class="json-name">{type}</code>
        </h3>
        <div class="element-actions">
          <button
            type="button"
            class="icon-button"
            data-testid="element-up"
            disabled={index === 0}
            aria-label={attr("compose-move-up", "aria-label", position)}
            title={attr("compose-move-up", "title")}
            onClick={() => props.onMove(index - 1)}
          >
            <Arrow up />
          </button>
          <button
            type="button"
            class="icon-button"
            data-testid="element-down"
            disabled={index === count - 1}
            aria-label={attr("compose-move-down", "aria-label", position)}
            title={attr("compose-move-down", "title")}
            onClick={() => props.onMove(index + 1)}
          >
            <Arrow />
          </button>
          <button
            type="button"
            class="icon-button"
            data-testid="element-remove"
            aria-label={attr("compose-remove", "aria-label", position)}
            title={attr("compose-remove", "title")}
            onClick={props.onRemove}
          >
            <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
          </button>
        </div>
      </header>
      {props.problems.length > 0 && (
        <p class="field-error" role="alert" data-testid="element-error">
          {props.problems.map(problemText).join(" ")}
        </p>
      )}
      {rendered(main)}
      {more.length > 0 && (
        <details class="more-fields" open={moreHasProblem}>
          <summary>{t("compose-more-fields")}</summary>
          {rendered(more)}
        </details>
      )}
    </section>
  );
}

function Arrow({ up = false }: { up?: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">
      <path d={up ? "M12 19V5M5 12l7-7 7 7" : "M12 5v14M5 12l7 7 7-7"} stroke="currentColor" stroke-width="2" fill="none" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

/** One field: label (with Tencent's JSON name), input, problems, hint; a media URL with its probe. */
function CardField({
  card,
  spec,
  parts,
  idPrefix,
  label,
  content,
}: {
  card: CardProps;
  spec: FieldSpec;
  /** The path inside `MsgContent`. */
  parts: PathParts;
  idPrefix: string;
  label: string | undefined;
  content: JsonObject;
}) {
  const inside = pathText(["MsgContent", ...parts]);
  const id = fieldId(card.elementKey, inside);
  const domId = `${idPrefix}-${inside.replace(/[^A-Za-z0-9]/g, "-")}`;
  const errorId = `${domId}-error`;
  const problems = card.fieldProblems(id);
  const probeProblems = card.probeProblems(id);
  const messages = [...probeProblems.map(mediaProblemText), ...problems.map(problemText)];
  const invalid = messages.length > 0;
  const probe = spec.probe ? card.probes.find((p) => p.kind === spec.probe) : undefined;
  const value = getAt(content, parts);
  const input = (
    <FieldInput
      id={domId}
      name={inside}
      kind={spec.kind}
      mono={spec.mono ?? false}
      value={value}
      optional={spec.optional ?? false}
      limits={card.limits}
      invalid={invalid}
      describedBy={invalid ? errorId : undefined}
      onChange={(next) => card.onSet(["MsgContent", ...parts], next)}
      onLeave={() => card.onTouch(id)}
    />
  );
  return (
    <Field
      label={label ?? spec.label()}
      tag={<code class="json-name">{spec.name}</code>}
      htmlFor={domId}
      optional={spec.optional ?? false}
      hint={spec.hint?.(card.limits)}
      error={
        invalid && (
          <p class="field-error" id={errorId} role="alert" data-testid="field-error" data-field={inside}>
            {messages.join(" ")}
          </p>
        )
      }
    >
      {spec.probe ? (
        <ProbeRow
          input={input}
          probe={probe}
          url={typeof value === "string" ? value : ""}
          onProbe={(url) => card.onProbe(spec.probe as MediaKind, url)}
        />
      ) : (
        input
      )}
    </Field>
  );
}

function ProbeRow({
  input,
  probe,
  url,
  onProbe,
}: {
  input: ComponentChildren;
  probe: ProbeState | undefined;
  url: string;
  onProbe: (url: string) => void;
}) {
  return (
    <>
      <div class="probe-row">
        {input}
        <BusyButton
          class="button small"
          testId="probe"
          busy={probe?.busy ?? false}
          busyLabel={t("compose-probe-busy")}
          disabled={url.trim() === ""}
          onClick={() => onProbe(url)}
        >
          {t("compose-probe")}
        </BusyButton>
      </div>
      {probe?.note && (
        <p class={probe.failed ? "hint warning" : "hint success"} role="status" data-testid="probe-note">
          {probe.note}
        </p>
      )}
    </>
  );
}

/** `ImageInfoArray`: the first entry's URL first (with Fill from URL), then each size's fields. */
function ImageSizes({
  card,
  spec,
  content,
  idPrefix,
  field,
}: {
  card: CardProps;
  spec: FieldSpec;
  content: JsonObject;
  idPrefix: string;
  field: (spec: FieldSpec, parts: PathParts, label?: string) => ComponentChildren;
}) {
  const entries = Array.isArray(content[spec.name]) ? (content[spec.name] as Json[]) : [];
  const count = Math.max(entries.length, 1);
  const urlSpec = IMAGE_SIZE_FIELDS.find((f) => f.name === "URL");
  const listId = fieldId(card.elementKey, `MsgContent.${spec.name}`);
  const listProblems = card.fieldProblems(listId);
  const rest = IMAGE_SIZE_FIELDS.filter((f) => f.name !== "URL");
  return (
    <>
      {urlSpec && field({ ...urlSpec, probe: "image", hint: mediaUrlHint }, [spec.name, 0, urlSpec.name], t("compose-field-image-url"))}
      <fieldset class="image-sizes" aria-describedby={`${idPrefix}-sizes-hint`}>
        <legend class="label">
          {spec.label()}
          <code class="json-name">{spec.name}</code>
        </legend>
        {listProblems.length > 0 && (
          <p class="field-error" role="alert" data-testid="field-error" data-field={`MsgContent.${spec.name}`}>
            {listProblems.map(problemText).join(" ")}
          </p>
        )}
        {Array.from({ length: count }, (_, j) => (
          <div class="image-size" data-testid="image-size">
            <div class="image-size-head">
              <span class="muted small">{t("compose-image-size-entry", { position: j + 1 })}</span>
              {j > 0 && (
                <button
                  type="button"
                  class="link-button"
                  data-testid="image-size-remove"
                  onClick={() => card.onSet(["MsgContent", spec.name, j], undefined)}
                >
                  {t("compose-image-size-remove")}
                </button>
              )}
            </div>
            <div class="field-grid">
              {(j === 0 ? rest : IMAGE_SIZE_FIELDS).map((sub) => field(sub, [spec.name, j, sub.name]))}
            </div>
          </div>
        ))}
        <button
          type="button"
          class="link-button"
          data-testid="image-size-add"
          onClick={() => card.onSet(["MsgContent", spec.name], [...(entries.length > 0 ? entries : [{}]), {}])}
        >
          {t("compose-image-size-add")}
        </button>
        <p class="hint" id={`${idPrefix}-sizes-hint`}>
          {spec.hint?.(card.limits)}
        </p>
      </fieldset>
    </>
  );
}
