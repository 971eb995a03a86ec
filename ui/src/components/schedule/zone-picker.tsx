/**
 * The zone picker: the zone's IANA name in a text field, and the names this computer knows that match
 * what is typed (any part, any case; a space stands for "_"), to pick from with the mouse or the
 * arrow keys. A name typed in full is taken as it is: Rust says when it knows no zone by it.
 *
 * Not here: whether a zone exists (Rust's `zones` lists them; Rust checks the one saved).
 */
import { useId, useState } from "preact/hooks";
import { attr, t } from "../../i18n";

/** At most this many matches are listed; typing more narrows them. */
const SHOWN = 200;

export function matchingZones(names: readonly string[], query: string): string[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, "_");
  if (q === "") return names.slice(0, SHOWN);
  return names.filter((n) => n.toLowerCase().includes(q)).slice(0, SHOWN);
}

export function ZonePicker({
  id,
  value,
  names,
  system,
  invalid,
  describedBy,
  onChange,
}: {
  id: string;
  value: string;
  names: readonly string[];
  system: string | null;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (zone: string) => void;
}) {
  const ids = useId();
  const [searching, setSearching] = useState(false);
  const exact = names.includes(value);
  const matches = searching || !exact ? matchingZones(names, value) : [];
  return (
    <div class="zone-picker" data-testid="zone-picker">
      <div class="zone-row">
        <input
          id={id}
          name="zone"
          type="text"
          autocomplete="off"
          spellcheck={false}
          data-testid="schedule-zone"
          aria-invalid={invalid ? "true" : undefined}
          aria-describedby={describedBy}
          aria-controls={`${ids}-matches`}
          value={value}
          onInput={(e) => {
            setSearching(true);
            onChange(e.currentTarget.value);
          }}
        />
        {system && value !== system && (
          <button type="button" class="button small" data-testid="zone-system" onClick={() => onChange(system)}>
            {t("schedule-zone-use-system", { zone: system })}
          </button>
        )}
      </div>
      {matches.length > 0 && (
        <select
          id={`${ids}-matches`}
          size={Math.min(6, Math.max(2, matches.length))}
          class="zone-matches"
          data-testid="zone-matches"
          aria-label={attr("schedule-zone-matches", "aria-label")}
          value={exact ? value : ""}
          onChange={(e) => {
            onChange(e.currentTarget.value);
            setSearching(false);
          }}
        >
          {matches.map((name) => (
            <option value={name}>{name}</option>
          ))}
        </select>
      )}
      {searching && matches.length === 0 && names.length > 0 && (
        <p class="hint" data-testid="zone-no-match">
          {t("schedule-zone-no-match")}
        </p>
      )}
    </div>
  );
}
