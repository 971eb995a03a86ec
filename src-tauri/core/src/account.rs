//! Tencent account IDs (the admin `identifier`, `From_Account`, accounts to look up): the one rule every
//! front door and every module checks them with.
//!
//! Tencent's docs call account IDs "printable ASCII, at most 32 bytes" (docs/TENCENT-API.md, Account IDs).
//! We take the safe reading: 0x21..=0x7E, i.e. without the space. The SDKs recommend letters, digits,
//! `_` and `-`, and a space is almost always a copy-paste slip that names an account which does not
//! exist (Tencent then refuses the send, or worse, another account with that exact name speaks).
//!
//! Not here: whether the account exists (that is Tencent's account_check, see `client`), or how a
//! broken rule is worded for a particular form (profiles and messages map [`AccountProblem`] to their
//! own problem codes).

/// Tencent's limit for account IDs.
pub const ACCOUNT_MAX_BYTES: usize = 32;

/// Which part of the account rule a value breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountProblem {
    Empty,
    TooLong {
        bytes: usize,
    },
    /// A space at this byte offset.
    Space {
        at: usize,
    },
    /// A character outside printable ASCII at this byte offset.
    NotPrintableAscii {
        at: usize,
        found: char,
    },
}

impl std::fmt::Display for AccountProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            AccountProblem::Empty => write!(f, "is empty"),
            AccountProblem::TooLong { bytes } => write!(
                f,
                "is {bytes} bytes; account IDs are at most {ACCOUNT_MAX_BYTES} bytes"
            ),
            AccountProblem::Space { at } => write!(
                f,
                "contains a space at byte {at}; a pasted space names a different account"
            ),
            AccountProblem::NotPrintableAscii { at, found } => {
                let what = if found.is_control() {
                    format!("a control character (U+{:04X})", found as u32)
                } else {
                    format!("{found:?}")
                };
                write!(
                    f,
                    "contains {what} at byte {at}; account IDs use printable ASCII without spaces \
                     (letters, digits, _ and - are safest)"
                )
            }
        }
    }
}

/// A character as a producer should see it in a message: controls by code point (they are
/// invisible), anything else as itself.
pub fn shown(c: char) -> String {
    if c.is_control() || c == ' ' {
        format!("U+{:04X}", c as u32)
    } else {
        c.to_string()
    }
}

/// Every part of the account rule `account` breaks (its length and its first bad character are both
/// reported, so one fix-up round is enough); empty when it follows the rule. See the module docs
/// for the reading.
pub fn problems(account: &str) -> Vec<AccountProblem> {
    if account.is_empty() {
        return vec![AccountProblem::Empty];
    }
    let mut out = Vec::new();
    if account.len() > ACCOUNT_MAX_BYTES {
        out.push(AccountProblem::TooLong {
            bytes: account.len(),
        });
    }
    match account
        .char_indices()
        .find(|(_, c)| !matches!(c, '\x21'..='\x7e'))
    {
        None => {}
        Some((at, ' ')) => out.push(AccountProblem::Space { at }),
        Some((at, found)) => out.push(AccountProblem::NotPrintableAscii { at, found }),
    }
    out
}

/// Whether `account` follows the rule.
pub fn is_valid(account: &str) -> bool {
    problems(account).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_printable_ascii_up_to_the_limit() {
        assert!(is_valid("admin"));
        assert!(is_valid("host_anna-2!~"));
        assert!(is_valid(&"a".repeat(ACCOUNT_MAX_BYTES)));
    }

    #[test]
    fn names_every_broken_part() {
        use AccountProblem::*;
        assert_eq!(problems(""), [Empty]);
        assert_eq!(problems(&"a".repeat(33)), [TooLong { bytes: 33 }]);
        assert_eq!(problems("ad min"), [Space { at: 2 }]);
        assert_eq!(problems(" admin"), [Space { at: 0 }]);
        assert_eq!(
            problems("adm\tin"),
            [NotPrintableAscii { at: 3, found: '\t' }]
        );
        assert_eq!(problems("jé"), [NotPrintableAscii { at: 1, found: 'é' }]);
        assert_eq!(
            problems(&" ".repeat(40)),
            [TooLong { bytes: 40 }, Space { at: 0 }]
        );
    }
}
