/**
 * A form field as every form in the app lays it out: the label (and "optional"), the input, the
 * problem Rust found with it, and a hint. Any form can use these; the profile form does, and the
 * message composer will.
 *
 * Not here: what makes a value valid (Rust answers that) or which problem belongs to which field
 * (the form that sent the values decides).
 */
import type { ComponentChildren } from "preact";
import { t } from "../i18n";

export function Field(props: {
  label: string;
  htmlFor: string;
  hint?: string | undefined;
  optional?: boolean;
  /** After the label: the name the value has where it is stored (the composer shows Tencent's JSON
   * field names, which Rust's problems quote). */
  tag?: ComponentChildren;
  error: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="field">
      <label class="label" for={props.htmlFor}>
        {props.label}
        {props.tag}
        {props.optional && <span class="optional">{t("field-optional")}</span>}
      </label>
      {props.children}
      {props.error}
      {props.hint && <p class="hint">{props.hint}</p>}
    </div>
  );
}

/**
 * The problems with one field, as one alert the input points at with `aria-describedby` (so `id` must be
 * the one the input names); nothing while there are none.
 */
export function FieldError({ id, field, messages }: { id: string; field: string; messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p class="field-error" id={id} role="alert" data-testid={`field-error-${field}`}>
      {messages.join(" ")}
    </p>
  );
}
