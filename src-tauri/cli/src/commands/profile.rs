//! `bdesk profile add|list|show|edit|remove|use`: the same saved profiles the app shows, in the same
//! database, so a producer can set up a machine from a script and the app finds it ready.
//!
//! Not here: profile rules. Every value goes to desk-core as typed (a region name is not checked by
//! clap), so a rejected profile lists all its problems at once, worded exactly as the app words them.

use clap::{Args as ClapArgs, Subcommand, ValueEnum};
use desk_core::desk::{Desk, KeyState, ProfileEntry};
use desk_core::profiles::{Edition, Profile, ProfileDraft, Target};
use desk_core::{Error, Result};
use serde::Serialize;

use crate::Outcome;
use crate::local::Local;
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
    /// `null` when the keychain could not be asked (and for the sandbox, which has no key to store).
    key_stored: Option<bool>,
    active: bool,
}

impl<'a> From<&'a ProfileEntry> for Shown<'a> {
    fn from(entry: &'a ProfileEntry) -> Self {
        Self {
            profile: &entry.profile,
            key_stored: match entry.key {
                KeyState::Stored { .. } => Some(true),
                KeyState::Missing { .. } => Some(false),
                KeyState::BuiltIn | KeyState::Unavailable { .. } => None,
            },
            active: entry.active,
        }
    }
}

pub fn run(command: Command, out: &Output, local: &Local) -> Outcome {
    let desk = match local.desk() {
        Ok(desk) => desk,
        Err(err) => return out.error(&err),
    };
    let result = match command {
        Command::Add(args) => add(args, &desk, out),
        Command::List => list(&desk, out),
        Command::Show(which) => show(&which.profile, &desk, out),
        Command::Edit(args) => edit(args, &desk, out),
        Command::Remove(which) => remove(&which.profile, &desk, out),
        Command::Use(which) => activate(&which.profile, &desk, out),
    };
    result.unwrap_or_else(|err| out.error(&err))
}

fn add(args: AddArgs, desk: &Desk, out: &Output) -> Result<Outcome> {
    let fields = args.fields;
    let mut draft = ProfileDraft {
        name: String::new(),
        color: match &fields.color {
            Some(_) => String::new(),
            None => desk.next_color()?,
        },
        target: Target::Region {
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
    let key = if args.secret_stdin {
        // The draft is checked first, so a mistyped field is refused before the key is read.
        desk_core::profiles::validate(&draft).map_err(Error::InvalidProfile)?;
        Some(super::secret::from_stdin()?)
    } else {
        None
    };
    let entry = desk.create_profile(&draft, key.as_ref())?;
    print_entry(&entry, desk, out);
    Ok(Outcome::Success)
}

fn list(desk: &Desk, out: &Output) -> Result<Outcome> {
    let overview = desk.overview()?;
    if let Some(KeyState::Unavailable { message, .. }) = overview
        .profiles
        .iter()
        .map(|e| &e.key)
        .find(|k| matches!(k, KeyState::Unavailable { .. }))
    {
        out.warn(&format!(
            "could not tell which profiles have a key saved: {message}"
        ));
    }
    let shown: Vec<Shown<'_>> = overview.profiles.iter().map(Shown::from).collect();
    out.result(&shown, || table(&shown));
    Ok(Outcome::Success)
}

fn show(wanted: &str, desk: &Desk, out: &Output) -> Result<Outcome> {
    let profile = desk.find_profile(wanted)?;
    print_entry(&desk.profile(&profile.id)?, desk, out);
    Ok(Outcome::Success)
}

fn edit(args: EditArgs, desk: &Desk, out: &Output) -> Result<Outcome> {
    let existing = desk.find_profile(&args.profile)?;
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
    let entry = desk.update_profile(&existing.id, &draft)?;
    print_entry(&entry, desk, out);
    Ok(Outcome::Success)
}

fn remove(wanted: &str, desk: &Desk, out: &Output) -> Result<Outcome> {
    let profile = desk.find_profile(wanted)?;
    desk.delete_profile(&profile.id)?;
    out.result(&Removed::from(&profile), || {
        format!(
            "removed profile {:?} and its secret key (if one was saved in {})",
            profile.name,
            desk.keychain().backend_name()
        )
    });
    Ok(Outcome::Success)
}

fn activate(wanted: &str, desk: &Desk, out: &Output) -> Result<Outcome> {
    let profile = desk.find_profile(wanted)?;
    desk.activate(&profile.id)?;
    print_entry(&desk.profile(&profile.id)?, desk, out);
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
            draft.target = Target::Region { region };
        }
        if let Some(url) = self.endpoint {
            draft.target = Target::Custom { url };
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

/// One profile as text or JSON; a key saved just now that looks wrong is warned about.
fn print_entry(entry: &ProfileEntry, desk: &Desk, out: &Output) {
    if let KeyState::Stored {
        warning: Some(warning),
        ..
    } = &entry.key
    {
        out.warn(&warning.to_string());
    }
    let shown = Shown::from(entry);
    let profile = &entry.profile;
    out.result(&shown, || {
        let sender = profile
            .default_from_account
            .as_deref()
            .map_or_else(|| "the admin".to_owned(), str::to_owned);
        let key = match &entry.key {
            KeyState::Stored { .. } => {
                super::secret::key_line(profile, true, desk.keychain().backend_name())
            }
            KeyState::Missing { .. } => {
                super::secret::key_line(profile, false, desk.keychain().backend_name())
            }
            KeyState::BuiltIn => "built in (made up for each run of the app)".to_owned(),
            KeyState::Unavailable { .. } => "unknown (the keychain could not be asked)".to_owned(),
        };
        let mut text = format!(
            "profile {:?}{}\n  id:        {}\n  target:    {}\n  sdkappid:  {}\n  admin:     {}\n  \
             edition:   {}\n  sender:    {sender}\n  usersig:   valid {} s\n  colour:    {}",
            profile.name,
            if entry.active { " (active)" } else { "" },
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
        text.push_str(&format!("\n  key:       {key}"));
        text
    });
}

fn target_text(target: &Target) -> &str {
    match target {
        Target::Region { region } => region,
        Target::Custom { url } => url,
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
