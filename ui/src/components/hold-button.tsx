/**
 * A button that acts only when held: pressed and held — mouse, touch, Space or Enter — for
 * `HOLD_TO_SEND_MS`, with a fill that shows how far along the hold is. Let go earlier and nothing
 * happens (it says so). A click, a tap or a stray Enter never acts, and a key's auto-repeat never
 * starts a hold, so what it does cannot be done by accident and needs no dialog after it.
 *
 * Not here: what it does (`onHeld`) or keeping it from being done twice (the caller disables it,
 * and ignores a second `onHeld`).
 */
import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { formatNumber, t } from "../i18n";

/** How long a hold lasts: long enough that no click or key tap comes close, short enough for an
 * emergency (about the time it takes to say "sending now"). */
export const HOLD_TO_SEND_MS = 1200;

const HOLD_KEYS = new Set([" ", "Enter"]);

export function HoldButton({
  onHeld,
  disabled = false,
  label,
  children,
  testId,
  autoFocus = false,
}: {
  onHeld: () => void;
  disabled?: boolean;
  /** Takes the focus when it appears, so a hold of Space can start at once. */
  autoFocus?: boolean;
  /** The accessible name, which says what a hold does. */
  label: string;
  children: ComponentChildren;
  testId?: string;
}) {
  const [holding, setHolding] = useState(false);
  const [tooShort, setTooShort] = useState(false);
  const timer = useRef<number | null>(null);
  const held = useRef(onHeld);
  held.current = onHeld;
  const hintId = useId();
  const button = useRef<HTMLButtonElement>(null);

  const clear = () => {
    if (timer.current === null) return false;
    window.clearTimeout(timer.current);
    timer.current = null;
    setHolding(false);
    return true;
  };
  const start = () => {
    if (disabled || timer.current !== null) return;
    setTooShort(false);
    setHolding(true);
    timer.current = window.setTimeout(() => {
      timer.current = null;
      setHolding(false);
      held.current();
    }, HOLD_TO_SEND_MS);
  };
  // Let go before the time: nothing happens, and the producer is told how it works.
  const release = () => {
    if (clear()) setTooShort(true);
  };

  useEffect(() => {
    // On mount, not by the autofocus attribute: the button may appear after its dialog opened.
    if (autoFocus) button.current?.focus();
    return () => void clear();
  }, []);
  useEffect(() => {
    if (disabled) clear();
  }, [disabled]);

  return (
    <div class="hold">
      <button
        type="button"
        class="button hold-button"
        data-testid={testId}
        data-holding={holding ? "true" : "false"}
        style={{ "--hold-ms": `${HOLD_TO_SEND_MS}ms` }}
        disabled={disabled}
        aria-label={label}
        aria-describedby={hintId}
        ref={button}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          // Released anywhere (the pointer slid off the button) still counts as letting go.
          e.currentTarget.setPointerCapture(e.pointerId);
          start();
        }}
        onPointerUp={release}
        onPointerCancel={release}
        onKeyDown={(e) => {
          if (!HOLD_KEYS.has(e.key)) return;
          // No click from the key either: only the hold acts.
          e.preventDefault();
          if (!e.repeat) start();
        }}
        onKeyUp={(e) => {
          if (HOLD_KEYS.has(e.key)) release();
        }}
        onBlur={release}
        onClick={(e) => e.preventDefault()}
      >
        <span class="hold-fill" aria-hidden="true" />
        <span class="hold-label">{children}</span>
      </button>
      <p id={hintId} class="hold-hint muted">
        {t("hold-hint", { seconds: formatNumber(HOLD_TO_SEND_MS / 1000, { maximumFractionDigits: 1 }) })}
      </p>
      <p class="hold-short" role="status" data-testid={testId && `${testId}-short`}>
        {tooShort && t("hold-too-short")}
      </p>
    </div>
  );
}
