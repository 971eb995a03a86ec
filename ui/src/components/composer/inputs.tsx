/**
 * The composer's inputs, one per kind of field (schema.ts): each shows the value the message holds and
 * hands back what goes into the message for what was typed. A number field keeps the text as typed
 * while it has focus (so "1." or "1.50" is not rewritten under the caret) and writes the number it
 * reads as, or the text itself when it is not one.
 *
 * Not here: labels, hints and problems (element-card.tsx lays each field out with the shared Field).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { ImageSize } from "../../bindings/ImageSize";
import type { Limits } from "../../ipc";
import { t } from "../../i18n";
import { numberText, typedNumber, type Json } from "./message";
import type { FieldKind } from "./schema";

export type InputProps = {
  id: string;
  /** The field's path inside the element (`MsgContent.Text`): the input's `name`. */
  name: string;
  kind: FieldKind;
  /** In a monospaced font: data for a program, not words for people. */
  mono: boolean;
  value: Json | undefined;
  optional: boolean;
  limits: Limits | null;
  invalid: boolean;
  describedBy: string | undefined;
  /** `undefined` takes the key out of the message. */
  onChange: (value: Json | undefined) => void;
  onLeave: () => void;
};

export function FieldInput(props: InputProps) {
  const common = {
    id: props.id,
    name: props.name,
    "aria-invalid": props.invalid ? ("true" as const) : undefined,
    "aria-describedby": props.describedBy,
    onBlur: props.onLeave,
  };
  const text = typeof props.value === "string" ? props.value : "";
  // An optional field left empty is no field at all; a required one is empty text, which Rust names.
  const fromText = (value: string) => (value === "" && props.optional ? undefined : value);
  switch (props.kind) {
    case "multiline":
      return (
        <textarea
          {...common}
          rows={3}
          class={props.mono ? "mono" : undefined}
          value={text}
          onInput={(e) => props.onChange(fromText(e.currentTarget.value))}
        />
      );
    case "text":
    case "url":
      return (
        <input
          {...common}
          type="text"
          class={props.kind === "url" || props.mono ? "mono" : undefined}
          inputMode={props.kind === "url" ? "url" : undefined}
          spellcheck={props.kind !== "url"}
          autocomplete="off"
          value={text}
          onInput={(e) => props.onChange(fromText(e.currentTarget.value))}
        />
      );
    case "number":
    case "downloadFlag":
      return <NumberInput {...props} />;
    case "imageFormat":
    case "imageSize":
      return <ChoiceInput {...props} />;
    case "imageSizes":
      // A list of groups, laid out by the element card.
      return null;
  }
}

function NumberInput(props: InputProps) {
  const [text, setText] = useState(() => numberText(props.value));
  const focused = useRef(false);
  useEffect(() => {
    // A value set from elsewhere (Fill from URL, a template) replaces the text, unless it is what the
    // text already says (the producer's "1.50" stays while it means 1.5).
    if (!focused.current || typedNumber(text) !== props.value) setText(numberText(props.value));
  }, [props.value]);
  return (
    <input
      id={props.id}
      name={props.name}
      type="text"
      inputMode="decimal"
      class="mono"
      autocomplete="off"
      aria-invalid={props.invalid ? "true" : undefined}
      aria-describedby={props.describedBy}
      value={text}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        props.onLeave();
      }}
      onInput={(e) => {
        setText(e.currentTarget.value);
        props.onChange(typedNumber(e.currentTarget.value));
      }}
    />
  );
}

/** A choice among Rust's values (image formats, image sizes); a value outside them stays choosable as
 * its number, so the field shows what the message holds and Rust names what is wrong with it. */
function ChoiceInput(props: InputProps) {
  const options =
    props.kind === "imageFormat"
      ? (props.limits?.imageFormats ?? []).map((f) => ({ value: f.value, text: formatName(f.value, f.name) }))
      : (props.limits?.imageSizes ?? []).map((s) => ({ value: s.value, text: sizeName(s.value, s.size) }));
  const value = typeof props.value === "number" ? props.value : null;
  const known = options.some((o) => o.value === value);
  return (
    <select
      id={props.id}
      name={props.name}
      aria-invalid={props.invalid ? "true" : undefined}
      aria-describedby={props.describedBy}
      value={value === null ? "" : String(value)}
      onBlur={props.onLeave}
      onChange={(e) => {
        const chosen = e.currentTarget.value;
        props.onChange(chosen === "" ? undefined : Number(chosen));
        props.onLeave();
      }}
    >
      {value === null && <option value="">{t("compose-choose")}</option>}
      {options.map((o) => (
        <option value={String(o.value)}>{o.text}</option>
      ))}
      {value !== null && !known && <option value={String(value)}>{String(value)}</option>}
    </select>
  );
}

/** `ImageFormat` as the producer picks it: the format's name and Tencent's number for it. */
function formatName(value: number, name: string | null): string {
  return name === null ? t("compose-image-format-other", { value: String(value) }) : t("compose-image-format", { name, value: String(value) });
}

function sizeName(value: number, size: ImageSize): string {
  return t("compose-image-size", { name: imageSizeName(size), value: String(value) });
}

/** An image size's name, as the preview names it too. */
export function imageSizeName(size: ImageSize): string {
  switch (size) {
    case "original":
      return t("message-image-original");
    case "large":
      return t("message-image-large");
    case "thumbnail":
      return t("message-image-thumbnail");
  }
}
