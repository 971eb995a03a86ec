//! Facts about this build that both front doors report (About panel, `bdesk --version`).

use serde::Serialize;
use ts_rs::TS;

/// Whether this binary was built for development or for release. Dev and release builds keep separate
/// keychain entries and data, so a test build can never overwrite a producer's real setup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum BuildKind {
    Debug,
    Release,
}

impl BuildKind {
    pub const fn current() -> Self {
        if cfg!(debug_assertions) {
            BuildKind::Debug
        } else {
            BuildKind::Release
        }
    }
}
