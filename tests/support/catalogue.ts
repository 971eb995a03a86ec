/**
 * The window's words in a given language, read from the same catalogues the app bundles
 * (ui/locales/<tag>/*.ftl), so an e2e test can find a control by what a producer of that language reads
 * on it — without retyping a translation into the test.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { ROOT } from "./paths";

/** The text of message `id` (or of its `attribute`) in language `tag`; throws if there is none. */
export function words(tag: string, id: string, args: Record<string, string | number> = {}, attribute?: string): string {
  const dir = join(ROOT, "ui", "locales", tag);
  const bundle = new FluentBundle(tag, { useIsolating: false });
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    bundle.addResource(new FluentResource(readFileSync(join(dir, file), "utf8")));
  }
  const message = bundle.getMessage(id);
  const pattern = attribute ? message?.attributes[attribute] : message?.value;
  if (!pattern) throw new Error(`ui/locales/${tag} has no ${id}${attribute ? `.${attribute}` : ""}`);
  const errors: Error[] = [];
  const text = bundle.formatPattern(pattern, args, errors);
  if (errors.length > 0) throw new Error(`${id} in ${tag}: ${errors.map(String).join("; ")}`);
  return text;
}
