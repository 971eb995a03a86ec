//! One module per domain; each command deserializes, calls desk-core and maps the error. Nothing else.

pub mod app;
