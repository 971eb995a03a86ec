//! `bdesk validate [FILE|-]`: check a send_broadcast_msg body exactly as the app does before sending.

use clap::Args as ClapArgs;
use desk_core::message::{self, RandomRule};
use serde::Serialize;

use crate::Outcome;
use crate::output::Output;

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// The JSON body to check (`-` or nothing: standard input). `Random` may be left out.
    file: Option<String>,
}

#[derive(Serialize)]
struct Printed<'a> {
    #[serde(flatten)]
    report: &'a message::ValidationReport,
    /// The body's Random, or the one filled in because the body had none (only when valid).
    #[serde(skip_serializing_if = "Option::is_none")]
    random: Option<u32>,
}

pub fn run(args: Args, out: &Output) -> Outcome {
    let text = match super::input::read_body(args.file.as_deref()) {
        Ok(text) => text,
        Err(err) => return out.error(&err),
    };
    let checked = match message::check_json(&text, RandomRule::Optional) {
        Ok(checked) => checked,
        Err(err) => return out.error(&err),
    };
    let random = checked.draft.map(|draft| draft.fill_random().random);
    let report = &checked.report;
    out.result(&Printed { report, random }, || as_text(report));
    if report.valid {
        Outcome::Success
    } else {
        Outcome::Rejected
    }
}

/// Every problem on its own line, so a person sees all of them at once, as the app shows them.
fn as_text(report: &message::ValidationReport) -> String {
    let size = format!("{} of {} bytes", report.bytes, report.limit);
    if report.valid {
        return format!("valid: {size}");
    }
    let found = report.errors.len() + report.omitted;
    let mut text = format!("invalid: {size}, {found} problem(s)");
    for problem in &report.errors {
        text.push_str("\n  ");
        text.push_str(&problem.to_string());
    }
    if report.omitted > 0 {
        text.push_str(&format!("\n  … and {} more", report.omitted));
    }
    text
}
