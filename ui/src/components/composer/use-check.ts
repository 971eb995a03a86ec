/**
 * The composer's message checked by Rust as it is typed (`message_check`): a moment after the text
 * last changed, never once per keystroke, and only the newest answer is kept. The answer says which
 * text and which element keys it is for, so the view can tell a current check from a stale one (Send
 * waits for a current one) and place problems on the elements they were found in.
 *
 * Not here: any rule (Rust's) or where a problem is shown (problems.ts).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { checkMessage, toDeskError, type DeskError, type ValidationReport } from "../../ipc";
import { useLive } from "../../hooks";

/**
 * How long typing must pause before the message is checked. Most keystrokes of someone typing come
 * less than 200 ms apart, so this checks once per pause rather than per key; a check answers in a few
 * milliseconds, so a problem shows about a fifth of a second after the producer stops — quick enough
 * to read as "as you type".
 */
export const CHECK_DELAY_MS = 200;

export type Checked = {
  /** The text Rust checked. */
  json: string;
  /** The element keys the message had then. */
  keys: readonly string[];
  report: ValidationReport | null;
  /** Why it could not be checked: `INVALID_INPUT` when the text is not JSON. */
  error: DeskError | null;
};

export function useMessageCheck(json: string, keys: readonly string[], enabled: boolean): Checked | null {
  const [checked, setChecked] = useState<Checked | null>(null);
  const latest = useRef(0);
  const live = useLive();
  const keysText = keys.join(",");
  useEffect(() => {
    if (!enabled) return;
    const asked = ++latest.current;
    const snapshot = keys;
    const timer = setTimeout(() => {
      const done = (answer: Omit<Checked, "json" | "keys">) => {
        if (live.current && asked === latest.current) setChecked({ json, keys: snapshot, ...answer });
      };
      checkMessage(json).then(
        (report) => done({ report, error: null }),
        (raw: unknown) => done({ report: null, error: toDeskError(raw) }),
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [json, keysText, enabled]);
  return checked;
}

/** Whether `checked` is the answer for exactly this text and these elements. */
export function isCurrent(checked: Checked | null, json: string, keys: readonly string[]): checked is Checked {
  return checked !== null && checked.json === json && checked.keys.join(",") === keys.join(",");
}
