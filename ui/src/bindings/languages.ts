// Generated from desk-core's `text::Language` by
// `UPDATE_BINDINGS=1 cargo test -p broadcast-desk bindings`. Do not edit.

import type { Language } from "./Language";

/** Every language the app speaks, in the picker's order, each named in itself. */
export const LANGUAGES: readonly { readonly tag: Language; readonly name: string }[] = [
  { tag: "en", name: "English" },
  { tag: "ko", name: "한국어" },
  { tag: "zh-Hans", name: "简体中文" },
  { tag: "ja", name: "日本語" },
];
