//! Reading what bdesk is given on standard input or in a file, never more than can make sense: a
//! broadcast body is at most 12,000 bytes and a key 64 characters, so a runaway pipe or the wrong file
//! is refused after a bounded read instead of being held (and reported on) whole.

use std::io::Read;

use desk_core::desk::KEY_MAX_CHARS;
use desk_core::{Error, Result};

/// The most a body file (or stdin) may hold. Far above any valid body, even pretty-printed with
/// every character escaped; far below what would make validation's report itself a problem.
pub const BODY_MAX_BYTES: u64 = 1024 * 1024;

/// The most read from stdin for a secret key: room for the longest key the core accepts, in the
/// widest UTF-8, plus surrounding whitespace.
const KEY_MAX_BYTES: u64 = KEY_MAX_CHARS as u64 * 4 + 64;

/// Reads a body from `path`, or standard input when it is `None` or `-`.
pub fn read_body(path: Option<&str>) -> Result<String> {
    let what = match path {
        None | Some("-") => "standard input".to_owned(),
        Some(path) => path.to_owned(),
    };
    let limit = BODY_MAX_BYTES;
    let bytes = match path {
        None | Some("-") => read_at_most(std::io::stdin().lock(), limit, &what)?,
        Some(path) => {
            let file =
                std::fs::File::open(path).map_err(|e| Error::io(format!("reading {path}"), e))?;
            read_at_most(file, limit, &what)?
        }
    };
    let Some(bytes) = bytes else {
        return Err(Error::InvalidInput {
            path: "--body".into(),
            message: format!(
                "{what} holds more than {} KiB; a broadcast body is at most 12,000 bytes, so this \
                 is not one",
                limit / 1024
            ),
        });
    };
    String::from_utf8(bytes).map_err(|_| Error::InvalidInput {
        path: "--body".into(),
        message: format!("{what} is not UTF-8 text"),
    })
}

/// Reads standard input for a secret key; `None` when it holds more than any key could.
pub fn read_key_text() -> Result<Option<String>> {
    let bytes = read_at_most(
        std::io::stdin().lock(),
        KEY_MAX_BYTES,
        "the secret key from standard input",
    )?;
    Ok(bytes.map(|b| String::from_utf8_lossy(&b).into_owned()))
}

/// Up to `limit` bytes; `None` if there were more.
fn read_at_most(reader: impl Read, limit: u64, what: &str) -> Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(format!("reading {what}"), e))?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_up_to_the_limit_and_refuses_more() {
        assert_eq!(
            read_at_most(&b"abc"[..], 3, "x").unwrap(),
            Some(b"abc".to_vec())
        );
        assert_eq!(read_at_most(&b"abcd"[..], 3, "x").unwrap(), None);
        // An endless source stops after limit + 1 bytes.
        assert_eq!(
            read_at_most(std::io::repeat(b'{'), 1024, "x").unwrap(),
            None
        );
    }
}
