//! Every rule a profile must follow, checked at once so a form (or `bdesk profile add`) can show all
//! the problems in one round, each on its field. The name rules ([`check_name`], [`name_key`]) are
//! also every other named thing's (templates), so one name reads one way everywhere.
//!
//! Not here: rules that need the database (a name another profile already has, checked on save by
//! `table`) or the sandbox's fixed fields (the desk's rule, since only the desk knows the sandbox).

use std::str::FromStr;

use serde::Serialize;
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

use super::{
    CUSTOM_RATE_RANGE, DEFAULT_USERSIG_LIFETIME_SECS, Edition, NAME_MAX_CHARS, ProfileDraft,
    SANDBOX_COLOR, SDKAPPID_MAX, Target,
};
use crate::account::{self, AccountProblem};
use crate::client::{LIFETIME_RANGE, Region, UrlProblem, check_endpoint_url, lifetime_from_secs};
use crate::params;
use crate::text::Params;

/// The draft's field names as the UI and [`FieldProblem::field`] spell them: each written once.
pub mod field {
    pub const NAME: &str = "name";
    pub const COLOR: &str = "color";
    pub const REGION: &str = "target.region";
    pub const URL: &str = "target.url";
    pub const SDKAPPID: &str = "sdkappid";
    pub const ADMIN: &str = "adminIdentifier";
    pub const DEFAULT_FROM: &str = "defaultFromAccount";
    pub const USERSIG_LIFETIME: &str = "usersigLifetimeSecs";
    pub const RATE: &str = "edition.ratePerSec";
}

/// Which rule a field broke. Serialized as `SCREAMING_SNAKE_CASE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum FieldRule {
    /// Required and missing (or only spaces).
    Empty,
    /// Longer than allowed.
    TooLong,
    /// Contains characters the field does not allow.
    BadCharacters,
    /// Not in the expected form (colour, URL).
    BadFormat,
    /// A number outside its allowed range.
    OutOfRange,
    /// Not one of the known regions.
    UnknownRegion,
    /// Plain `http://` to a host that is not loopback.
    InsecureUrl,
    /// Another profile (or template, for a template's name) already has this name, or one that looks
    /// the same.
    NameTaken,
    /// A value kept for something else (the sandbox's colour).
    Reserved,
    /// A field of the built-in sandbox that cannot change.
    Fixed,
    /// Not an IANA time zone this computer knows.
    UnknownZone,
    /// A scheduled time that has already passed.
    InThePast,
}

/// One broken rule: `field` is the camelCase path in [`ProfileDraft`] (e.g. `target.url`) or in a
/// template's draft (`name`);
/// `message_id` and `params` name the catalogue message the window shows beside the field, and
/// `message` is the same in English (bdesk, logs), without repeating the field's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FieldProblem {
    pub field: String,
    pub code: FieldRule,
    pub message_id: String,
    pub params: Params,
    pub message: String,
}

impl FieldProblem {
    pub(crate) fn new(field: &str, code: FieldRule, id: &str, params: Params) -> Self {
        Self {
            field: field.into(),
            code,
            message: crate::text::english(id, &params),
            message_id: id.into(),
            params,
        }
    }

    pub(crate) fn summary(problems: &[FieldProblem]) -> String {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")
    }
}

impl std::fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// What two names (of profiles; of templates) are compared by: NFKC (so full-width `Ｐｒｏｄ` and
/// `Prod` meet), then lower case. Names with format characters are refused before they get here, so
/// `Pro\u{200b}d` cannot pass for `Prod` either.
pub fn name_key(name: &str) -> String {
    name.trim().nfkc().flat_map(char::to_lowercase).collect()
}

/// Invisible characters that make two names look the same (zero-width spaces and joiners, the soft
/// hyphen) or reorder how a name is drawn (bidirectional overrides like U+202E): Unicode's "format"
/// category, plus controls and line/paragraph separators.
fn is_hidden_or_reordering(c: char) -> bool {
    c.is_control()
        || matches!(
            c.general_category(),
            GeneralCategory::Format
                | GeneralCategory::LineSeparator
                | GeneralCategory::ParagraphSeparator
        )
}

/// The rules for a name a producer picks and later recognises things by (a profile's, a template's):
/// required, at most [`NAME_MAX_CHARS`] characters, nothing invisible or direction-changing. Returns
/// the name trimmed, and its problems on [`field::NAME`]. Whether another item has the name is the
/// caller's check, against its own table.
pub fn check_name(name: &str) -> (&str, Vec<FieldProblem>) {
    let name = name.trim();
    let mut problems = Vec::new();
    let name_chars = name.chars().count();
    if name_chars == 0 {
        problems.push(FieldProblem::new(
            field::NAME,
            FieldRule::Empty,
            "field-required",
            params! {},
        ));
    } else if name_chars > NAME_MAX_CHARS {
        problems.push(FieldProblem::new(
            field::NAME,
            FieldRule::TooLong,
            "field-name-too-long",
            params! { "max" => NAME_MAX_CHARS, "count" => name_chars },
        ));
    }
    if let Some(c) = name.chars().find(|&c| is_hidden_or_reordering(c)) {
        problems.push(FieldProblem::new(
            field::NAME,
            FieldRule::BadCharacters,
            "field-name-hidden",
            params! { "codepoint" => format!("U+{:04X}", c as u32) },
        ));
    }
    (name, problems)
}

