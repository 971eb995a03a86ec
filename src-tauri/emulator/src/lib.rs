//! tim-emulator: a loopback server that answers like Tencent Cloud Chat's REST endpoint.
//!
//! Deliberately shares no code with desk-core, so a bug in the client cannot hide behind the same bug
//! in the emulator.
