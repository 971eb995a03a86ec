//! `bdesk template add|list|show|rename|edit|duplicate|remove`: messages saved under a name to send
//! again (`bdesk send --template NAME`), in the same database as the app's.
//!
//! Not here: template rules. The name and the body go to desk-core as given, so a refused template is
//! worded exactly as the app words it: the name's problems by field, the body's by path, as
//! `bdesk validate` reports them.

use clap::{Args as ClapArgs, Subcommand};
use desk_core::desk::Desk;
use desk_core::message::{self, Draft, MsgElement, TextElem};
use desk_core::templates::{Template, TemplateDraft};
use desk_core::{Error, Result};
use serde::Serialize;

use crate::Outcome;
use crate::local::Local;
use crate::output::Output;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Save a message under a name: --text for plain text, or --body for any message.
    #[command(group(clap::ArgGroup::new("message").args(["text", "body"]).required(true)))]
    Add(AddArgs),
    /// List every template, by name.
    List,
    /// Show one template with its whole message.
    Show(Which),
    /// Give a template a new name.
    Rename(Renamed),
    /// Change a template's message or its emergency mark; only the options given change.
    Edit(EditArgs),
    /// Save a copy of a template under a new name (to make a variant of it).
    Duplicate(Renamed),
    /// Delete a template.
    Remove(Which),
}

/// The message of a template; shared by `add` and `edit`.
#[derive(Debug, ClapArgs)]
pub struct Message {
    /// The text to broadcast (one TIMTextElem).
    #[arg(long, conflicts_with = "body")]
    text: Option<String>,
    /// A JSON body file (MsgBody, optional From_Account/CloudCustomData), as `bdesk validate` takes;
    /// `-` reads it from standard input. A Random in it is not kept: every send gets its own.
    #[arg(long, value_name = "FILE")]
    body: Option<String>,
}

#[derive(Debug, ClapArgs)]
pub struct AddArgs {
    /// The template's name; unique, ignoring upper/lower case and full-width forms.
    name: String,
    #[command(flatten)]
    message: Message,
    /// Mark it for the app's emergency panel. `bdesk send --template` sends it like any other.
    #[arg(long)]
    emergency: bool,
}

#[derive(Debug, ClapArgs)]
pub struct EditArgs {
    /// The template to change (name or id).
    #[arg(value_name = "NAME")]
    template: String,
    #[command(flatten)]
    message: Message,
    /// Mark it for the app's emergency panel.
    #[arg(long, conflicts_with = "no_emergency")]
    emergency: bool,
    /// Take it off the emergency panel.
    #[arg(long)]
    no_emergency: bool,
}

#[derive(Debug, ClapArgs)]
pub struct Which {
    /// The template (name or id).
    #[arg(value_name = "NAME")]
    template: String,
}

#[derive(Debug, ClapArgs)]
pub struct Renamed {
    /// The template (name or id).
    #[arg(value_name = "NAME")]
    template: String,
    /// The new name.
    #[arg(value_name = "NEW")]
    new_name: String,
}

pub fn run(command: Command, out: &Output, local: &Local) -> Outcome {
    let desk = match local.desk() {
        Ok(desk) => desk,
        Err(err) => return out.error(&err),
    };
    let result = match command {
        Command::Add(args) => add(args, &desk, out),
        Command::List => list(&desk, out),
        Command::Show(which) => desk.template(&which.template).map(|t| print(&t, out)),
        Command::Rename(args) => desk
            .template(&args.template)
            .and_then(|t| desk.rename_template(&t.id, &args.new_name))
            .map(|t| print(&t, out)),
        Command::Edit(args) => edit(args, &desk, out),
        Command::Duplicate(args) => desk
            .template(&args.template)
            .and_then(|t| desk.duplicate_template(&t.id, &args.new_name))
            .map(|t| print(&t, out)),
        Command::Remove(which) => remove(&which.template, &desk, out),
    };
    result.unwrap_or_else(|err| out.error(&err))
}

