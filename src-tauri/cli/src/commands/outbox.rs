//! `bdesk outbox`: the broadcasts that need the producer — still in flight, or ended with an unknown
//! outcome nobody has decided on — and `bdesk outbox resolve ID --delivered|--send-again`.

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
    }
}

fn table(items: &[OutboxEntry]) -> String {
    if items.is_empty() {
        return "nothing in flight and no unknown outcome waiting for a decision".to_owned();
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
        "\nAn unknown outcome may have reached every group, or none: check, then \
         `bdesk outbox resolve ID --delivered` or `--send-again`.",
    );
    text
}
