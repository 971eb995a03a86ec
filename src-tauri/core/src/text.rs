//! The app's languages and its words: the one list of languages (`Language`, which the window's
//! picker is generated from), the one rule that picks a language for what the system asks for, and
//! the one Fluent renderer (`Catalogue`) over the catalogues under `ui/locales/` that bdesk, the tray
//! and the notifications render with. English for the codes the core returns comes from the same
//! `core.ftl` the window uses, so a Tencent explanation or a field rule exists once per language and
//! bdesk, which speaks English to scripts, says exactly what the window says in English.
//!
//! The core's answers carry a catalogue id and parameters (what the window renders in the producer's
//! language); the English rendering here fills the `title`/`message` fields bdesk prints and logs.
//!
//! Not here: choosing words (they live in the catalogues, never in Rust), or which catalogues a part
//! of the app compiles in (the shell takes `core.ftl` and `shell.ftl` in every language).

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The English catalogue of the core's texts, compiled in.
pub const ENGLISH_CORE_FTL: &str = include_str!("../../../ui/locales/en/core.ftl");

/// A language the app speaks, as a BCP 47 tag on the wire (`"zh-Hans"`): the picker's list, the
/// folder of its catalogues under `ui/locales/`, and what the window tells the shell it shows.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord, Serialize, Deserialize, TS,
)]
#[ts(export)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ko")]
    Ko,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "ja")]
    Ja,
}

impl Language {
    /// Every language, in the picker's order.
    pub const ALL: [Language; 4] = [Language::En, Language::Ko, Language::ZhHans, Language::Ja];

    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ko => "ko",
            Language::ZhHans => "zh-Hans",
            Language::Ja => "ja",
        }
    }

    /// The language's name in itself, as the picker shows it (never translated: a producer who
    /// cannot read the current language still finds their own).
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Ko => "한국어",
            Language::ZhHans => "简体中文",
            Language::Ja => "日本語",
        }
    }

    /// The language for what the system asks for (BCP 47 tags or `LANG`-style values such as
    /// `ko_KR.UTF-8`, best first): the first that is one of ours, else English. `zh`, `zh-CN`,
    /// `zh-SG` and `zh-Hans-*` are Simplified Chinese; `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant-*`
    /// are not (the next choice decides, English until there is a Traditional catalogue), nor is
    /// Chinese in another script (`zh-Latn`); `ko-*` and `ja-*` are ours whatever follows.
    pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Language {
        requested
            .iter()
            .find_map(|tag| Self::of_tag(tag.as_ref()))
            .unwrap_or_default()
    }

    fn of_tag(raw: &str) -> Option<Language> {
        let lower = bcp47(raw).to_ascii_lowercase();
        let mut parts = lower.split('-');
        match parts.next()? {
            "en" => Some(Language::En),
            "ko" => Some(Language::Ko),
            "ja" => Some(Language::Ja),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                // A script subtag is four letters. With one, only `Hans` is Simplified; without,
                // the region decides: Taiwan, Hong Kong and Macau write Traditional.
                let script = rest.iter().find(|p| p.len() == 4);
                let simplified = match script {
                    Some(script) => *script == "hans",
                    None => !rest.iter().any(|p| matches!(*p, "tw" | "hk" | "mo")),
                };
                simplified.then_some(Language::ZhHans)
            }
            _ => None,
        }
    }
}

/// What the system asks for, as the window needs it before its first paint (the shell hands it to
/// the page before the page's scripts run): the language to start in, and the system's own tag for
/// each of our languages it lists, so dates and numbers keep the system's conventions (`en-GB`'s
/// 24-hour clock) when that language is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SystemLanguages {
    /// [`Language::negotiate`] of what the system asks for.
    pub language: Language,
    /// The first tag the system lists for each of our languages, as BCP 47 (`en-GB`, `zh-SG`).
    pub formatting: std::collections::BTreeMap<Language, String>,
}

impl SystemLanguages {
    /// From what the system asks for (BCP 47 tags or `LANG`-style values, best first).
    pub fn of<S: AsRef<str>>(requested: &[S]) -> Self {
        let mut formatting = std::collections::BTreeMap::new();
        for raw in requested {
            let raw = raw.as_ref();
            if let Some(language) = Language::of_tag(raw) {
                formatting.entry(language).or_insert_with(|| bcp47(raw));
            }
        }
        Self {
            language: Language::negotiate(requested),
            formatting,
        }
    }
}

/// `ko_KR.UTF-8` as `ko-KR`; a BCP 47 tag unchanged.
fn bcp47(raw: &str) -> String {
    raw.split(['.', '@'])
        .next()
        .unwrap_or("")
        .trim()
        .replace('_', "-")
}

