//! The `templates` table: saving, reading, renaming, copying and deleting rows.
//!
//! Every write that checks a name runs inside one `BEGIN IMMEDIATE` transaction with the check, like
//! profiles, so the app and `bdesk` on one data folder cannot both pass it and both write; the
//! `name_key` column is unique besides, so the database itself holds the rule.
//!
//! Not here: the rules (`super::validate`) or turning a template into a send (the desk).

use rusqlite::{Connection, OptionalExtension, Row, Transaction, TransactionBehavior, params};

use super::{Template, TemplateDraft, name_taken, validate};
use crate::message::Draft;
use crate::profiles::name_key;
use crate::store::{Store, database_error};
use crate::{Error, Result};

const COLUMNS: &str = "id, name, body, emergency, created_at, updated_at";

impl Store {
    /// The templates table.
    pub fn templates(&self) -> Templates<'_> {
        Templates { store: self }
    }
}

/// Template rows over a [`Store`]; get one with [`Store::templates`].
#[derive(Debug, Clone, Copy)]
pub struct Templates<'s> {
    store: &'s Store,
}

impl Templates<'_> {
    /// Validates and saves a new template.
    pub fn create(&self, draft: &TemplateDraft) -> Result<Template> {
        let draft = validate(draft)?;
        let tx = self.immediate("saving template")?;
        check_free(&tx, &draft.name, None)?;
        let now = self.store.now_ms();
        let template = Template {
            id: uuid::Uuid::new_v4().to_string(),
            name: draft.name,
            body: draft.body,
            emergency: draft.emergency,
            created_at: now,
            updated_at: now,
        };
        tx.execute(
            &format!(
                "INSERT INTO templates ({COLUMNS}, name_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            ),
            params![
                template.id,
                template.name,
                body_json(&template.body),
                template.emergency,
                template.created_at,
                template.updated_at,
                name_key(&template.name),
            ],
        )
        .map_err(|e| database_error(&tx, "saving template", e))?;
        tx.commit()
            .map_err(|e| database_error(self.store.conn(), "saving template", e))?;
        Ok(template)
    }

    /// The template with this id, or `Error::NotFound`.
    pub fn get(&self, id: &str) -> Result<Template> {
        find_on(self.store.conn(), id)?.ok_or_else(|| not_found(id))
    }

    /// The template whose name reads the same as `name` ([`name_key`]: case and full-width forms
    /// ignored), if there is one; the unique key means there is at most one.
    pub fn find_by_name(&self, name: &str) -> Result<Option<Template>> {
        let conn = self.store.conn();
        conn.query_row(
            &format!("SELECT {COLUMNS} FROM templates WHERE name_key = ?1"),
            [name_key(name)],
            read_row,
        )
        .optional()
        .map_err(|e| database_error(conn, "reading template", e))?
        .transpose()
    }

    /// Every template, by name (as names are compared: ignoring case and full-width forms).
    pub fn list(&self) -> Result<Vec<Template>> {
        let conn = self.store.conn();
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM templates ORDER BY name_key, id"
            ))
            .map_err(|e| database_error(conn, "listing templates", e))?;
        let rows = stmt
            .query_map([], read_row)
            .map_err(|e| database_error(conn, "listing templates", e))?;
        rows.map(|r| r.map_err(|e| database_error(conn, "listing templates", e))?)
            .collect()
    }

    /// Replaces a template's name, body and emergency mark. On any problem nothing is changed.
    pub fn update(&self, id: &str, draft: &TemplateDraft) -> Result<Template> {
        let tx = self.immediate("updating template")?;
        let existing = find_on(&tx, id)?.ok_or_else(|| not_found(id))?;
        let draft = validate(draft)?;
        check_free(&tx, &draft.name, Some(id))?;
        let template = Template {
            id: existing.id,
            name: draft.name,
            body: draft.body,
            emergency: draft.emergency,
            created_at: existing.created_at,
            updated_at: self.store.now_ms(),
        };
        tx.execute(
            "UPDATE templates SET name = ?2, name_key = ?3, body = ?4, emergency = ?5, updated_at = ?6
             WHERE id = ?1",
            params![
                template.id,
                template.name,
                name_key(&template.name),
                body_json(&template.body),
                template.emergency,
                template.updated_at,
            ],
        )
        .map_err(|e| database_error(&tx, "updating template", e))?;
        tx.commit()
            .map_err(|e| database_error(self.store.conn(), "updating template", e))?;
        Ok(template)
    }

    /// Gives a template a new name, checked by the name rules alone: the body stays as saved.
    pub fn rename(&self, id: &str, new_name: &str) -> Result<Template> {
        let tx = self.immediate("renaming template")?;
        let mut template = find_on(&tx, id)?.ok_or_else(|| not_found(id))?;
        let (name, problems) = crate::profiles::check_name(new_name);
        if !problems.is_empty() {
            return Err(Error::InvalidTemplate(problems));
        }
        check_free(&tx, name, Some(id))?;
        name.clone_into(&mut template.name);
        template.updated_at = self.store.now_ms();
        tx.execute(
            "UPDATE templates SET name = ?2, name_key = ?3, updated_at = ?4 WHERE id = ?1",
            params![
                template.id,
                template.name,
                name_key(&template.name),
                template.updated_at
            ],
        )
        .map_err(|e| database_error(&tx, "renaming template", e))?;
        tx.commit()
            .map_err(|e| database_error(self.store.conn(), "renaming template", e))?;
        Ok(template)
    }

    /// A copy of a template under a new name and id, checked like a new one.
    pub fn duplicate(&self, id: &str, new_name: &str) -> Result<Template> {
        let mut draft = self.get(id)?.to_draft();
        new_name.clone_into(&mut draft.name);
        self.create(&draft)
    }

    /// Deletes a template.
    pub fn delete(&self, id: &str) -> Result<()> {
        let conn = self.store.conn();
        let removed = conn
            .execute("DELETE FROM templates WHERE id = ?1", [id])
            .map_err(|e| database_error(conn, "deleting template", e))?;
        if removed == 0 {
            return Err(not_found(id));
        }
        Ok(())
    }

    /// See `Profiles::immediate`: the check and the write see the same table.
    fn immediate(&self, context: &str) -> Result<Transaction<'_>> {
        Transaction::new_unchecked(self.store.conn(), TransactionBehavior::Immediate)
            .map_err(|e| database_error(self.store.conn(), context, e))
    }
}

