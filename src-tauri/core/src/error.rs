//! The one error type of desk-core, and the stable codes the UI and the CLI branch on.
//!
//! Every variant maps to an [`ErrorCode`]: a closed set that grows only when a consumer needs to branch
//! on something new. Consumers must never match on message text. Messages are written for a producer
//! (what happened, what to do) and never contain a secret key or a UserSig.

use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Stable, machine-readable error codes, serialized as `SCREAMING_SNAKE_CASE` strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum ErrorCode {
    /// The input could not be read at all (bad JSON, unknown field, unknown MsgType).
    InvalidInput,
    /// The message was read but breaks one or more rules; details are per field.
    InvalidMessage,
    /// An endpoint, region or account setting is unusable.
    InvalidConfig,
    /// The UserSig could not be made or did not verify.
    UserSig,
    /// Tencent (or the emulator) answered with a non-zero ErrorCode.
    Api,
    /// The request never got a usable answer (refused, DNS, timeout, HTTP 5xx).
    Transport,
    /// Reading or writing local files or the database failed.
    Io,
    /// A profile was read but breaks one or more rules; details are per field.
    InvalidProfile,
    /// A template was read but breaks a rule of its own (its name); details are per field. A body
    /// that could never be sent is `INVALID_MESSAGE`, as for a send.
    InvalidTemplate,
    /// The profile (or other stored item) named in the request does not exist (any more).
    NotFound,
    /// The OS keychain is missing, locked, refused access or failed; see `KeychainProblem`.
    Keychain,
    /// The profile has no secret key saved yet.
    MissingSecret,
    /// A scheduled item breaks one or more rules; details are per field.
    InvalidSchedule,
    /// Another process runs this data folder's schedule (one scheduler per folder).
    SchedulerBusy,
    /// A scheduled item changed under an edit (it started sending) or can no longer be edited.
    ScheduleChanged,
    /// The broadcast was cancelled before it left (by this request's producer or another window or
    /// bdesk): it certainly did not go out.
    Cancelled,
    /// A cancel came too late: an attempt had already left, or the broadcast had ended.
    NotQueued,
    /// A bug: something that should not happen did.
    Internal,
}

