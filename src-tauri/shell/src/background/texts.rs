//! The words the app says outside its window — the tray's menu, the question before quitting, the OS
//! notifications — in the window's language, from the same Fluent catalogues the window reads:
//! `ui/locales/<tag>/shell.ftl` for these texts and `core.ftl` for what the core names (a Tencent
//! explanation's title, say), compiled in for the four languages.
//!
//! Which language: the one the window shows (it says so at start and on every change,
//! `window_language`), and until it has spoken the system's, chosen by the window's rule.
//!
//! Not here: English for bdesk and logs (desk-core's `text`), or choosing words (the catalogues).

use std::collections::HashMap;
use std::sync::LazyLock;

use desk_core::text::Params;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The window's languages, as `ui/src/i18n.ts` lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    En,
    Ko,
    ZhHans,
    Ja,
}

impl Language {
    #[cfg(test)]
    pub const ALL: [Language; 4] = [Language::En, Language::Ko, Language::ZhHans, Language::Ja];

    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ko => "ko",
            Language::ZhHans => "zh-Hans",
            Language::Ja => "ja",
        }
    }

    /// The first of `requested` (BCP 47 tags or `LANG`-style values, best first) that is one of ours,
    /// by the window's rule (`negotiate` in i18n.ts): `zh`, `zh-CN`, `zh-SG` and `zh-Hans-*` are
    /// Simplified Chinese, Traditional is not; `ko-*`, `ja-*`; else English. The pseudo-language
    /// `en-XA` is English here.
    pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Language {
        requested
            .iter()
            .find_map(|tag| Self::of_tag(tag.as_ref()))
            .unwrap_or_default()
    }

    fn of_tag(raw: &str) -> Option<Language> {
        let tag = raw.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        let lower = tag.to_ascii_lowercase();
        let mut parts = lower.split('-');
        match parts.next()? {
            "en" => Some(Language::En),
            "ko" => Some(Language::Ko),
            "ja" => Some(Language::Ja),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                let traditional = rest
                    .iter()
                    .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                let simplified = rest.contains(&"hans");
                (simplified || !traditional).then_some(Language::ZhHans)
            }
            _ => None,
        }
    }

    /// The system's language, until the window says which it shows.
    pub fn of_system() -> Language {
        Self::negotiate(&sys_locale::get_locales().collect::<Vec<_>>())
    }
}

/// Each language's catalogues: core.ftl first, then shell.ftl (the ids do not overlap).
const SOURCES: [(Language, [&str; 2]); 4] = [
    (
        Language::En,
        [
            include_str!("../../../../ui/locales/en/core.ftl"),
            include_str!("../../../../ui/locales/en/shell.ftl"),
        ],
    ),
    (
        Language::Ko,
        [
            include_str!("../../../../ui/locales/ko/core.ftl"),
            include_str!("../../../../ui/locales/ko/shell.ftl"),
        ],
    ),
    (
        Language::ZhHans,
        [
            include_str!("../../../../ui/locales/zh-Hans/core.ftl"),
            include_str!("../../../../ui/locales/zh-Hans/shell.ftl"),
        ],
    ),
    (
        Language::Ja,
        [
            include_str!("../../../../ui/locales/ja/core.ftl"),
            include_str!("../../../../ui/locales/ja/shell.ftl"),
        ],
    ),
];

static BUNDLES: LazyLock<HashMap<Language, FluentBundle<FluentResource>>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(language, sources)| {
            let locale = language.tag().parse().expect("a language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![locale]);
            // No isolation marks: a tray menu and a notification show them as boxes on some
            // desktops, and every language here is left-to-right.
            bundle.set_use_isolating(false);
            for source in sources {
                let resource =
                    FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(_, errors)| {
                        panic!("a {} catalogue does not parse: {errors:?}", language.tag())
                    });
                bundle
                    .add_resource(resource)
                    .expect("core.ftl and shell.ftl share no id");
            }
            (*language, bundle)
        })
        .collect()
});

/// Message `id` (or its `attribute`) in `language`, else in English (a catalogue test keeps every
/// language complete), else the id itself.
pub fn text_with(language: Language, id: &str, attribute: Option<&str>, params: &Params) -> String {
    for language in [language, Language::En] {
        let bundle = &BUNDLES[&language];
        let message = bundle.get_message(id);
        let pattern = match attribute {
            None => message.and_then(|m| m.value()),
            Some(name) => message
                .and_then(|m| m.get_attribute(name))
                .map(|a| a.value()),
        };
        if let Some(pattern) = pattern {
            let mut args = FluentArgs::new();
            for (name, value) in params {
                match value {
                    desk_core::text::Param::Text(s) => {
                        args.set(name.as_str(), FluentValue::from(s.as_str()))
                    }
                    desk_core::text::Param::Number(n) => {
                        args.set(name.as_str(), FluentValue::from(*n))
                    }
                }
            }
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
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
    fn the_system_language_is_chosen_by_the_windows_rule() {
        assert_eq!(Language::negotiate(&["ko_KR.UTF-8"]), Language::Ko);
        assert_eq!(Language::negotiate(&["zh-CN"]), Language::ZhHans);
        assert_eq!(Language::negotiate(&["zh-SG", "en"]), Language::ZhHans);
        assert_eq!(Language::negotiate(&["zh-Hans-HK"]), Language::ZhHans);
        assert_eq!(
            Language::negotiate(&["zh-TW", "ja-JP"]),
            Language::Ja,
            "Traditional Chinese is not ours: the next choice"
        );
        assert_eq!(Language::negotiate(&["de-DE", "fr"]), Language::En);
        assert_eq!(Language::negotiate(&["C", "POSIX"]), Language::En);
        assert_eq!(Language::negotiate(&["en-XA"]), Language::En);
        assert_eq!(Language::negotiate::<&str>(&[]), Language::En);
    }

    #[test]
    fn every_language_has_every_shell_text_and_renders_it_without_fluent_errors() {
        let english = FluentResource::try_new(SOURCES[0].1[1].to_owned()).unwrap();
        let ids: Vec<String> = english
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        assert!(ids.len() > 5);
        let params = params! {
            "label" => "Doors open", "time" => "20:00", "countdown" => "x", "minutes" => 5u32,
            "hours" => 2u32, "days" => 3u32, "count" => 2u32, "profile" => "Live", "msgseq" => "42",
            "reason" => "r", "late" => "20 min", "max" => "15 min", "message" => "m",
            "seconds" => 7u32,
        };
        for language in Language::ALL {
            let bundle = &BUNDLES[&language];
            for id in &ids {
                let message = bundle
                    .get_message(id)
                    .unwrap_or_else(|| panic!("{}/shell.ftl lacks {id}", language.tag()));
                let mut errors = Vec::new();
                let mut args = FluentArgs::new();
                for (k, v) in &params {
                    match v {
                        desk_core::text::Param::Text(s) => args.set(k.as_str(), s.as_str()),
                        desk_core::text::Param::Number(n) => args.set(k.as_str(), *n),
                    }
                }
                if let Some(value) = message.value() {
                    bundle.format_pattern(value, Some(&args), &mut errors);
                }
                assert!(errors.is_empty(), "{}: {id}: {errors:?}", language.tag());
            }
        }
        assert_eq!(
            text(Language::Ko, "tray-quit", &Params::new()),
            text_with(Language::Ko, "tray-quit", None, &Params::new())
        );
        assert_ne!(
            text(Language::Ko, "tray-quit", &Params::new()),
            text(Language::En, "tray-quit", &Params::new()),
            "translated, not an English copy"
        );
    }
}