/// Refuses `name` if another template (not `except_id`) has it or one that reads the same.
fn check_free(conn: &Connection, name: &str, except_id: Option<&str>) -> Result<()> {
    let other: Option<(String, String)> = conn
        .query_row(
            "SELECT id, name FROM templates WHERE name_key = ?1",
            [name_key(name)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(|e| database_error(conn, "reading template names", e))?;
    match other {
        Some((id, other)) if Some(id.as_str()) != except_id => {
            Err(Error::InvalidTemplate(vec![name_taken(name, &other)]))
        }
        _ => Ok(()),
    }
}

fn find_on(conn: &Connection, id: &str) -> Result<Option<Template>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM templates WHERE id = ?1"),
        [id],
        read_row,
    )
    .optional()
    .map_err(|e| database_error(conn, "reading template", e))?
    .transpose()
}

/// The body as stored: Tencent's field names, compact, so it reads back with the message reader.
fn body_json(body: &Draft) -> String {
    // Plain data with string keys: serde_json cannot fail on the message model (see
    // `message::to_wire_json`).
    serde_json::to_string(body).expect("the message model always serializes")
}

/// Reads a row; a body the model cannot read (edited by hand, or a bug) is `Error::Internal` rather
/// than a panic or a template that sends something else. A body that reads but breaks today's rules
/// is returned as saved: the send checks it again and says what to fix.
fn read_row(r: &Row<'_>) -> rusqlite::Result<Result<Template>> {
    let id: String = r.get(0)?;
    let body: String = r.get(2)?;
    let body = match serde_json::from_str::<Draft>(&body) {
        Ok(body) => body,
        Err(e) => {
            return Ok(Err(Error::Internal(format!(
                "template {id}: stored body is not valid ({e})"
            ))));
        }
    };
    Ok(Ok(Template {
        name: r.get(1)?,
        body,
        emergency: r.get(3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
        id,
    }))
}

fn not_found(id: &str) -> Error {
    Error::NotFound {
        what: "template",
        id: id.into(),
    }
}
