/**
 * A button whose action takes a while. While `busy` it shows a spinner — in place of its icon when it
 * has one, before its label when it has none — optionally says what it is doing instead of its label
 * ("Sending…"), sets `aria-busy`, and is disabled, so a producer sees the click was taken and cannot
 * start the same work twice.
 *
 * Not here: running the action or showing its failure (`useAction` in hooks.ts, and the view). A
 * second click that lands before the re-render that disables the button is `useAction`'s to ignore.
 */
import type { ComponentChildren, TargetedMouseEvent } from "preact";
import { Spinner } from "../icons";

export function BusyButton({
  busy,
  disabled = false,
  icon,
  busyLabel,
  children,
  class: cls,
  type = "button",
  title,
  testId,
  autofocus,
  onClick,
}: {
  busy: boolean;
  /** Disabled though not busy, e.g. while a neighbour's action runs. */
  disabled?: boolean | undefined;
  /** Before the label; the spinner stands in its place while busy. */
  icon?: ComponentChildren;
  /** The label while busy, when it should say what is happening; otherwise the label stays. */
  busyLabel?: ComponentChildren;
  children: ComponentChildren;
  class?: string | undefined;
  /** "button" unless said otherwise, so a BusyButton inside a form never submits it by surprise. */
  type?: "button" | "submit" | undefined;
  title?: string | undefined;
  testId?: string | undefined;
  /** Focused when its dialog opens (the dialog's default action). */
  autofocus?: boolean | undefined;
  onClick?: ((e: TargetedMouseEvent<HTMLButtonElement>) => void) | undefined;
}) {
  return (
    <button
      type={type}
      class={cls}
      title={title}
      data-testid={testId}
      disabled={busy || disabled}
      aria-busy={busy}
      autofocus={autofocus}
      onClick={onClick}
    >
      {busy ? <Spinner /> : icon}
      {busy && busyLabel !== undefined ? busyLabel : children}
    </button>
  );
}
