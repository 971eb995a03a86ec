//! The words the app says outside its window — the tray's menu, the question before quitting, the OS
//! notifications — in the window's language, from the same Fluent catalogues the window reads:
//! `ui/locales/<tag>/shell.ftl` for these texts and `core.ftl` for what the core names (a Tencent
//! explanation's title, say), compiled in for every language desk-core lists.
//!
//! Which language: the one the window shows (it says so at start and on every change,
//! `window_language`), and until it has spoken the system's, by desk-core's rule.
//!
//! Not here: the languages, the rule or the renderer (desk-core's `text`), English for bdesk and
//! logs, or choosing words (the catalogues).

use std::sync::LazyLock;

pub use desk_core::text::Language;
use desk_core::text::{Catalogue, Params, SystemLanguages};
use tauri::Runtime;
use tauri::plugin::TauriPlugin;

/// What the system asks for (the OS's preferred languages; `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`,
/// `LANG` on Linux), by desk-core's rule.
pub fn system_languages() -> SystemLanguages {
    SystemLanguages::of(&sys_locale::get_locales().collect::<Vec<_>>())
}

/// The system's language, until the window says which it shows.
pub fn system_language() -> Language {
    system_languages().language
}

/// Hands the page what the system asks for before any of its scripts runs, as
/// `window.__BROADCAST_DESK_SYSTEM__` (read by `ui/src/i18n.ts`): the first paint is in the right
/// language without a round trip, and the page has no rule of its own to drift from the tray's.
pub fn page_plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri::plugin::Builder::new("system-languages")
        .js_init_script(page_script(&system_languages()))
        .build()
}

/// JSON is a JavaScript expression: the tags, which come from environment variables, arrive as string
/// literals whatever they hold.
fn page_script(system: &SystemLanguages) -> String {
    let json = serde_json::to_string(system).expect("plain data serializes");
    format!(
        "Object.defineProperty(window, \"__BROADCAST_DESK_SYSTEM__\", \
         {{ value: Object.freeze({json}) }});"
    )
}

/// Each language's catalogues: core.ftl, then shell.ftl (the ids do not overlap).
const SOURCES: [(Language, &[&str]); 4] = [
    (
        Language::En,
        &[
            include_str!("../../../../ui/locales/en/core.ftl"),
            include_str!("../../../../ui/locales/en/shell.ftl"),
        ],
    ),
    (
        Language::Ko,
        &[
            include_str!("../../../../ui/locales/ko/core.ftl"),
            include_str!("../../../../ui/locales/ko/shell.ftl"),
        ],
    ),
    (
        Language::ZhHans,
        &[
            include_str!("../../../../ui/locales/zh-Hans/core.ftl"),
            include_str!("../../../../ui/locales/zh-Hans/shell.ftl"),
        ],
    ),
    (
        Language::Ja,
        &[
            include_str!("../../../../ui/locales/ja/core.ftl"),
            include_str!("../../../../ui/locales/ja/shell.ftl"),
        ],
    ),
];

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::new(&SOURCES));

/// Message `id` (or its `attribute`) in `language`, else in English, else the id itself.
pub fn text_with(language: Language, id: &str, attribute: Option<&str>, params: &Params) -> String {
    CATALOGUE.text_with(language, id, attribute, params)
}

/// Message `id` in `language` with `params`.
pub fn text(language: Language, id: &str, params: &Params) -> String {
    text_with(language, id, None, params)
}

#[cfg(test)]
mod tests {
    use desk_core::params;

    use super::*;

    #[test]
    fn the_page_gets_the_system_s_languages_as_data_whatever_the_environment_holds() {
        let script = page_script(&SystemLanguages::of(&[
            "ko_KR.UTF-8",
            r#"en-"});alert(1)//"#,
        ]));
        assert_eq!(
            script,
            r#"Object.defineProperty(window, "__BROADCAST_DESK_SYSTEM__", { value: Object.freeze({"language":"ko","formatting":{"en":"en-\"});alert(1)//","ko":"ko-KR"}}) });"#
        );
    }

    #[test]
    fn every_language_has_catalogues_here() {
        let here: Vec<Language> = SOURCES.iter().map(|(language, _)| *language).collect();
        assert_eq!(here, Language::ALL);
    }

    #[test]
    fn every_language_has_every_shell_text_and_renders_it_without_fluent_errors() {
        let ids = desk_core::text::message_ids_of(SOURCES[0].1[1]);
        assert!(ids.len() > 5);
        let params = params! {
            "label" => "Doors open", "time" => "20:00", "countdown" => "x", "minutes" => 5u32,
            "hours" => 2u32, "days" => 3u32, "count" => 2u32, "profile" => "Live", "msgseq" => "42",
            "reason" => "r", "late" => "20 min", "max" => "15 min", "message" => "m",
            "seconds" => 7u32,
        };
        for language in Language::ALL {
            for id in &ids {
                assert!(
                    CATALOGUE.has_message(language, id),
                    "{}/shell.ftl lacks {id}",
                    language.tag()
                );
                // A message with attributes only (no value) has nothing to render here.
                if let Some(Err((_, errors))) = CATALOGUE.render(language, id, None, &params) {
                    panic!("{}: {id}: {errors:?}", language.tag());
                }
            }
        }
        assert_ne!(
            text(Language::Ko, "tray-quit", &Params::new()),
            text(Language::En, "tray-quit", &Params::new()),
            "translated, not an English copy"
        );
    }
}
