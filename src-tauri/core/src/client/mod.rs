//! The REST client: sends one already-validated broadcast body to Tencent (or the emulator) and says
//! what came back, in terms the pipeline, the UI and the CLI can act on.
//!
//! Deliberately NOT here: validating or building the body (`crate::message`), pacing, backoff and the
//! 5-minute dedupe window (the pipeline), and where the secret key is stored (the keychain module).

mod codes;
mod region;
mod transport;
// Used by the client proper, which lands once `crate::usersig` is merged.
#[allow(dead_code)]
mod wire;

pub use codes::{ErrorClass, Explanation, documented_codes, explain, explain_transport, lookup};
pub use region::{CustomEndpoint, Endpoint, Hosts, Region, RegionInfo};
pub use transport::{TransportFailure, TransportKind};
