//! Generates `ui/src/bindings/commands.ts` from the `commands!` list: one typed signature per
//! command, so the UI's `ipc.ts` and the UI tests' fake backend are checked against what Rust takes
//! and answers.
//!
//! Argument and result types are named by ts-rs. Three kinds of argument are not ts-rs types and are
//! named here: the secret key (a string the UI sends and never gets back), an optional one, and a
//! Tauri `Channel`. Which naming applies is picked at compile time by method resolution on a
//! reference ("autoref specialisation"): the impls on `Probe<…>` below are found before the general
//! one on `&Probe<T>`.
//!
//! Not here: the types themselves (ts-rs writes one file per type beside this one).

use std::collections::BTreeSet;
use std::marker::PhantomData;

use desk_core::secret::SecretKey;
use tauri::ipc::Channel;
use ts_rs::{Config, TS};

/// A type's TypeScript name and the generated types it needs imported.
pub(crate) struct TsType {
    pub name: String,
    pub imports: BTreeSet<String>,
}

/// One command as the generator sees it.
pub(crate) struct Signature {
    pub name: &'static str,
    pub args: Vec<(&'static str, TsType)>,
    pub result: TsType,
}

pub(crate) struct Probe<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized> Probe<T> {
    pub(crate) fn new() -> Self {
        Self(PhantomData)
    }
}

/// Types ts-rs knows.
pub(crate) trait ByTs {
    fn ts(&self, cfg: &Config) -> TsType;
}

impl<T: TS + 'static> ByTs for &Probe<T> {
    fn ts(&self, cfg: &Config) -> TsType {
        TsType {
            name: T::name(cfg),
            imports: imports_of::<T>(cfg),
        }
    }
}

/// The types named here instead.
pub(crate) trait Special {
    fn ts(&self, cfg: &Config) -> TsType;
}

impl Special for Probe<SecretKey> {
    fn ts(&self, _: &Config) -> TsType {
        plain("string")
    }
}

impl Special for Probe<Option<SecretKey>> {
    fn ts(&self, _: &Config) -> TsType {
        plain("string | null")
    }
}

impl<T: TS + 'static> Special for Probe<Channel<T>> {
    fn ts(&self, cfg: &Config) -> TsType {
        TsType {
            name: format!("Channel<{}>", T::name(cfg)),
            imports: imports_of::<T>(cfg),
        }
    }
}

fn plain(name: &str) -> TsType {
    TsType {
        name: name.into(),
        imports: BTreeSet::new(),
    }
}

/// The generated types `T`'s name refers to: every capitalised identifier in it that is not one of
/// TypeScript's own (`Array<RegionInfo>` needs `RegionInfo`). ts-rs writes each such type to its own
/// file beside `commands.ts`.
fn imports_of<T: TS + 'static>(cfg: &Config) -> BTreeSet<String> {
    T::name(cfg)
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|word| word.starts_with(|c: char| c.is_ascii_uppercase()))
        .filter(|word| !matches!(*word, "Array" | "Record" | "Partial" | "Channel"))
        .map(str::to_owned)
        .collect()
}

/// The text of `commands.ts`.
pub(crate) fn render(cfg: &Config) -> String {
    let signatures = super::signatures(cfg);
    let imports: BTreeSet<&str> = signatures
        .iter()
        .flat_map(|s| {
            s.args
                .iter()
                .map(|(_, t)| t)
                .chain(std::iter::once(&s.result))
        })
        .flat_map(|t| t.imports.iter().map(String::as_str))
        .collect();
    let mut out = String::from(
        "// Generated from the `commands!` list in src-tauri/shell/src/commands/mod.rs by\n\
         // `UPDATE_BINDINGS=1 cargo test -p broadcast-desk bindings`. Do not edit.\n\n",
    );
    if signatures
        .iter()
        .any(|s| s.args.iter().any(|(_, t)| t.name.starts_with("Channel<")))
    {
        out.push_str("import type { Channel } from \"@tauri-apps/api/core\";\n");
    }
    for name in &imports {
        out.push_str(&format!("import type {{ {name} }} from \"./{name}\";\n"));
    }
    out.push_str(
        "\n/** Every command the window may call: its arguments (as `invoke` takes them) and its answer. */\n\
         export interface Commands {\n",
    );
    for s in &signatures {
        let args = if s.args.is_empty() {
            "Record<string, never>".to_owned()
        } else {
            let fields: Vec<String> = s
                .args
                .iter()
                .map(|(name, t)| format!("{}: {}", camel(name), t.name))
                .collect();
            format!("{{ {} }}", fields.join("; "))
        };
        let result = if s.result.name == "null" {
            "null"
        } else {
            &s.result.name
        };
        out.push_str(&format!(
            "  {}: {{ args: {args}; result: {result} }};\n",
            s.name
        ));
    }
    out.push_str("}\n\nexport type Command = keyof Commands;\n\n");
    out.push_str(
        "/** The command names, in declaration order. */\nexport const COMMAND_NAMES = [\n",
    );
    for s in &signatures {
        out.push_str(&format!("  \"{}\",\n", s.name));
    }
    out.push_str("] as const satisfies readonly Command[];\n");
    out
}

/// Tauri's own rename of command arguments: snake_case in Rust, camelCase from the UI.
fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
