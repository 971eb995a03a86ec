//! Reads JSON text into a `serde_json::Value` like `serde_json::from_str` does, but also notes every key
//! that appears twice in one object.
//!
//! serde_json keeps the last of two equal keys without a word, and other readers (Tencent's among them,
//! for all we know) may keep the first: `{"Text": "Doors open", "Text": ""}` is ambiguous, so it must be
//! reported, never silently resolved. Not here: any knowledge of the message model.

use super::report::Path;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// The parsed value, and the rendered path and name of every repeated key (each repeat after the first).
pub(crate) fn from_str(json: &str) -> serde_json::Result<(Value, Vec<(String, String)>)> {
    let mut repeats = Vec::new();
    let mut de = serde_json::Deserializer::from_str(json);
    let value = Seed {
        path: Path::Root,
        repeats: &mut repeats,
    }
    .deserialize(&mut de)?;
    de.end()?;
    Ok((value, repeats))
}

struct Seed<'p, 'r> {
    path: Path<'p>,
    repeats: &'r mut Vec<(String, String)>,
}

impl<'de> DeserializeSeed<'de> for Seed<'_, '_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        // serde_json's recursion limit (128) still applies: it is enforced inside deserialize_any.
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        loop {
            let path = self.path.index(items.len());
            let seed = Seed {
                path,
                repeats: &mut *self.repeats,
            };
            match seq.next_element_seed(seed)? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            let path = self.path.key(&key);
            let value = access.next_value_seed(Seed {
                path,
                repeats: &mut *self.repeats,
            })?;
            if map.contains_key(&key) {
                self.repeats.push((path.to_string(), key.clone()));
            }
            // Last one wins, as in serde_json; the repeat is reported so it is never sent unnoticed.
            map.insert(key, value);
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_value_as_serde_json() {
        let text = r#"{"a":[1,-2,3.5,"x",null,true,{"b":{}}],"c":"\u00e9"}"#;
        let (ours, repeats) = from_str(text).unwrap();
        assert_eq!(ours, serde_json::from_str::<Value>(text).unwrap());
        assert!(repeats.is_empty());
    }

    #[test]
    fn repeated_keys_are_reported_by_path() {
        let text = r#"{"MsgBody":[{"MsgContent":{"Text":"a","Text":""}}],"Random":1,"Random":2}"#;
        let (value, repeats) = from_str(text).unwrap();
        let paths: Vec<&str> = repeats.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["MsgBody[0].MsgContent.Text", "Random"]);
        assert_eq!(repeats[0].1, "Text");
        assert_eq!(value["Random"], 2);
    }

    #[test]
    fn rejects_what_serde_json_rejects() {
        for bad in ["", "{", "{} x", "[1,]", "{\"a\" 1}", "nul"] {
            assert!(from_str(bad).is_err(), "{bad:?} should not parse");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(from_str(&deep).is_err(), "recursion limit must still apply");
    }
}