/// Checks every rule that needs no database and returns the normalized draft (trimmed name, lower-case
/// colour, parsed URL, default lifetime filled in, empty From_Account dropped), or every problem found.
/// Name uniqueness is checked on save.
pub fn validate(draft: &ProfileDraft) -> Result<ProfileDraft, Vec<FieldProblem>> {
    let mut out = draft.clone();
    let (name, mut problems) = check_name(&draft.name);
    out.name = name.to_owned();
    let mut problem = |field: &str, code, id: &str, params: Params| {
        problems.push(FieldProblem::new(field, code, id, params));
    };

    let color_ok = draft.color.len() == 7
        && draft.color.starts_with('#')
        && draft.color[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if !color_ok {
        problem(
            field::COLOR,
            FieldRule::BadFormat,
            "field-color-format",
            params! { "value" => draft.color.as_str() },
        );
    } else {
        out.color = draft.color.to_ascii_lowercase();
        if out.color == SANDBOX_COLOR && !draft.is_sandbox {
            problem(
                field::COLOR,
                FieldRule::Reserved,
                "field-color-sandbox",
                params! {},
            );
        }
    }

    match &draft.target {
        Target::Region { region } => {
            if Region::from_str(region).is_err() {
                problem(
                    field::REGION,
                    FieldRule::UnknownRegion,
                    "field-region-unknown",
                    params! {
                        "region" => region.as_str(),
                        "regions" => Region::ALL.map(Region::id).join(", "),
                    },
                );
            }
        }
        Target::Custom { url } => match check_endpoint_url(url) {
            Ok(normalized) => {
                out.target = Target::Custom {
                    url: normalized.into(),
                }
            }
            Err((kind, why)) => match kind {
                UrlProblem::Insecure => problem(
                    field::URL,
                    FieldRule::InsecureUrl,
                    "field-url-insecure",
                    params! {},
                ),
                UrlProblem::Credentials => problem(
                    field::URL,
                    FieldRule::BadFormat,
                    "field-url-credentials",
                    params! {},
                ),
                // `why` names what is malformed in the URL parser's English words.
                UrlProblem::Malformed => problem(
                    field::URL,
                    FieldRule::BadFormat,
                    "field-url-malformed",
                    params! { "detail" => why },
                ),
            },
        },
    }

    if draft.sdkappid == 0 || draft.sdkappid > SDKAPPID_MAX {
        problem(
            field::SDKAPPID,
            FieldRule::OutOfRange,
            "field-sdkappid-range",
            params! { "max" => SDKAPPID_MAX },
        );
    }

    for p in account::problems(&draft.admin_identifier) {
        let (code, id, params) = account_problem(p);
        problem(field::ADMIN, code, id, params);
    }

    out.default_from_account = draft
        .default_from_account
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(str::to_owned);
    for p in out
        .default_from_account
        .as_deref()
        .map(account::problems)
        .unwrap_or_default()
    {
        let (code, id, params) = account_problem(p);
        problem(field::DEFAULT_FROM, code, id, params);
    }

    let lifetime = draft
        .usersig_lifetime_secs
        .unwrap_or(DEFAULT_USERSIG_LIFETIME_SECS);
    if lifetime_from_secs(lifetime.into()).is_err() {
        problem(
            field::USERSIG_LIFETIME,
            FieldRule::OutOfRange,
            "field-lifetime-range",
            params! {
                "min" => LIFETIME_RANGE.start().as_secs(),
                "max" => LIFETIME_RANGE.end().as_secs(),
            },
        );
    }
    out.usersig_lifetime_secs = Some(lifetime);

    if let Edition::Custom { rate_per_sec } = draft.edition
        && !CUSTOM_RATE_RANGE.contains(&rate_per_sec)
    {
        problem(
            field::RATE,
            FieldRule::OutOfRange,
            "field-rate-range",
            params! {
                "min" => *CUSTOM_RATE_RANGE.start(),
                "max" => *CUSTOM_RATE_RANGE.end(),
            },
        );
    }

    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The account rule's verdict as a field problem: the same rule `From_Account` follows in a message,
/// so a default sender a profile accepts is one every send accepts too.
fn account_problem(p: AccountProblem) -> (FieldRule, &'static str, Params) {
    match p {
        AccountProblem::Empty => (FieldRule::Empty, "field-required", params! {}),
        AccountProblem::TooLong { bytes } => (
            FieldRule::TooLong,
            "field-account-too-long",
            params! { "bytes" => bytes, "max" => account::ACCOUNT_MAX_BYTES },
        ),
        AccountProblem::Space { at } => (
            FieldRule::BadCharacters,
            "field-account-space",
            params! { "at" => at },
        ),
        AccountProblem::NotPrintableAscii { at, found } => (
            FieldRule::BadCharacters,
            "field-account-character",
            params! { "at" => at, "character" => account::shown(found) },
        ),
    }
}

/// The problem for a name that another profile has (or one that looks the same).
pub(crate) fn name_taken(name: &str, other: &str) -> FieldProblem {
    name_clash(name, other, ["field-name-taken", "field-name-lookalike"])
}

/// The problem for a name another item of the same kind has: `ids` are the catalogue's words for
/// "the same name" and "a name that looks the same" for that kind (they say which kind it is).
pub(crate) fn name_clash(name: &str, other: &str, [same, lookalike]: [&str; 2]) -> FieldProblem {
    if name == other {
        FieldProblem::new(
            field::NAME,
            FieldRule::NameTaken,
            same,
            params! { "name" => name },
        )
    } else {
        FieldProblem::new(
            field::NAME,
            FieldRule::NameTaken,
            lookalike,
            params! { "name" => name, "other" => other },
        )
    }
}
