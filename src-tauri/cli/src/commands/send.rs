//! `bdesk send`: one broadcast to every audio-video group of an app, checked first like the app does.

use clap::Args as ClapArgs;
use desk_core::client::{ErrorClass, WireBody};
use desk_core::message::{self, Draft, MsgElement, TextElem};
use desk_core::profiles::Profile;
use desk_core::{Error, ErrorCode};
use serde::Serialize;

use super::target::{Target, runtime};
use crate::Outcome;
use crate::local::Local;
use crate::output::Output;

#[derive(Debug, ClapArgs)]
pub struct Args {
    #[command(flatten)]
    target: Target,
    /// The text to broadcast (one TIMTextElem).
    #[arg(long, conflicts_with = "body", required_unless_present = "body")]
    text: Option<String>,
    /// A JSON body file (MsgBody, optional Random/From_Account/CloudCustomData), as `bdesk validate` takes;
    /// `-` reads it from standard input (with --profile only: otherwise stdin carries the key).
    #[arg(long)]
    body: Option<String>,
    /// The sender viewers see (must exist in the app). Default: the body's From_Account, else the
    /// profile's default sender (with --profile), else the admin.
    #[arg(long = "from")]
    from_account: Option<String>,
    /// Custom data delivered with the message.
    #[arg(long)]
    cloud_custom_data: Option<String>,
    /// The dedupe key. Give the same one to retry a send that may have gone out: Tencent drops a repeat
    /// with the same Random and content within 5 minutes. Default: a fresh random number.
    #[arg(long)]
    random: Option<u32>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Printed<'a> {
    ok: bool,
    msg_seq: Option<u64>,
    error_code: Option<i64>,
    error_info: &'a str,
    class: ErrorClass,
    random: u32,
    title: &'a str,
    remedy: &'a str,
    host: &'a str,
    elapsed_ms: u128,
}

fn draft(args: &Args, profile: Option<&Profile>) -> desk_core::Result<Draft> {
    let mut draft = match (&args.text, &args.body) {
        (Some(text), _) => Draft {
            from_account: None,
            random: None,
            msg_body: vec![MsgElement::Text(TextElem { text: text.clone() })],
            cloud_custom_data: None,
        },
        (None, Some(path)) if path == "-" && profile.is_none() => {
            return Err(Error::InvalidInput {
                path: "--body".into(),
                message: "standard input carries the secret key; give the body as a file, or use \
                          --profile (its key comes from the keychain, leaving standard input free)"
                    .into(),
            });
        }
        (None, Some(path)) => {
            let text = super::input::read_text(Some(path))?;
            message::parse_draft(&text)?
        }
        (None, None) => unreachable!("clap requires --text or --body"),
    };
    if args.from_account.is_some() {
        draft.from_account.clone_from(&args.from_account);
    }
    if args.cloud_custom_data.is_some() {
        draft.cloud_custom_data.clone_from(&args.cloud_custom_data);
    }
    if args.random.is_some() {
        draft.random = args.random;
    }
    if draft.from_account.is_none() {
        draft.from_account = profile.and_then(|p| p.default_from_account.clone());
    }
    Ok(draft)
}

pub fn run(args: Args, out: &Output, local: &Local) -> Outcome {
    let target = match args.target.resolve(local) {
        Ok(target) => target,
        Err(err) => return out.error(&err),
    };
    let msg = match draft(&args, target.profile()) {
        Ok(draft) => draft.fill_random(),
        Err(err) => return out.error(&err),
    };
    // Checked again here even for a body file that `validate` passed: nothing unchecked goes out.
    let report = message::validate(&msg);
    if !report.valid {
        return out.error(&Error::InvalidMessage(report));
    }
    let (client, credentials) = match target.connect() {
        Ok(pair) => pair,
        Err(err) => return out.error(&err),
    };
    let body = match WireBody::new(message::to_wire_json(&msg)) {
        Ok(body) => body,
        Err(err) => return out.error(&err),
    };
    let outcome = match runtime().block_on(client.send_broadcast(&credentials, &body)) {
        Ok(outcome) => outcome,
        Err(err) => return out.error(&err),
    };
    let printed = Printed {
        ok: outcome.is_ok(),
        msg_seq: outcome.msg_seq,
        error_code: outcome.code,
        error_info: &outcome.info,
        class: outcome.class,
        random: msg.random,
        title: outcome.explanation.title,
        remedy: outcome.explanation.remedy,
        host: &outcome.host,
        elapsed_ms: outcome.elapsed.as_millis(),
    };
    if outcome.is_ok() {
        out.result(&printed, || {
            format!(
                "sent: MsgSeq {} (Random {}, {} ms via {})",
                outcome.msg_seq.unwrap_or_default(),
                msg.random,
                printed.elapsed_ms,
                outcome.host
            )
        });
        Outcome::Success
    } else if out.is_json() {
        out.result(&printed, String::new);
        Outcome::Rejected
    } else {
        let code = outcome
            .code
            .map_or_else(|| "no answer".to_owned(), |c| format!("error {c}"));
        let message = format!(
            "not sent ({code}): {}\n  {}\n  Random {} — reuse it with --random to retry without a duplicate.",
            outcome.explanation.title, outcome.explanation.remedy, msg.random
        );
        out.fail(ErrorCode::Api, &message, Outcome::Rejected)
    }
}
