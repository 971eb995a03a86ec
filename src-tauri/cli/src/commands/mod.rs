//! One module per subcommand.

pub mod secret;
pub mod usersig;
