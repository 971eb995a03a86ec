//! The desk's door to templates: the store does the work (rules, names, rows); this is where both
//! front doors reach it, and where a template becomes a message to send.
//!
//! Not here: sending it (a template's [`Draft`] goes to [`Desk::send`] like any other) or the
//! emergency lane (see [`TemplateDraft::emergency`]).

use super::{Desk, lock};
use crate::message::Draft;
use crate::templates::{Template, TemplateDraft};
use crate::{Error, Result};

impl Desk {
    /// Every template, by name.
    pub fn templates(&self) -> Result<Vec<Template>> {
        lock(&self.store).templates().list()
    }

    /// The template a producer named: its id, or a name that reads the same (case and full-width
    /// forms ignored; names are unique that way, so it is never ambiguous).
    pub fn template(&self, id_or_name: &str) -> Result<Template> {
        let store = lock(&self.store);
        let templates = store.templates();
        match templates.get(id_or_name) {
            Err(Error::NotFound { .. }) => {
                templates
                    .find_by_name(id_or_name)?
                    .ok_or_else(|| Error::NotFound {
                        what: "template",
                        id: id_or_name.into(),
                    })
            }
            found => found,
        }
    }

    /// Saves a new template: see [`crate::templates::validate`] for what is refused.
    pub fn create_template(&self, draft: &TemplateDraft) -> Result<Template> {
        lock(&self.store).templates().create(draft)
    }

    /// Replaces a template's name, body and emergency mark.
    pub fn update_template(&self, id: &str, draft: &TemplateDraft) -> Result<Template> {
        lock(&self.store).templates().update(id, draft)
    }

    /// Renames a template (its body stays as saved).
    pub fn rename_template(&self, id: &str, new_name: &str) -> Result<Template> {
        lock(&self.store).templates().rename(id, new_name)
    }

    /// A copy of a template under `new_name`.
    pub fn duplicate_template(&self, id: &str, new_name: &str) -> Result<Template> {
        lock(&self.store).templates().duplicate(id, new_name)
    }

    pub fn delete_template(&self, id: &str) -> Result<()> {
        lock(&self.store).templates().delete(id)
    }

    /// The message of the template named (see [`Desk::template`]), ready for [`Desk::send`], with a
    /// fresh `Random` each time ([`Template::to_send`]).
    pub fn template_draft(&self, id_or_name: &str) -> Result<Draft> {
        Ok(self.template(id_or_name)?.to_send())
    }
}
