/**
 * Modal dialogs on the native `<dialog>` element: the browser traps focus, dims the page, and turns
 * Esc into a `cancel` event, which closes through the caller's state like any other way out. Also the
 * confirmation dialog that stands in for `window.confirm` (which a webview may not show, and which
 * cannot name things in bold or say what else goes with them).
 */
import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef } from "preact/hooks";
import { useAction, useLive } from "../hooks";
import { BusyButton } from "./busy-button";
import { attr, t } from "../i18n";
import { deskErrorText } from "../texts/rust";

type DialogProps = {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  class?: string;
  testId?: string;
  /** Extra words under the title. */
  subtitle?: ComponentChildren;
};

export function Dialog({ title, onClose, children, class: cls, testId, subtitle }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Whatever had focus before (a list's Edit button, the header) gets it back on close.
    const before = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog ref={ref} class={`dialog ${cls ?? ""}`} aria-labelledby={titleId} data-testid={testId}>
      <div class="dialog-head">
        <div>
          <h2 id={titleId} class="dialog-title">
            {title}
          </h2>
          {subtitle && <div class="dialog-subtitle">{subtitle}</div>}
        </div>
        <button type="button" class="icon-button" aria-label={attr("dialog-close", "aria-label")} onClick={() => onClose()}>
          <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      {children}
    </dialog>
  );
}

type ConfirmProps = {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  /** Resolves when done; a rejection's message shows in the dialog, which stays open. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId?: string;
  /** The confirming button is the default (Enter confirms) and not styled as destructive: for a step
   * the producer asked for and expects to confirm, such as sending the broadcast they reviewed. */
  primary?: boolean;
};

/** Asks before something that cannot be undone; unless `primary`, the destructive button is never the
 * default. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose, testId, primary = false }: ConfirmProps) {
  const live = useLive();
  const {
    run: confirm,
    busy,
    error,
  } = useAction(async () => {
    await onConfirm();
    if (live.current) onClose();
  });

  return (
    <Dialog title={title} onClose={onClose} class="dialog-confirm" testId={testId ?? "confirm-dialog"}>
      <div class="dialog-body">{children}</div>
      {error && (
        <p class="notice error" role="alert">
          {deskErrorText(error)}
        </p>
      )}
      <div class="dialog-actions">
        <button type="button" class="button" onClick={onClose} autofocus={!primary}>
          {t("dialog-cancel")}
        </button>
        <BusyButton class={primary ? "button primary" : "button danger"} testId="confirm" busy={busy} autofocus={primary} onClick={confirm}>
          {confirmLabel}
        </BusyButton>
      </div>
    </Dialog>
  );
}
