/**
 * The profile's colour: a palette of swatches and a picker for any other colour. The colour marks every
 * place the profile is the target, so production and test apps never look alike.
 *
 * Not here: whether a colour is valid (Rust's rule; the form shows its answer through `error`).
 */
import type { ComponentChildren } from "preact";
import { PALETTE } from "../../format";

export function ColorField(props: {
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
