//! Reading message bodies from a file or standard input.

use desk_core::{Error, Result};
use std::io::Read;

/// Reads `path`, or standard input when it is `None` or `-`.
pub fn read_text(path: Option<&str>) -> Result<String> {
    match path {
        None | Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Error::io("reading the body from standard input", e))?;
            Ok(text)
        }
        Some(path) => {
            std::fs::read_to_string(path).map_err(|e| Error::io(format!("reading {path}"), e))
        }
    }
}
