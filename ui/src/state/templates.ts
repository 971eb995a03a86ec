/**
 * Message templates as the window sees them: read when first wanted and again after every change, so
 * every list of them agrees. Also the changes themselves, each of which re-reads the list.
 *
 * Not here: a template's rules (Rust's: a name like a profile's, a message that could be sent) or
 * what using one does to the composer (state/composer.ts).
 */
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  renameTemplate,
  templates,
  toDeskError,
  updateTemplate,
  type DeskError,
  type Template,
  type TemplateDraft,
} from "../ipc";
import { createStore } from "./store";

export type TemplatesState = {
  /** By name, as Rust lists them; null until the first read succeeds. */
  list: Template[] | null;
  error: DeskError | null;
};

export const templatesStore = createStore<TemplatesState>({ list: null, error: null });

let latestRead = 0;

/** Reads the templates again. A slower, older read never overwrites a newer one. */
export async function refreshTemplates(): Promise<void> {
  const read = ++latestRead;
  try {
    const list = await templates();
    if (read === latestRead) templatesStore.set({ list, error: null });
  } catch (raw) {
    if (read === latestRead) templatesStore.update((s) => ({ ...s, error: toDeskError(raw) }));
  }
}

async function changing<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    await refreshTemplates();
  }
}

export const saveTemplate = (draft: TemplateDraft): Promise<Template> => changing(() => createTemplate(draft));
export const replaceTemplate = (id: string, draft: TemplateDraft): Promise<Template> => changing(() => updateTemplate(id, draft));
export const renameTemplateTo = (id: string, name: string): Promise<Template> => changing(() => renameTemplate(id, name));
export const duplicateTemplateAs = (id: string, name: string): Promise<Template> => changing(() => duplicateTemplate(id, name));
export const removeTemplate = (id: string): Promise<void> => changing(() => deleteTemplate(id));
