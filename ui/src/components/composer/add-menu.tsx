/**
 * "Add element": a menu of every element type a broadcast takes (schema.ts), following the WAI-ARIA
 * menu-button pattern as the header's profile switcher does: ↓ or Enter opens it on the first type,
 * arrows and Home/End move, Enter adds, Esc closes and returns to the button.
 *
 * Not here: the new element itself (message.ts `blankElement`) or where focus goes after adding (the
 * view puts it in the new element's first field).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { PlusIcon } from "../../icons";
import { attr, t } from "../../i18n";
import { ELEMENT_SCHEMAS, MSG_TYPES, type MsgType } from "./schema";

export function AddElementMenu({ onAdd }: { onAdd: (type: MsgType) => void }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (e.key === "ArrowDown") move(at + 1);
    else if (e.key === "ArrowUp") move(at - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(list.length - 1);
    else if (e.key === "Escape" || e.key === "Tab") {
      if (e.key === "Escape") e.preventDefault();
      close(e.key === "Escape");
    }
  };

  return (
    <div class="add-menu" ref={root}>
      <button
        type="button"
        ref={button}
        class="button"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="add-element"
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <PlusIcon size={16} />
        {t("compose-add")}
      </button>
      {open && (
        <div class="menu add-menu-list" role="menu" aria-label={attr("compose-add-menu", "aria-label")} ref={menu} onKeyDown={onMenuKey}>
          {MSG_TYPES.map((type) => (
            <button
              type="button"
              role="menuitem"
              class="menu-item"
              tabIndex={-1}
              data-type={type}
              onClick={() => {
                close(false);
                onAdd(type);
              }}
            >
              <span class="menu-item-label">{ELEMENT_SCHEMAS[type].name()}</span>
              <code class="json-name">{type}</code>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
