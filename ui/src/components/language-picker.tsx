/**
 * The window's language: a select listing each language in its own name (English, 한국어, 简体中文,
 * 日本語). Choosing one re-renders the whole window at once and is remembered across restarts.
 * Compact in the header; full width in About.
 */
import { attr, LANGUAGES, PSEUDO, setLanguage, useLanguage, type Locale } from "../i18n";
import { GlobeIcon } from "../icons";

export function LanguagePicker({ compact = false, testId, id }: { compact?: boolean; testId: string; id?: string }) {
  const current = useLanguage();
  return (
    <span class={compact ? "language-picker compact" : "language-picker"}>
      {compact && <GlobeIcon size={16} />}
      <select
        id={id}
        data-testid={testId}
        value={current}
        // In the header the select has no visible label; About labels it with its own <label>.
        aria-label={compact ? attr("language-picker", "aria-label") : undefined}
        title={compact ? attr("language-picker", "title") : undefined}
        onChange={(e) => setLanguage(e.currentTarget.value as Locale)}
      >
        {LANGUAGES.map((l) => (
          // Each name in its own language, so the producer finds theirs whatever the window shows.
          <option value={l.tag} lang={l.tag}>
            {l.name}
          </option>
        ))}
        {current === PSEUDO && <option value={PSEUDO}>{PSEUDO}</option>}
      </select>
    </span>
  );
}
