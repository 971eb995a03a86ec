//! `bdesk profile add|list|show|edit|remove|use`: the same saved profiles the app shows, in the same
//! database, so a producer can set up a machine from a script and the app finds it ready.
//!
//! Not here: profile rules. Every value goes to desk-core as typed (a region name is not checked by
//! clap), so a rejected profile lists all its problems at once, worded exactly as the app words them.

use clap::{Args as ClapArgs, Subcommand, ValueEnum};
use desk_core::keychain::Keychain;
use desk_core::profiles::{Edition, Endpoint, Profile, ProfileDraft};
use desk_core::store::Store;
use desk_core::{Error, Result};
use serde::Serialize;

use crate::Outcome;
use crate::local::{Local, find_profile};
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Save a new profile: an app to broadcast through. Needs --name, --region or --endpoint,
    /// --sdkappid and --identifier; add --secret-stdin to save its secret key in the same step.
    #[command(
        mut_arg("name", |a| a.required(true)),
        mut_arg("sdkappid", |a| a.required(true)),
        mut_arg("identifier", |a| a.required(true)),
        group(clap::ArgGroup::new("target").args(["region", "endpoint"]).required(true)),
    )]
    Add(AddArgs),
    /// List every profile; `*` marks the one active in the app.
    List,
    /// Show one profile.
    Show(Which),
    /// Change a profile: only the options given change, everything else stays as saved.
    Edit(EditArgs),
    /// Delete a profile and its secret key (the key is removed from the keychain first, so it is never
    /// left behind with no profile pointing at it).
    Remove(Which),
    /// Make a profile the active one in the app (scripts still name their profile with --profile).
    Use(Which),
}

/// The profile fields a producer can set; shared by `add` and `edit`.
#[derive(Debug, ClapArgs)]
pub struct Fields {
    /// The profile's name, shown in lists and on every send confirmation. Unique, ignoring case.
    #[arg(long)]
    name: Option<String>,
    /// The region the SDKAppID was created in (china, singapore, seoul, tokyo, frankfurt, mumbai,
    /// silicon-valley, jakarta).
    #[arg(long, conflicts_with = "endpoint")]
    region: Option<String>,
    /// A custom endpoint instead of a region: https://…, or http:// to a loopback address only.
    #[arg(long, value_name = "URL")]
    endpoint: Option<String>,
    /// The app's SDKAppID, from the Chat console.
    #[arg(long)]
    sdkappid: Option<u64>,
    /// An App admin account of that app (admins are chosen in the Chat console).
    #[arg(long)]
    identifier: Option<String>,
    /// The Chat edition, which fixes how often a broadcast may go out: pro (1 per second), pro-plus or
    /// enterprise (5 per second). A new profile defaults to pro, the safe choice.
    #[arg(long, value_enum, conflicts_with = "rate")]
    edition: Option<EditionArg>,
    /// The broadcast rate set in the console, 1 to 5 per second, instead of --edition's default.
    #[arg(long, value_name = "PER_SECOND")]
    rate: Option<u8>,
    /// The sender viewers see when a broadcast names none; the account must exist in the app.
    /// `--from ""` sends as the admin.
    #[arg(long = "from", value_name = "ACCOUNT")]
    from_account: Option<String>,
    /// A colour to recognise the profile by, as #rrggbb. A new profile gets one from a fixed palette.
    #[arg(long, alias = "colour", value_name = "#RRGGBB")]
    color: Option<String>,
    /// How long each signed UserSig stays valid, in seconds: 1800 (30 minutes) to 604800 (7 days).
    /// A new profile gets 14400 (4 hours).
    #[arg(long, value_name = "SECS")]
    usersig_lifetime: Option<u32>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum EditionArg {
    Pro,
    ProPlus,
    Enterprise,
}

#[derive(Debug, ClapArgs)]
pub struct AddArgs {
    #[command(flatten)]
    fields: Fields,
    /// Also save the secret key, read from standard input, in the system keychain.
    #[arg(long)]
    secret_stdin: bool,
}

#[derive(Debug, ClapArgs)]
pub struct EditArgs {
    /// The profile to change (name or id).
    profile: String,
    #[command(flatten)]
    fields: Fields,
}

#[derive(Debug, ClapArgs)]
pub struct Which {
    /// The profile (name or id).
    profile: String,
}

/// A profile as printed: the app's own serialization plus what the CLI knows beside it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Shown<'a> {
    #[serde(flatten)]
    profile: &'a Profile,
    /// `null` when the keychain could not be asked.
    key_stored: Option<bool>,
    active: bool,
}

