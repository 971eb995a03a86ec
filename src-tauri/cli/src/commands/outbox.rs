//! `bdesk outbox`: the broadcasts that need the producer — queued, in flight, or ended with an unknown
//! outcome nobody has decided on — `bdesk outbox resolve ID --delivered|--send-again`, and
//! `bdesk outbox cancel ID` for one still queued.

use clap::{Args as ClapArgs, Subcommand};
use desk_core::outbox::{OutboxEntry, Resolution, SendSource};
use serde::Serialize;

use super::target::runtime;
use crate::Outcome;
use crate::local::Local;
use crate::output::Output;

#[derive(Debug, ClapArgs)]
pub struct Args {
    #[command(subcommand)]
    action: Option<Action>,
}

#[derive(Debug, Subcommand)]
enum Action {
    /// Decide on a broadcast whose outcome is unknown (see `bdesk outbox`).
    Resolve(ResolveArgs),
    /// Cancel a queued broadcast (the app's, or another bdesk's on this data folder) before it leaves.
    /// Once an attempt has left it can no longer be cancelled (exit 1).
    Cancel {
        /// The broadcast's outbox id.
        id: String,
    },
    /// Send a broadcast `bdesk send --no-wait` queued, once the process that queued it is gone (run by
    /// that command, not by hand).
    #[command(hide = true)]
    Deliver { id: String },
}

/// How long the background sender waits for the queuing bdesk to exit (it exits right after
/// printing the id).
const HAND_OVER_PATIENCE: std::time::Duration = std::time::Duration::from_secs(30);

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Cancelled<'a> {
    id: &'a str,
    delivery: desk_core::outbox::Delivery,
}

#[derive(Debug, ClapArgs)]
struct ResolveArgs {
    /// The broadcast's id (the outbox id `bdesk send` and `bdesk outbox` print).
    id: String,
    /// It was delivered after all (the groups show it): nothing more is sent.
    #[arg(
        long,
        conflicts_with = "send_again",
        required_unless_present = "send_again"
    )]
    delivered: bool,
    /// Send it again as a NEW message, with a new Random (Tencent will not drop it as a repeat: if
    /// the first one did arrive, viewers see it twice).
    #[arg(long)]
    send_again: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Resolved<'a> {
    id: &'a str,
    resolution: Resolution,
    /// The new broadcast, when sent again.
    #[serde(skip_serializing_if = "Option::is_none")]
    resent: Option<&'a desk_core::desk::Sent>,
}

pub fn run(args: Args, out: &Output, local: &Local) -> Outcome {
    let desk = match local.desk() {
        Ok(desk) => desk,
        Err(err) => return out.error(&err),
    };
    match args.action {
        None => match desk.open_items() {
            Ok(items) => {
                out.result(&items, || table(&items));
                Outcome::Success
            }
            Err(err) => out.error(&err),
        },
        Some(Action::Resolve(r)) => {
            let resolution = if r.delivered {
                Resolution::Delivered
            } else {
                Resolution::SentAgain
            };
            match runtime().block_on(desk.resolve(&r.id, resolution, SendSource::Cli)) {
                Ok(resent) => {
                    let printed = Resolved {
                        id: &r.id,
                        resolution,
                        resent: resent.as_ref(),
                    };
                    out.result(&printed, || match &resent {
                        None => format!("{}: marked as delivered", r.id),
                        Some(sent) => format!(
                            "{}: sent again as {} ({:?}, Random {})",
                            r.id, sent.outbox_id, sent.delivery, sent.random
                        ),
                    });
                    Outcome::Success
                }
                Err(err) => out.error(&err),
            }
        }
        Some(Action::Cancel { id }) => match desk.cancel(&id) {
            Ok(()) => {
                let printed = Cancelled {
                    id: &id,
                    delivery: desk_core::outbox::Delivery::NotSent,
                };
                out.result(&printed, || format!("{id}: cancelled; it was not sent"));
                Outcome::Success
            }
            Err(err) => out.error(&err),
        },
        Some(Action::Deliver { id }) => {
            match runtime().block_on(desk.take_over(&id, HAND_OVER_PATIENCE)) {
                Ok(_) => Outcome::Success,
                Err(err) => out.error(&err),
            }
        }
    }
}

fn table(items: &[OutboxEntry]) -> String {
    if items.is_empty() {
        return "nothing queued or in flight, and no unknown outcome waiting for a decision"
            .to_owned();
    }
    let mut text = String::from(
        "ID                                    PROFILE              STATE     RANDOM      TRIES",
    );
    for e in items {
        text.push_str(&format!(
            "\n{:<37} {:<20} {:<9} {:<11} {}",
            e.id,
            e.profile_name.chars().take(20).collect::<String>(),
            format!("{:?}", e.delivery).to_lowercase(),
            e.random,
            e.attempts
        ));
    }
    text.push_str(
        "\nA queued one can be cancelled until it leaves: `bdesk outbox cancel ID`.\nAn unknown \
         outcome may have reached every group, or none: check, then `bdesk outbox resolve ID \
         --delivered` or `--send-again`.",
    );
    text
}
