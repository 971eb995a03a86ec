/**
 * The profile's colour: a palette of swatches and a picker for any other colour. The colour marks every
 * place the profile is the target, so production and test apps never look alike.
 *
 * Not here: whether a colour is valid (Rust's rule; the form shows its answer through `error`).
 */
import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { limitsStore, loadLimits } from "../../state/limits";
import { useStore } from "../../state/store";
import { swatchName } from "../../format";
import { attr, t } from "../../i18n";

export function ColorField(props: {
  value: string;
  onChange: (color: string) => void;
  error: ComponentChildren;
  invalid: boolean;
}) {
  // Rust's palette (violet is the sandbox's and not offered); until it has been read, only the picker.
  const palette = useStore(limitsStore)?.palette ?? [];
  useEffect(() => loadLimits(), []);
  const current = props.value.toLowerCase();
  const custom = !palette.some((c) => c.hex === current);
  // The picker shows the last custom colour, or a neutral one until a custom colour is picked.
  const pickerValue = custom && /^#[0-9a-f]{6}$/.test(current) ? current : "#7f8ea3";
  return (
    <fieldset class="field" aria-invalid={props.invalid ? "true" : undefined}>
      <legend class="label">{t("form-colour")}</legend>
      <div class="swatches">
        {palette.map((c) => (
          <label class="swatch" title={swatchName(c)}>
            <input
              type="radio"
              name="color"
              value={c.hex}
              checked={current === c.hex}
              aria-label={swatchName(c)}
              onChange={() => props.onChange(c.hex)}
            />
            <span class="swatch-color" style={{ background: c.hex }} />
          </label>
        ))}
        <span class={`swatch custom-swatch${custom ? " chosen" : ""}`} title={attr("form-colour-custom", "title")}>
          <input
            type="color"
            name="customColor"
            class="color-picker"
            aria-label={custom ? attr("form-colour-custom", "aria-label", { colour: current }) : attr("form-colour-pick", "aria-label")}
            value={pickerValue}
            onInput={(e) => props.onChange(e.currentTarget.value)}
          />
        </span>
      </div>
      {props.error}
    </fieldset>
  );
}
