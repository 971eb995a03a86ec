//! One module per subcommand.

pub mod check;
pub mod history;
pub mod input;
pub mod message_args;
pub mod outbox;
pub mod profile;
pub mod schedule;
pub mod secret;
pub mod send;
pub mod target;
pub mod template;
pub mod usersig;
pub mod validate;