/// Colours for new profiles: distinct at a glance, readable on light and dark backgrounds.
const PALETTE: [&str; 8] = [
    "#2563eb", "#16a34a", "#d97706", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d",
];

pub fn run(command: Command, out: &Output, local: &Local) -> Outcome {
    let store = match local.store() {
        Ok(store) => store,
        Err(err) => return out.error(&err),
    };
    let result = match command {
        Command::Add(args) => add(args, &store, local, out),
        Command::List => list(&store, local, out),
        Command::Show(which) => show(&which.profile, &store, local, out),
        Command::Edit(args) => edit(args, &store, local, out),
        Command::Remove(which) => remove(&which.profile, &store, local, out),
        Command::Use(which) => activate(&which.profile, &store, out),
    };
    result.unwrap_or_else(|err| out.error(&err))
}

fn add(args: AddArgs, store: &Store, local: &Local, out: &Output) -> Result<Outcome> {
    let fields = args.fields;
    let taken: Vec<String> = store
        .profiles()
        .list()?
        .into_iter()
        .map(|p| p.color)
        .collect();
    let color = fields
        .color
        .clone()
        .unwrap_or_else(|| next_color(&taken).to_owned());
    let mut draft = ProfileDraft {
        name: String::new(),
        color,
        target: Endpoint::Region {
            region: String::new(),
        },
        sdkappid: 0,
        admin_identifier: String::new(),
        edition: Edition::Pro,
        default_from_account: None,
        usersig_lifetime_secs: None,
        is_sandbox: false,
    };
    fields.apply(&mut draft);
    let keychain = local.keychain();
    let profile = if args.secret_stdin {
        let key = super::secret::from_stdin()?;
        store
            .profiles()
            .create_with_secret(&draft, &key, &keychain)?
    } else {
        store.profiles().create(&draft)?
    };
    // A new profile has a key exactly when one was given: no need to ask the keychain.
    print_one(
        &profile,
        Some(args.secret_stdin),
        false,
        Some(&keychain),
        out,
    );
    Ok(Outcome::Success)
}

fn list(store: &Store, local: &Local, out: &Output) -> Result<Outcome> {
    let profiles = store.profiles().list()?;
    let active = store.profiles().active()?.map(|p| p.id);
    let keychain = local.keychain();
    let stored = key_states(&profiles, &keychain);
    let shown: Vec<Shown<'_>> = profiles
        .iter()
        .zip(&stored)
        .map(|(profile, key_stored)| Shown {
            profile,
            key_stored: *key_stored,
            active: active.as_deref() == Some(profile.id.as_str()),
        })
        .collect();
    out.result(&shown, || table(&shown));
    Ok(Outcome::Success)
}

fn show(wanted: &str, store: &Store, local: &Local, out: &Output) -> Result<Outcome> {
    let profile = find_profile(store, wanted)?;
    print_saved(&profile, store, local, out)
}

fn edit(args: EditArgs, store: &Store, local: &Local, out: &Output) -> Result<Outcome> {
    let existing = find_profile(store, &args.profile)?;
    if !args.fields.any() {
        return Err(Error::InvalidInput {
            path: String::new(),
            message:
                "nothing to change; give at least one option (see `bdesk profile edit --help`)"
                    .into(),
        });
    }
    let mut draft = existing.to_draft();
    args.fields.apply(&mut draft);
    let profile = store.profiles().update(&existing.id, &draft)?;
    print_saved(&profile, store, local, out)
}

