//! English words for the codes the core returns, rendered from the same catalogue the window uses
//! (`ui/locales/en/core.ftl`, Project Fluent), so a Tencent explanation or a field rule exists once per
//! language and bdesk, which speaks English to scripts, says exactly what the window says in English.
//!
//! The core's answers carry a catalogue id and parameters (what the window renders in the producer's
//! language); the English rendering here fills the `title`/`message` fields bdesk prints and logs.
//!
//! Not here: any other language (the window renders those), or choosing words: they live in the
//! catalogue, never in Rust.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The English catalogue, compiled in.
pub const ENGLISH_CORE_FTL: &str = include_str!("../../../ui/locales/en/core.ftl");

static ENGLISH: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| {
    let resource = FluentResource::try_new(ENGLISH_CORE_FTL.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("ui/locales/en/core.ftl does not parse: {errors:?}"));
    let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().expect("a language tag")]);
    // Unicode isolation marks around placeables help right-to-left text; in a terminal and in logs
    // they are invisible noise, and none of our languages is right-to-left.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .expect("the English catalogue has no duplicate ids");
    bundle
});

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
    let message = ENGLISH.get_message(id);
    let pattern = match attribute {
        None => message.and_then(|m| m.value()),
        Some(name) => message
            .and_then(|m| m.get_attribute(name))
            .map(|a| a.value()),
    };
    let Some(pattern) = pattern else {
        return match attribute {
            None => id.to_owned(),
            Some(name) => format!("{id}.{name}"),
        };
    };
    let mut errors = Vec::new();
    let args = fluent_args(params);
    ENGLISH
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

/// Whether the English catalogue has message `id` (tests of the ids the core uses).
pub fn has_message(id: &str) -> bool {
    ENGLISH.has_message(id)
}

/// Every message id in the English catalogue (terms excluded), for the test that none is unused.
pub fn message_ids() -> Vec<String> {
    let resource = FluentResource::try_new(ENGLISH_CORE_FTL.to_owned())
        .unwrap_or_else(|(resource, _)| resource);
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
