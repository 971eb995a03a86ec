//! IPC commands: each one an adapter of a few lines from the UI's arguments to desk-core and back.

pub mod app;
pub mod broadcast;
pub mod profiles;
pub mod sandbox;
pub mod secrets;