/// One saved profile with whether its key is stored and whether it is active.
fn print_saved(profile: &Profile, store: &Store, local: &Local, out: &Output) -> Result<Outcome> {
    let keychain = local.keychain();
    let key_stored = key_states(std::slice::from_ref(profile), &keychain)[0];
    print_one(
        profile,
        key_stored,
        is_active(store, profile)?,
        Some(&keychain),
        out,
    );
    Ok(Outcome::Success)
}

fn remove(wanted: &str, store: &Store, local: &Local, out: &Output) -> Result<Outcome> {
    let profile = find_profile(store, wanted)?;
    let keychain = local.keychain();
    store.profiles().delete(&profile.id, &keychain)?;
    out.result(&Removed::from(&profile), || {
        format!(
            "removed profile {:?} and its secret key (if one was saved in {})",
            profile.name,
            keychain.backend_name()
        )
    });
    Ok(Outcome::Success)
}

fn activate(wanted: &str, store: &Store, out: &Output) -> Result<Outcome> {
    let profile = find_profile(store, wanted)?;
    store.profiles().set_active(Some(&profile.id))?;
    print_one(&profile, None, true, None, out);
    Ok(Outcome::Success)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Removed<'a> {
    removed: bool,
    id: &'a str,
    name: &'a str,
}

impl<'a> From<&'a Profile> for Removed<'a> {
    fn from(p: &'a Profile) -> Self {
        Self {
            removed: true,
            id: &p.id,
            name: &p.name,
        }
    }
}

impl Fields {
    fn any(&self) -> bool {
        self.name.is_some()
            || self.region.is_some()
            || self.endpoint.is_some()
            || self.sdkappid.is_some()
            || self.identifier.is_some()
            || self.edition.is_some()
            || self.rate.is_some()
            || self.from_account.is_some()
            || self.color.is_some()
            || self.usersig_lifetime.is_some()
    }

    /// Overwrites exactly the fields given; validation is desk-core's, on save.
    fn apply(self, draft: &mut ProfileDraft) {
        if let Some(name) = self.name {
            draft.name = name;
        }
        if let Some(region) = self.region {
            draft.target = Endpoint::Region { region };
        }
        if let Some(url) = self.endpoint {
            draft.target = Endpoint::Custom { url };
        }
        if let Some(sdkappid) = self.sdkappid {
            draft.sdkappid = sdkappid;
        }
        if let Some(identifier) = self.identifier {
            draft.admin_identifier = identifier;
        }
        if let Some(edition) = self.edition {
            draft.edition = match edition {
                EditionArg::Pro => Edition::Pro,
                EditionArg::ProPlus => Edition::ProPlus,
                EditionArg::Enterprise => Edition::Enterprise,
            };
        }
        if let Some(rate_per_sec) = self.rate {
            draft.edition = Edition::Custom { rate_per_sec };
        }
        if let Some(from) = self.from_account {
            // Empty means "the admin"; the core drops an empty sender the same way.
            draft.default_from_account = Some(from);
        }
        if let Some(color) = self.color {
            draft.color = color;
        }
        if let Some(secs) = self.usersig_lifetime {
            draft.usersig_lifetime_secs = Some(secs);
        }
    }
}

/// The first palette colour no profile uses yet; when all are used, they repeat in order.
fn next_color(taken: &[String]) -> &'static str {
    PALETTE
        .iter()
        .find(|c| !taken.iter().any(|t| t.eq_ignore_ascii_case(c)))
        .copied()
        .unwrap_or(PALETTE[taken.len() % PALETTE.len()])
}

/// Whether each profile has a key. The keychain is asked until it fails once (it may be missing, as on
/// a server without a desktop session); the rest are then unknown rather than the listing failing, and
/// the reason is said once on stderr.
fn key_states(profiles: &[Profile], keychain: &Keychain) -> Vec<Option<bool>> {
    let mut failed = false;
    profiles
        .iter()
        .map(|p| {
            if failed {
                return None;
            }
            match keychain.contains(&p.id) {
                Ok(stored) => Some(stored),
                Err(err) => {
                    failed = true;
                    eprintln!("bdesk: could not tell which profiles have a key saved: {err}");
                    None
                }
            }
        })
        .collect()
}