fn add(args: AddArgs, desk: &Desk, out: &Output) -> Result<Outcome> {
    let Some(body) = args.message.read(out)? else {
        unreachable!("clap requires --text or --body")
    };
    let template = desk.create_template(&TemplateDraft {
        name: args.name,
        body,
        emergency: args.emergency,
    })?;
    Ok(print(&template, out))
}

fn list(desk: &Desk, out: &Output) -> Result<Outcome> {
    let templates = desk.templates()?;
    out.result(&templates, || table(&templates));
    Ok(Outcome::Success)
}

fn edit(args: EditArgs, desk: &Desk, out: &Output) -> Result<Outcome> {
    let existing = desk.template(&args.template)?;
    let body = args.message.read(out)?;
    if body.is_none() && !args.emergency && !args.no_emergency {
        return Err(Error::InvalidInput {
            path: String::new(),
            message:
                "nothing to change; give --text, --body, --emergency or --no-emergency (to rename: \
                 `bdesk template rename`)"
                    .into(),
        });
    }
    let mut draft = existing.to_draft();
    if let Some(body) = body {
        draft.body = body;
    }
    if args.emergency || args.no_emergency {
        draft.emergency = args.emergency;
    }
    Ok(print(&desk.update_template(&existing.id, &draft)?, out))
}

fn remove(wanted: &str, desk: &Desk, out: &Output) -> Result<Outcome> {
    let template = desk.template(wanted)?;
    desk.delete_template(&template.id)?;
    out.result(
        &Removed {
            removed: true,
            id: &template.id,
            name: &template.name,
        },
        || format!("removed template {:?}", template.name),
    );
    Ok(Outcome::Success)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Removed<'a> {
    removed: bool,
    id: &'a str,
    name: &'a str,
}

impl Message {
    /// The message given, if one was; the core checks it on save.
    fn read(&self, out: &Output) -> Result<Option<Draft>> {
        let draft = match (&self.text, &self.body) {
            (Some(text), _) => Draft {
                from_account: None,
                random: None,
                msg_body: vec![MsgElement::Text(TextElem { text: text.clone() })],
                cloud_custom_data: None,
            },
            (None, Some(path)) => message::parse_draft(&super::input::read_body(Some(path))?)?,
            (None, None) => return Ok(None),
        };
        if draft.random.is_some() {
            out.warn("the body's Random is not kept: every send of a template gets its own");
        }
        Ok(Some(draft))
    }
}

/// Prints one template, text or JSON; the command succeeded.
fn print(template: &Template, out: &Output) -> Outcome {
    out.result(template, || {
        format!(
            "template {:?}{}\n  id:        {}\n  message:   {}\n  body:      {}",
            template.name,
            if template.emergency {
                " (emergency panel)"
            } else {
                ""
            },
            template.id,
            summary(&template.body),
            serde_json::to_string(&template.body).expect("the message model always serializes"),
        )
    });
    Outcome::Success
}

/// What a person recognises a message by: its texts, and the kind of every other element.
fn summary(body: &Draft) -> String {
    body.msg_body
        .iter()
        .map(|element| match element {
            MsgElement::Text(TextElem { text }) => text.clone(),
            other => format!("[{}]", other.msg_type()),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn table(templates: &[Template]) -> String {
    if templates.is_empty() {
        return "no templates yet; add one with `bdesk template add NAME --text TEXT`".to_owned();
    }
    const SHOWN_CHARS: usize = 60;
    let width = templates
        .iter()
        .map(|t| t.name.chars().count())
        .max()
        .unwrap_or(0)
        .max("NAME".len());
    let mut text = format!("{:<width$}  EMERGENCY  MESSAGE", "NAME");
    for t in templates {
        let mut message = summary(&t.body).replace('\n', " ");
        if message.chars().count() > SHOWN_CHARS {
            message = message.chars().take(SHOWN_CHARS - 1).collect::<String>() + "…";
        }
        let emergency = if t.emergency { "yes" } else { "" };
        text.push_str(&format!("\n{:<width$}  {emergency:<9}  {message}", t.name));
    }
    text
}
