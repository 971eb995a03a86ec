//! Templates: messages a producer sends again and again ("Show starts in 10 minutes", an emergency
//! "Stream paused, back shortly"), saved under a name to be sent without retyping them.
//!
//! This module is the model and its rules; `table` keeps templates in the `templates` table. A
//! template's name follows the profile name rules ([`check_name`], and
//! [`name_key`](crate::profiles::name_key) for names that read the same), and its body the message
//! rules ([`crate::message::validate_draft`]): a template that could never be sent is refused when
//! it is saved, not when it is needed.
//!
//! Not here: sending (a template becomes a [`Draft`] for [`crate::desk::Desk::send`], through
//! [`crate::desk::Desk::template_draft`]), the emergency lane (the `emergency` flag only marks a
//! template for the window's emergency panel), or which profile a template goes through: a template is
//! the message, and the same one serves every profile.

mod table;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::message::{self, Draft};
use crate::profiles::check_name;
use crate::{Error, Result};

pub use table::Templates;

/// A template as the producer typed it (create / update input).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct TemplateDraft {
    /// What the producer picks it by; unique among templates, ignoring case and full-width forms.
    pub name: String,
    /// The message. Any `Random` in it is dropped on save (see [`validate`]).
    pub body: Draft,
    /// Marks the template for the emergency panel. That is all it does: `bdesk send --template` sends
    /// an emergency template like any other message.
    pub emergency: bool,
}

/// A saved template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Template {
    /// UUID v4; a rename keeps it.
    pub id: String,
    pub name: String,
    /// The message, never with a `Random`.
    pub body: Draft,
    /// See [`TemplateDraft::emergency`].
    pub emergency: bool,
    /// Unix milliseconds, UTC.
    #[ts(type = "number")]
    pub created_at: i64,
    /// Unix milliseconds, UTC.
    #[ts(type = "number")]
    pub updated_at: i64,
}

impl Template {
    /// The editable part, e.g. to pre-fill the edit form.
    pub fn to_draft(&self) -> TemplateDraft {
        TemplateDraft {
            name: self.name.clone(),
            body: self.body.clone(),
            emergency: self.emergency,
        }
    }

    /// The body to send: the template's message with a fresh `Random`, so two sends of one template are
    /// two broadcasts (the same Random and content within five minutes would be dropped by Tencent as
    /// a repeat).
    pub fn to_send(&self) -> Draft {
        Draft {
            random: Some(rand::random()),
            ..self.body.clone()
        }
    }
}

/// Checks every rule that needs no database and returns the draft as it is saved (name trimmed, no
/// `Random`). The name's problems come first, as [`Error::InvalidTemplate`]; then the body's, as
/// [`Error::InvalidMessage`] with the message report naming each field (`MsgBody[0].MsgContent.Text`).
/// Whether another template has the name is checked on save.
pub fn validate(draft: &TemplateDraft) -> Result<TemplateDraft> {
    let (name, problems) = check_name(&draft.name);
    if !problems.is_empty() {
        return Err(Error::InvalidTemplate(problems));
    }
    // A Random saved with a template would go out with every send of it, and Tencent drops a repeat
    // of the same Random and content within five minutes: the second "Show starts in 10 minutes"
    // would silently never arrive. Each send gets its own instead (`Template::to_send`).
    let body = Draft {
        random: None,
        ..draft.body.clone()
    };
    let report = message::validate_draft(&body);
    if !report.valid {
        return Err(Error::InvalidMessage(report));
    }
    Ok(TemplateDraft {
        name: name.to_owned(),
        body,
        emergency: draft.emergency,
    })
}

/// The problem for a name another template has, or one that reads the same
/// ([`crate::profiles::name_key`]).
fn name_taken(name: &str, other: &str) -> crate::profiles::FieldProblem {
    crate::profiles::validate::name_clash(
        name,
        other,
        ["field-template-name-taken", "field-template-name-lookalike"],
    )
}
