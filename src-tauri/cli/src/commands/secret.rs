//! Reading the admin's secret key from standard input (never from arguments, which `ps` shows).

use desk_core::secret::SecretKey;
use desk_core::{Error, Result};
use std::io::{IsTerminal, Read};
use zeroize::Zeroize;

/// Reads the whole of stdin and trims surrounding whitespace (a trailing newline from `echo` or a file).
pub fn from_stdin() -> Result<SecretKey> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("Paste the secret key and press Enter, then Ctrl+D:");
    }
    let mut raw = String::new();
    stdin
        .lock()
        .read_to_string(&mut raw)
        .map_err(|e| Error::io("reading the secret key from standard input", e))?;
    let key = SecretKey::from(raw.trim());
    // Wipe the untrimmed copy too; `SecretKey` wipes its own on drop.
    raw.zeroize();
    if key.expose().is_empty() {
        return Err(Error::InvalidInput {
            path: "--secret-stdin".into(),
            message:
                "standard input was empty; pipe the secret key from the Chat console into bdesk"
                    .into(),
        });
    }
    Ok(key)
}