/// Compiled-in Fluent catalogues for some languages, rendered with English as the fallback for a
/// message a language lacks (a catalogue test keeps every language complete).
pub struct Catalogue {
    bundles: HashMap<Language, FluentBundle<FluentResource>>,
}

impl Catalogue {
    /// One bundle per language from its sources (whole `.ftl` files, their ids disjoint). They are
    /// compiled into the binary, so one that does not parse is a bug a test catches: it panics.
    pub fn new(sources: &[(Language, &[&str])]) -> Self {
        let bundles = sources
            .iter()
            .map(|(language, sources)| {
                let locale = language.tag().parse().expect("a language tag");
                let mut bundle = FluentBundle::new_concurrent(vec![locale]);
                // No Unicode isolation marks around placeables: they help right-to-left text, none of
                // our languages is, and a terminal, a log, a tray menu or a notification shows them as
                // noise or boxes.
                bundle.set_use_isolating(false);
                for source in *sources {
                    let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(
                        |(_, errors)| {
                            panic!("a {} catalogue does not parse: {errors:?}", language.tag())
                        },
                    );
                    bundle
                        .add_resource(resource)
                        .expect("a language's catalogues share no id");
                }
                (*language, bundle)
            })
            .collect();
        Self { bundles }
    }

    /// Message `id` (or its `attribute`) in `language`, else in English, else the id itself (a
    /// missing id is a bug; it shows rather than failing the caller).
    pub fn text_with(
        &self,
        language: Language,
        id: &str,
        attribute: Option<&str>,
        params: &Params,
    ) -> String {
        [language, Language::En]
            .into_iter()
            .find_map(|language| self.render(language, id, attribute, params))
            .map(|rendered| rendered.unwrap_or_else(|(text, _)| text))
            .unwrap_or_else(|| match attribute {
                None => id.to_owned(),
                Some(name) => format!("{id}.{name}"),
            })
    }

    /// Message `id` (or its `attribute`) in `language` only: `None` when it has no such text,
    /// `Err` with the text as far as Fluent got and its errors (a parameter the text needs was not
    /// given, say), which tests look for.
    #[allow(clippy::type_complexity)]
    pub fn render(
        &self,
        language: Language,
        id: &str,
        attribute: Option<&str>,
        params: &Params,
    ) -> Option<Result<String, (String, Vec<fluent_bundle::FluentError>)>> {
        let bundle = self.bundles.get(&language)?;
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        let mut errors = Vec::new();
        let args = fluent_args(params);
        let text = bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned();
        Some(if errors.is_empty() {
            Ok(text)
        } else {
            Err((text, errors))
        })
    }

    /// Whether `language`'s catalogues have message `id`.
    pub fn has_message(&self, language: Language, id: &str) -> bool {
        self.bundles
            .get(&language)
            .is_some_and(|b| b.has_message(id))
    }
}

/// The core's English texts, for bdesk and logs.
static ENGLISH: LazyLock<Catalogue> =
    LazyLock::new(|| Catalogue::new(&[(Language::En, &[ENGLISH_CORE_FTL])]));

