//! Values that must never leave the process by accident: the admin's secret key and the UserSigs made
//! from it.
//!
//! [`Sensitive`] prints `<redacted>` under `Debug`/`Display`, implements no `Serialize` (so it cannot be
//! sent over IPC, written to JSON or into a log through serde), and wipes its buffer on drop. Reading the
//! value takes an explicit [`Sensitive::expose`], which is easy to grep for in review.
//!
//! Not here: where secrets are stored (that is the keychain module's job).

use std::fmt;
use zeroize::Zeroize;

/// A string that must not be logged, serialized or shown. See the module docs.
#[derive(Clone, PartialEq, Eq)]
pub struct Sensitive<T: Zeroize>(T);

impl<T: Zeroize> Sensitive<T> {
    pub fn new(value: T) -> Self {
        Self(value)
    }

    /// The secret value itself; every call site is a place the secret leaves this wrapper.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T: Zeroize> Drop for Sensitive<T> {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl<T: Zeroize> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T: Zeroize> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<String> for Sensitive<String> {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for Sensitive<String> {
    fn from(value: &str) -> Self {
        Self::new(value.to_owned())
    }
}

/// Reading a secret in is fine (the UI hands the key over once, to be stored); writing one out is not,
/// which is why there is this impl and no `Serialize`. The plain `String` serde builds is moved into the
/// wrapper without a copy, so the wrapper's wipe-on-drop covers it.
impl<'de> serde::Deserialize<'de> for Sensitive<String> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self::new)
    }
}

/// The admin's secret key from the Chat console, used as text (never hex-decoded) by TLSSigAPIv2.
pub type SecretKey = Sensitive<String>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_redact() {
        let key = SecretKey::from("obviously-fake-test-key");
        assert_eq!(format!("{key:?}"), "<redacted>");
        assert_eq!(format!("{key}"), "<redacted>");
        assert_eq!(format!("{:?}", Some(&key)), "Some(<redacted>)");
        assert_eq!(key.expose(), "obviously-fake-test-key");
    }

    #[test]
    fn deserializes_from_a_json_string_and_still_redacts() {
        let key: SecretKey = serde_json::from_str("\"obviously-fake\"").unwrap();
        assert_eq!(key.expose(), "obviously-fake");
        assert_eq!(format!("{key:?}"), "<redacted>");
    }

    // `Sensitive` must never gain a Serialize impl; this fails to compile if one appears.
    #[allow(dead_code)]
    trait NotSerialize {
        const OK: bool = true;
    }
    impl<T: serde::Serialize> NotSerialize for T {}
    impl NotSerialize for SecretKey {}
}
