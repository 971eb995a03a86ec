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
    /// A bug: something that should not happen did.
    Internal,
}

/// Everything that can go wrong in desk-core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that cannot be parsed into the model; `path` names the offending field.
    #[error("{path}: {message}")]
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
            Error::Io { .. } => ErrorCode::Io,
            Error::Internal(_) => ErrorCode::Internal,
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}