/// A parameter of a catalogue message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(untagged)]
#[ts(export)]
pub enum Param {
    Text(String),
    Number(#[ts(type = "number")] i64),
}

impl From<&str> for Param {
    fn from(s: &str) -> Self {
        Param::Text(s.to_owned())
    }
}

impl From<String> for Param {
    fn from(s: String) -> Self {
        Param::Text(s)
    }
}

macro_rules! number_param {
    ($($t:ty),*) => {$(
        impl From<$t> for Param {
            fn from(n: $t) -> Self {
                Param::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_param!(u8, u16, u32, u64, usize, i32, i64);

/// Named parameters, in a stable order (they are serialized for the window).
pub type Params = std::collections::BTreeMap<String, Param>;

/// `params! { "name" => value, … }`: catalogue parameters from anything a [`Param`] converts from.
#[macro_export]
macro_rules! params {
    () => { $crate::text::Params::new() };
    ($($name:literal => $value:expr),+ $(,)?) => {
        $crate::text::Params::from([$(($name.to_owned(), $crate::text::Param::from($value))),+])
    };
}

fn fluent_args(params: &Params) -> FluentArgs<'_> {
    let mut args = FluentArgs::new();
    for (name, value) in params {
        match value {
            Param::Text(s) => args.set(name.as_str(), FluentValue::from(s.as_str())),
            Param::Number(n) => args.set(name.as_str(), FluentValue::from(*n)),
        }
    }
    args
}

/// The English text of message `id` with `params`. An id missing from the catalogue is a bug; it
/// shows as the id itself rather than failing the caller (a test checks every id the core uses).
pub fn english(id: &str, params: &Params) -> String {
    english_with(id, None, params)
}

/// The English text of attribute `attribute` of message `id` (no parameters).
pub fn english_attribute(id: &str, attribute: &str) -> String {
    english_with(id, Some(attribute), &Params::new())
}

/// The English text of message `id`, or of one of its attributes, with `params`.
pub fn english_with(id: &str, attribute: Option<&str>, params: &Params) -> String {
    ENGLISH.text_with(Language::En, id, attribute, params)
}

/// Whether the English catalogue has message `id` (tests of the ids the core uses).
pub fn has_message(id: &str) -> bool {
    ENGLISH.has_message(Language::En, id)
}

/// Every message id in the English catalogue (terms excluded), for the test that none is unused.
pub fn message_ids() -> Vec<String> {
    message_ids_of(ENGLISH_CORE_FTL)
}

/// Every message id in one `.ftl` file (terms excluded).
pub fn message_ids_of(ftl: &str) -> Vec<String> {
    let resource = FluentResource::try_new(ftl.to_owned()).unwrap_or_else(|(resource, _)| resource);
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_parses_and_renders_attributes() {
        assert_eq!(
            english_attribute("tencent-0", "title"),
            "Sent.",
            "the first message of the table"
        );
        assert!(has_message("tencent-unknown"));
        assert_eq!(english_attribute("no-such-id", "title"), "no-such-id.title");
    }

    #[test]
    fn the_system_language_is_the_first_one_of_ours_it_asks_for() {
        use Language::*;
        let cases: &[(&[&str], Language)] = &[
            (&["zh"], ZhHans),
            (&["zh-CN"], ZhHans),
            (&["zh-cn"], ZhHans),
            (&["zh-SG"], ZhHans),
            (&["zh-Hans"], ZhHans),
            (&["zh-Hans-CN"], ZhHans),
            (&["zh-Hans-HK"], ZhHans),
            (&["ko"], Ko),
            (&["ko-KR"], Ko),
            (&["ja"], Ja),
            (&["ja-JP"], Ja),
            (&["en-GB"], En),
            (&["en-XA"], En),
            // Traditional Chinese, or Chinese in another script, is not Simplified.
            (&["zh-TW", "ja-JP"], Ja),
            (&["zh-HK", "ko"], Ko),
            (&["zh-MO", "ko"], Ko),
            (&["zh-Hant", "ko"], Ko),
            (&["zh-Hant-CN", "ko"], Ko),
            (&["zh-Latn", "ko"], Ko),
            (&["de-DE", "fr"], En),
            (&[], En),
            (&[""], En),
            // The system's order of preference decides.
            (&["fr-FR", "ja-JP", "ko-KR"], Ja),
            (&["de", "en-US", "ko"], En),
            // As LANG and LANGUAGE spell them.
            (&["ko_KR.UTF-8"], Ko),
            (&["zh_CN.utf8"], ZhHans),
            (&["de_DE@euro", "ja"], Ja),
            (&["C"], En),
            (&["POSIX", "ja_JP"], Ja),
        ];
        for (requested, expected) in cases {
            assert_eq!(Language::negotiate(requested), *expected, "{requested:?}");
        }
    }

    #[test]
    fn the_system_s_own_tag_formats_each_of_our_languages_it_lists() {
        let system =
            SystemLanguages::of(&["de_DE.UTF-8", "en_GB.UTF-8", "en-US", "zh-TW", "zh-SG"]);
        assert_eq!(system.language, Language::En);
        assert_eq!(
            serde_json::to_value(&system).unwrap(),
            serde_json::json!({
                "language": "en",
                "formatting": { "en": "en-GB", "zh-Hans": "zh-SG" },
            })
        );
        assert_eq!(SystemLanguages::of::<&str>(&[]).formatting.len(), 0);
    }

    #[test]
    fn a_language_is_its_tag_on_the_wire() {
        for language in Language::ALL {
            let json = serde_json::to_string(&language).unwrap();
            assert_eq!(json, format!("\"{}\"", language.tag()));
            assert_eq!(serde_json::from_str::<Language>(&json).unwrap(), language);
        }
        assert!(serde_json::from_str::<Language>("\"en-XA\"").is_err());
    }

    #[test]
    fn every_code_and_transport_kind_has_its_words() {
        for code in crate::client::documented_codes() {
            let id = format!("tencent-{code}");
            assert!(has_message(&id), "{id} missing from core.ftl");
            for attr in ["title", "remedy"] {
                assert_ne!(english_attribute(&id, attr), format!("{id}.{attr}"));
            }
        }
        for kind in crate::client::TransportKind::ALL {
            let id = format!("transport-{}", kind.catalogue_name());
            assert!(has_message(&id), "{id} missing from core.ftl");
        }
    }
}