fn is_active(store: &Store, profile: &Profile) -> Result<bool> {
    Ok(store
        .profiles()
        .active()?
        .is_some_and(|active| active.id == profile.id))
}

fn print_one(
    profile: &Profile,
    key_stored: Option<bool>,
    active: bool,
    keychain: Option<&Keychain>,
    out: &Output,
) {
    let shown = Shown {
        profile,
        key_stored,
        active,
    };
    out.result(&shown, || {
        let sender = profile
            .default_from_account
            .as_deref()
            .map_or_else(|| "the admin".to_owned(), str::to_owned);
        let key = match (key_stored, keychain) {
            (Some(stored), Some(keychain)) => super::secret::key_line(profile, stored, keychain),
            (Some(true), None) => "stored in the system keychain".to_owned(),
            (Some(false), None) => format!(
                "not stored; save it with `bdesk secret set --profile {:?}`",
                profile.name
            ),
            (None, _) => "unknown (the keychain could not be asked)".to_owned(),
        };
        let mut text = format!(
            "profile {:?}{}\n  id:        {}\n  target:    {}\n  sdkappid:  {}\n  admin:     {}\n  \
             edition:   {}\n  sender:    {sender}\n  usersig:   valid {} s\n  colour:    {}",
            profile.name,
            if active { " (active)" } else { "" },
            profile.id,
            target_text(&profile.target),
            profile.sdkappid,
            profile.admin_identifier,
            edition_text(profile.edition),
            profile.usersig_lifetime_secs,
            profile.color,
        );
        if profile.is_sandbox {
            text.push_str("\n  sandbox:   yes (built into the app; bdesk cannot send through it)");
        }
        if key_stored.is_some() || keychain.is_some() {
            text.push_str(&format!("\n  key:       {key}"));
        }
        text
    });
}

fn target_text(target: &Endpoint) -> &str {
    match target {
        Endpoint::Region { region } => region,
        Endpoint::Custom { url } => url,
    }
}

fn edition_text(edition: Edition) -> String {
    let name = match edition {
        Edition::Pro => "pro",
        Edition::ProPlus => "pro-plus",
        Edition::Enterprise => "enterprise",
        Edition::Custom { .. } => "custom",
    };
    format!("{name} ({}/s)", edition.rate_per_sec())
}

fn table(rows: &[Shown<'_>]) -> String {
    if rows.is_empty() {
        return "no profiles yet; add one with `bdesk profile add --name NAME --region REGION \
                --sdkappid N --identifier ADMIN --secret-stdin`"
            .to_owned();
    }
    let cells: Vec<[String; 6]> = rows
        .iter()
        .map(|r| {
            [
                r.profile.name.clone(),
                target_text(&r.profile.target).to_owned(),
                r.profile.sdkappid.to_string(),
                r.profile.admin_identifier.clone(),
                edition_text(r.profile.edition),
                match r.key_stored {
                    Some(true) => "stored",
                    Some(false) => "missing",
                    None => "?",
                }
                .to_owned(),
            ]
        })
        .collect();
    let header = ["NAME", "TARGET", "SDKAPPID", "ADMIN", "EDITION", "KEY"].map(str::to_owned);
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in &cells {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |marker: &str, row: &[String; 6]| {
        let mut text = marker.to_owned();
        for (cell, w) in row.iter().zip(widths) {
            text.push_str(&format!("{cell:<w$}  "));
        }
        text.trim_end().to_owned()
    };
    let mut text = line("  ", &header);
    for (row, shown) in cells.iter().zip(rows) {
        text.push('\n');
        text.push_str(&line(if shown.active { "* " } else { "  " }, row));
    }
    text
}