/// Everything that can go wrong in desk-core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that cannot be parsed into the model; `path` names the offending field (empty for the
    /// input as a whole, e.g. text that is not JSON at all).
    #[error("{}{message}", if path.is_empty() { String::new() } else { format!("{path}: ") })]
    InvalidInput { path: String, message: String },

    /// A message that was read but breaks rules; the report lists every problem by path.
    #[error("invalid message: {0}")]
    InvalidMessage(crate::message::ValidationReport),

    /// A configuration value (endpoint, region, identifier, SDKAppID) is unusable.
    #[error("{field}: {message}")]
    InvalidConfig {
        field: &'static str,
        message: String,
    },

    /// Local file or stream I/O.
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },

    /// Tencent answered with a non-zero ErrorCode; `class` says whether to retry, re-sign or fix.
    #[error("{}: Tencent error {code} ({info})", crate::client::explain(*code).title)]
    Api {
        code: i64,
        info: String,
        class: crate::client::ErrorClass,
    },

    /// The request got no usable answer; `kind` says how far it got. Never holds a URL or UserSig.
    #[error("{kind}: {message}")]
    Transport {
        kind: crate::client::TransportKind,
        message: String,
    },

    /// A UserSig could not be read or did not verify; `problem` says which check failed.
    #[error("{message}")]
    UserSig {
        problem: crate::usersig::UserSigProblem,
        message: String,
    },

    /// A profile draft breaks rules; every problem found is listed, not just the first.
    #[error("invalid profile: {}", crate::profiles::FieldProblem::summary(.0))]
    InvalidProfile(Vec<crate::profiles::FieldProblem>),

    /// A template draft's own fields break rules (every problem found, like a profile's); its body's
    /// problems are an [`Error::InvalidMessage`].
    #[error("invalid template: {}", crate::profiles::FieldProblem::summary(.0))]
    InvalidTemplate(Vec<crate::profiles::FieldProblem>),

    /// No stored item of kind `what` has this id.
    #[error("no {what} with id {id:?}")]
    NotFound { what: &'static str, id: String },

    /// The OS keychain could not be used; `message` says what to do and never holds the secret.
    #[error("{message}")]
    Keychain {
        problem: crate::keychain::KeychainProblem,
        message: String,
    },

    /// The profile has no key in the keychain; the producer enters it on the profile.
    #[error(
        "no secret key is saved for profile {profile:?}; enter the key from the Chat console on the profile"
    )]
    MissingSecret { profile: String },

    /// The SQLite store failed (open, migrate, query).
    #[error("{context}: {source}")]
    Database {
        context: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },

    /// The database file, or the disk it is on, cannot be used as it is (full, damaged, not ours, from
    /// a newer build, not writable). `message` names the file and says what to do, and holds no SQL;
    /// `source` keeps SQLite's own error, when there is one, for logs.
    #[error("{message}")]
    DatabaseFile {
        problem: crate::store::DatabaseProblem,
        message: String,
        #[source]
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    },

    /// A scheduled item's draft breaks rules; every problem found is listed.
    #[error("invalid scheduled item: {}", crate::profiles::FieldProblem::summary(.0))]
    InvalidSchedule(Vec<crate::profiles::FieldProblem>),

    /// An edit of a scheduled item could not be saved: an occurrence started sending (`taken_at`, Unix
    /// ms) while it was open. Nothing was changed.
    #[error("{}", crate::text::english("error-schedule-changed", &crate::params! { "when" => crate::schedule::time::instant_text(*taken_at) }))]
    ScheduleChanged { item_id: String, taken_at: i64 },

    /// The item cannot be edited as it stands (`status`: cancelled, done, …).
    #[error("{}", crate::text::english("error-schedule-not-editable", &crate::params! { "status" => format!("{status:?}").to_lowercase() }))]
    NotEditable {
        item_id: String,
        status: crate::schedule::ItemStatus,
    },

    /// A decision on a held occurrence came too late: it is no longer held (`state`: decided by
    /// another window or bdesk, or skipped by a cancel). Nothing was changed.
    #[error("{}", crate::text::english("error-schedule-not-held", &not_held_params(*state)))]
    NotHeld {
        item_id: String,
        due_at: i64,
        state: crate::schedule::RunState,
    },

    /// Another process (the app, or `bdesk run-scheduler`) runs the schedule of this data folder.
    #[error("{}", scheduler_busy(holder.as_ref()))]
    SchedulerBusy {
        holder: Option<crate::desk::SchedulerHolder>,
    },

    /// The broadcast was cancelled before any attempt left; its outbox row says `not sent`.
    #[error("{}", crate::text::english("error-send-cancelled", &crate::params! {}))]
    Cancelled { outbox_id: String },

    /// Only a queued broadcast can be cancelled; this one is `delivery` (an attempt has left, or it
    /// has ended).
    #[error("{}", not_queued(*delivery))]
    NotQueued {
        outbox_id: String,
        delivery: crate::outbox::Delivery,
    },

    /// Invariant broken inside desk-core.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::InvalidInput { .. } => ErrorCode::InvalidInput,
            Error::InvalidMessage(_) => ErrorCode::InvalidMessage,
            Error::InvalidConfig { .. } => ErrorCode::InvalidConfig,
            Error::Api { .. } => ErrorCode::Api,
            Error::Transport { .. } => ErrorCode::Transport,
            Error::UserSig { .. } => ErrorCode::UserSig,
            Error::Io { .. } | Error::Database { .. } | Error::DatabaseFile { .. } => ErrorCode::Io,
            Error::InvalidProfile(_) => ErrorCode::InvalidProfile,
            Error::InvalidTemplate(_) => ErrorCode::InvalidTemplate,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Keychain { .. } => ErrorCode::Keychain,
            Error::MissingSecret { .. } => ErrorCode::MissingSecret,
            Error::InvalidSchedule(_) => ErrorCode::InvalidSchedule,
            Error::SchedulerBusy { .. } => ErrorCode::SchedulerBusy,
            Error::ScheduleChanged { .. } | Error::NotEditable { .. } | Error::NotHeld { .. } => {
                ErrorCode::ScheduleChanged
            }
            Error::Cancelled { .. } => ErrorCode::Cancelled,
            Error::NotQueued { .. } => ErrorCode::NotQueued,
            Error::Internal(_) => ErrorCode::Internal,
        }
    }

    /// The catalogue message (`ui/locales/<lang>/core.ftl`) that words this error for the window,
    /// with its parameters, when there is one; the window shows the English `to_string()` otherwise.
    pub fn catalogue(&self) -> Option<(String, crate::text::Params)> {
        match self {
            Error::Keychain { problem, .. } => Some(problem.catalogue()),
            Error::MissingSecret { profile } => Some((
                "error-missing-key".into(),
                crate::params! { "profile" => profile.as_str() },
            )),
            Error::NotFound {
                what: "profile", ..
            } => Some(("error-profile-not-found".into(), crate::params! {})),
            Error::Cancelled { .. } => Some(("error-send-cancelled".into(), crate::params! {})),
            Error::SchedulerBusy { holder } => Some(scheduler_busy_words(holder.as_ref())),
            Error::ScheduleChanged { taken_at, .. } => Some((
                "error-schedule-changed".into(),
                crate::params! { "when" => crate::schedule::time::instant_text(*taken_at) },
            )),
            Error::NotEditable { status, .. } => Some((
                "error-schedule-not-editable".into(),
                crate::params! { "status" => format!("{status:?}").to_lowercase() },
            )),
            Error::NotHeld { state, .. } => {
                Some(("error-schedule-not-held".into(), not_held_params(*state)))
            }
            Error::NotQueued { delivery, .. } => Some((
                "error-not-queued".into(),
                crate::params! { "delivery" => delivery.catalogue_name() },
            )),
            _ => None,
        }
    }

    pub fn db(
        context: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        Error::Database {
            context: context.into(),
            source: source.into(),
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

/// The English for [`Error::NotQueued`], from the catalogue the window reads.
fn not_queued(delivery: crate::outbox::Delivery) -> String {
    crate::text::english(
        "error-not-queued",
        &crate::params! { "delivery" => delivery.catalogue_name() },
    )
}

fn scheduler_busy_words(
    holder: Option<&crate::desk::SchedulerHolder>,
) -> (String, crate::text::Params) {
    match holder {
        Some(h) => (
            "error-scheduler-busy".into(),
            crate::params! { "who" => h.who.as_str(), "pid" => h.pid },
        ),
        None => ("error-scheduler-busy-unknown".into(), crate::params! {}),
    }
}

/// [`Error::NotHeld`]'s parameter: what became of the occurrence, as the run states serialize.
fn not_held_params(state: crate::schedule::RunState) -> crate::text::Params {
    let name = serde_json::to_value(state)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    crate::params! { "state" => name }
}

/// The English for [`Error::SchedulerBusy`], from the catalogue the window reads.
fn scheduler_busy(holder: Option<&crate::desk::SchedulerHolder>) -> String {
    let (id, params) = scheduler_busy_words(holder);
    crate::text::english(&id, &params)
}
