/** The app's views and their addresses (`#/compose` …), so a view survives a reload and tests can deep-link. */
export const VIEWS = ["compose", "scheduled", "history", "profiles", "sandbox", "about"] as const;
export type View = (typeof VIEWS)[number];

export const DEFAULT_VIEW: View = "compose";

export function viewFromHash(hash: string): View {
  const name = hash.replace(/^#\/?/, "");
  return (VIEWS as readonly string[]).includes(name) ? (name as View) : DEFAULT_VIEW;
}

export function hashForView(view: View): string {
  return `#/${view}`;
}
