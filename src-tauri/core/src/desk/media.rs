//! The desk's door to media probing: the composer pastes a URL for an Image, Sound, File or Video
//! element and gets back what the file is (see [`crate::media`]).
//!
//! Not here: the probing itself, or keeping anything: a probe touches neither the store nor the
//! keychain, and each one builds its own HTTP clients (a probe is one paste, a few requests to one
//! host; a pool kept for the next paste would rarely be reused).

use super::Desk;
use crate::Result;
use crate::media::{MediaKind, MediaProbe, ProbeLimits};

impl Desk {
    /// Probes a pasted media URL with the default limits ([`ProbeLimits::default`]): every finding,
    /// failures included, is in the [`MediaProbe`]; `Err` only when no request could be made at all.
    pub async fn probe_media(&self, url: &str, kind: MediaKind) -> Result<MediaProbe> {
        crate::media::probe(url, kind, &ProbeLimits::default()).await
    }
}
