//! desk-core: everything Broadcast Desk knows about Tencent Cloud Chat broadcasts, with no Tauri in it.
//!
//! The Tauri shell and the `bdesk` CLI are two thin front doors to this crate: they parse their input,
//! call in here and present the result. Nothing in this crate knows about windows, IPC or the webview,
//! so every rule (signing, validation, classification of answers) is tested with plain `cargo test`.
//!
//! Not here: presentation (wording belongs to the error codes' `message`, layout to the UI) and
//! anything that needs a display.

pub mod account;
pub mod client;
pub mod clock;
pub mod desk;
pub mod error;
pub mod info;
pub mod keychain;
pub mod media;
pub mod message;
pub mod outbox;
pub mod paths;
pub mod profiles;
pub mod schedule;
pub mod secret;
pub mod store;
pub mod templates;
pub mod text;
pub mod usersig;

pub use error::{Error, ErrorCode, Result};
