//! `bdesk send`: one broadcast to every audio-video group of an app, checked first like the app does.

use clap::Args as ClapArgs;
use desk_core::client::ErrorClass;
use desk_core::desk::Sent;
use desk_core::message::{self, Draft};
use desk_core::outbox::{Delivery, SendSource};
use desk_core::profiles::Profile;
use desk_core::{Error, ErrorCode};
use serde::Serialize;

use super::message_args::MessageArgs;
use super::target::{Resolved, Target, explicit_connection, runtime};
use crate::Outcome;
use crate::local::Local;
use crate::output::Output;

#[derive(Debug, ClapArgs)]
pub struct Args {
    #[command(flatten)]
    target: Target,
    #[command(flatten)]
    message: MessageArgs,
    /// The dedupe key. Give the same one to retry a send that may have gone out: Tencent drops a repeat
    /// with the same Random and content within 5 minutes. Default: a fresh random number.
    #[arg(long)]
    random: Option<u32>,
    /// Check the message and print the exact request (host, path, query without the UserSig, body)
    /// and its size, and send nothing (nothing is written to the outbox either).
    #[arg(long)]
    dry_run: bool,
    /// An emergency notice: History says so, and a process sending several (the app) sends it ahead
    /// of everything it has queued.
    #[arg(long)]
    emergency: bool,
    /// Queue it and return at once, printing its outbox id (exit 0): a detached bdesk sends it, paced
    /// like every send; see how it ended with `bdesk history`, cancel it with `bdesk outbox cancel ID`
    /// until it leaves. Needs --profile (without one, the key lives only in this process).
    #[arg(long, conflicts_with = "dry_run", requires = "profile")]
    no_wait: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QueuedPrinted<'a> {
    ok: bool,
    /// Always `queued`: it has not left yet.
    delivery: Delivery,
    outbox_id: &'a str,
    random: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Printed<'a> {
    ok: bool,
    /// `sent`, `notSent` or `unknown` (exit 0, 1 or 3).
    delivery: Delivery,
    outbox_id: &'a str,
    attempts: u32,
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

fn draft(args: &Args, profile: Option<&Profile>, local: &Local) -> desk_core::Result<Draft> {
    let mut draft = args.message.draft(profile.is_some(), local)?;
    if args.random.is_some() {
        draft.random = args.random;
    }
    Ok(draft)
}

pub fn run(args: Args, out: &Output, local: &Local) -> Outcome {
    let target = match args.target.resolve(local) {
        Ok(target) => target,
        Err(err) => return out.error(&err),
    };
    let msg = match draft(&args, target.profile(), local) {
        Ok(draft) => draft,
        Err(err) => return out.error(&err),
    };
    // The profile's default sender is the desk's to fill in; checked here too, so an invalid message
    // is refused before the key is read (the desk checks it again before anything is sent).
    let mut checked = msg.clone();
    if checked.from_account.is_none() {
        checked.from_account = target
            .profile()
            .and_then(|p| p.default_from_account.clone());
    }
    let report = message::validate_draft(&checked);
    if !report.valid {
        return out.error(&Error::InvalidMessage(report));
    }
    if args.dry_run {
        let preview = match &target {
            Resolved::Saved { profile, desk } => desk.preview(&profile.id, msg),
            Resolved::Explicit(explicit) => explicit_connection(explicit).and_then(|connection| {
                let (_, body) = connection.prepare(msg)?;
                Ok(connection.preview(&body))
            }),
        };
        return match preview {
            Ok(p) => {
                out.result(&p, || {
                    format!(
                        "{} https://{}{}?{}\n{}\n({} bytes; not sent)",
                        p.method, p.host, p.path, p.query, p.body, p.bytes
                    )
                });
                Outcome::Success
            }
            Err(err) => out.error(&err),
        };
    }
    let source = if args.emergency {
        SendSource::Emergency
    } else {
        SendSource::Cli
    };
    if args.no_wait
        && let Resolved::Saved { profile, desk } = &target
    {
        return queue_and_hand_off(desk, &profile.id, msg, source, out, local);
    }
    let sent = match &target {
        Resolved::Saved { profile, desk } => runtime().block_on(async {
            // First what a process that died mid-send left of this profile's broadcasts: resumed
            // with their own Random, or ended as unknown once that is no longer harmless.
            for (id, delivery) in desk.recover(Some(&profile.id)).await? {
                out.warn(&format!(
                    "an earlier broadcast ({id}) was left in flight by a process that stopped; it \
                     is now {delivery:?} (see `bdesk history`)"
                ));
            }
            desk.send(&profile.id, msg, source).await
        }),
        // The explicit mode goes through the same pipeline: an outbox row without a profile, paced
        // with every other sender on this data folder.
        Resolved::Explicit(explicit) => local.desk().and_then(|desk| {
            let connection = explicit_connection(explicit)?;
            runtime().block_on(desk.send_explicit(connection, msg, source))
        }),
    };
    match sent {
        Ok(sent) => print_sent(&sent, out),
        Err(err) => out.error(&err),
    }
}

/// `--no-wait`: the broadcast is written down here, then a detached bdesk takes it over once this
/// process has gone (the outbox's crash hand-over: the row's owner lock is released when we exit) and
/// sends it. If that bdesk cannot start, the broadcast is cancelled, so nothing is left waiting for a
/// sender that never comes.
fn queue_and_hand_off(
    desk: &desk_core::desk::Desk,
    profile_id: &str,
    msg: Draft,
    source: SendSource,
    out: &Output,
    local: &Local,
) -> Outcome {
    let queued = match desk.queue(profile_id, msg, source) {
        Ok(queued) => queued,
        Err(err) => return out.error(&err),
    };
    let outbox_id = queued.outbox_id().to_owned();
    let random = queued.random();
    // Not completed here: the detached bdesk sends it.
    drop(queued);
    if let Err(err) = crate::detach::spawn_deliverer(local, &outbox_id) {
        let _ = desk.cancel(&outbox_id);
        return out.error(&err);
    }
    let printed = QueuedPrinted {
        ok: true,
        delivery: Delivery::Queued,
        outbox_id: &outbox_id,
        random,
    };
    out.result(&printed, || {
        format!(
            "queued: {outbox_id} (Random {random})\n  See how it ends with `bdesk history`; cancel it \
             with `bdesk outbox cancel {outbox_id}` until it leaves."
        )
    });
    Outcome::Success
}

pub(crate) fn print_sent(sent: &Sent, out: &Output) -> Outcome {
    let outcome = &sent.outcome;
    let printed = Printed {
        ok: sent.is_ok(),
        delivery: sent.delivery,
        outbox_id: &sent.outbox_id,
        attempts: sent.attempts,
        msg_seq: outcome.msg_seq,
        error_code: outcome.code,
        error_info: &outcome.info,
        class: outcome.class,
        random: sent.random,
        title: &outcome.explanation.title,
        remedy: &outcome.explanation.remedy,
        host: &outcome.host,
        elapsed_ms: outcome.elapsed.as_millis(),
    };
    if sent.delivery == Delivery::Unknown {
        let message = format!(
            "outcome unknown after {} attempt(s): {}\n  It may have reached every group, or none. Do not send it \
             again with a new Random: check the groups, then decide (see `bdesk history`). Random {}.",
            sent.attempts, outcome.explanation.title, sent.random
        );
        return if out.is_json() {
            out.result(&printed, String::new);
            Outcome::Unknown
        } else {
            out.fail(ErrorCode::Transport, &message, Outcome::Unknown)
        };
    }
    if sent.is_ok() {
        out.result(&printed, || {
            format!(
                "sent: MsgSeq {} (Random {}, {} ms via {})",
                outcome.msg_seq.unwrap_or_default(),
                sent.random,
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
            outcome.explanation.title, outcome.explanation.remedy, sent.random
        );
        out.fail(ErrorCode::Api, &message, Outcome::Rejected)
    }
}
