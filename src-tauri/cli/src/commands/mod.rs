//! One module per subcommand.

pub mod input;
pub mod secret;
pub mod usersig;
pub mod validate;
