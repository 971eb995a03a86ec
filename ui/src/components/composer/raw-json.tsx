/**
 * The Raw JSON tab: the body as JSON text, round-tripping with the form. Whatever is pasted here shows
 * in the form when the producer goes back to it; what the form cannot show is named path by path, and
 * then this text stays what is checked, previewed, saved and sent — never a form that quietly dropped it.
 *
 * "Cannot show" is of two kinds: a part the form has no field for (an unknown field, `Random`, a value
 * its field cannot hold: message.ts `unshownPaths`), and text the parsed value no longer says — a key
 * written twice, `1.0` where a whole number belongs. The second kind is found by asking Rust about the
 * text and about the parsed value written out again: a problem only the text has is one the form would
 * lose.
 *
 * Not here: the rules (Rust's report, shown here path by path) or the form itself.
 */
import { useEffect, useId, useState } from "preact/hooks";
import { checkMessage, type DeskError, type Problem } from "../../ipc";
import { useLive } from "../../hooks";
import { formatList, t } from "../../i18n";
import { deskErrorText, problemText } from "../../texts/rust";
import { unshownPaths, type Json } from "./message";

/** How well the Raw JSON's text fits the form. */
export type Fit =
  | { state: "notJson" }
  | { state: "fits"; parsed: Json }
  | { state: "unshown"; parsed: Json; paths: string[] };

const sameProblem = (a: Problem, b: Problem) => a.path === b.path && a.code === b.code && a.messageId === b.messageId;

/** Whether the form can show `raw` exactly, and if not, which paths it cannot. */
export async function fitOf(raw: string): Promise<Fit> {
  let parsed: Json;
  try {
    parsed = JSON.parse(raw) as Json;
  } catch {
    return { state: "notJson" };
  }
  const paths = unshownPaths(parsed);
  const written = JSON.stringify(parsed);
  if (written !== raw.trim()) {
    try {
      const [asTyped, asParsed] = await Promise.all([checkMessage(raw), checkMessage(written)]);
      for (const problem of asTyped.errors) {
        if (!asParsed.errors.some((p) => sameProblem(p, problem)) && !paths.includes(problem.path)) paths.push(problem.path);
      }
    } catch {
      // Rust does not read it as JSON (a lone surrogate, say): the form cannot have it either.
      return { state: "notJson" };
    }
  }
  return paths.length === 0 ? { state: "fits", parsed } : { state: "unshown", parsed, paths };
}

/** Why the raw JSON fits the form or not, worked out a moment after the text last changed. */
export function useFit(raw: string | null): Fit | null {
  const [fit, setFit] = useState<{ raw: string; fit: Fit } | null>(null);
  const live = useLive();
  useEffect(() => {
    if (raw === null) return;
    const timer = setTimeout(() => {
      void fitOf(raw).then((f) => live.current && setFit({ raw, fit: f }));
    }, FIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [raw]);
  return fit && fit.raw === raw ? fit.fit : null;
}

/** A little longer than the check's delay: the check of the text comes first, this one is secondary. */
const FIT_DELAY_MS = 300;

/** A path as the producer reads it: the whole message when it is the root. */
export function pathsText(paths: readonly string[]): string {
  return formatList(paths.map((p) => (p === "" ? t("compose-path-whole") : p)));
}

export function RawJson({
  raw,
  fit,
  notJson,
  problems,
  omitted,
  onChange,
}: {
  raw: string;
  fit: Fit | null;
  /** Rust's word that the text is not JSON (`INVALID_INPUT`), when it said so. */
  notJson: DeskError | null;
  /** Every problem of the text, in document order. */
  problems: readonly Problem[];
  omitted: number;
  onChange: (raw: string) => void;
}) {
  const ids = useId();
  return (
    <div class="raw-json" data-testid="raw-json-panel">
      <label class="label" for={`${ids}-text`}>
        {t("compose-raw-label")}
      </label>
      <textarea
        id={`${ids}-text`}
        data-testid="raw-json"
        class="mono"
        rows={16}
        spellcheck={false}
        autocomplete="off"
        aria-describedby={`${ids}-hint ${ids}-fit`}
        value={raw}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <p class="hint" id={`${ids}-hint`}>
        {t("compose-raw-hint")}
      </p>
      <div id={`${ids}-fit`} aria-live="polite">
        {notJson ? (
          <p class="notice error" data-testid="raw-fit" data-fit="notJson">
            {t("compose-raw-not-json", { error: deskErrorText(notJson) })}
          </p>
        ) : fit?.state === "unshown" ? (
          <p class="notice warning" data-testid="raw-fit" data-fit="unshown">
            {t("compose-raw-unshown", { paths: pathsText(fit.paths) })}
          </p>
        ) : fit?.state === "fits" ? (
          <p class="hint success" data-testid="raw-fit" data-fit="fits">
            {t("compose-raw-fits")}
          </p>
        ) : null}
      </div>
      {problems.length > 0 && (
        <div class="raw-problems" role="alert" data-testid="raw-problems">
          <p class="label">{t("compose-raw-problems", { count: problems.length + omitted })}</p>
          <ul>
            {problems.map((p) => (
              <li>
                {p.path !== "" && <code class="json-name">{p.path}</code>} {problemText(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
