//! What the send benchmarks share: the emulator with no rate limit, a profile on it with its key, the
//! bare keep-alive POST every send is compared against, the alternating race between the two, and the
//! figures they print. desk-core's `pipeline` and `schedule` use it, and the shell's `emergency_bench`
//! compiles it in by path, so the baseline and the way it is measured are the same for every figure.
//!
//! Not here: what a benchmark measures (each one's entry point and what it asserts).

// Each benchmark takes a part of it.
#![allow(dead_code)]

use std::time::{Duration, Instant, SystemTime};

use desk_core::profiles::{Edition, ProfileDraft, Target};
use tim_emulator::{Config, Emulator};

pub const SDKAPPID: u64 = 1_400_000_000;
/// A fake key, for the emulator only.
pub const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

/// The emulator on loopback, with no rate limit: the benchmarks measure our side, not the edition's.
pub async fn emulator() -> Emulator {
    let mut config = Config::new(SDKAPPID, KEY);
    config.admins = vec!["admin".into()];
    config.rate_per_sec = u32::MAX;
    Emulator::start(config).await.expect("the emulator starts")
}

/// An Enterprise profile on the emulator at `url` (5 a second: the shortest pacing interval).
pub fn profile(url: String) -> ProfileDraft {
    ProfileDraft {
        name: "Bench".into(),
        color: "#0090ff".into(),
        target: Target::Custom { url },
        sdkappid: SDKAPPID,
        admin_identifier: "admin".into(),
        edition: Edition::Enterprise,
        default_from_account: None,
        usersig_lifetime_secs: None,
        is_sandbox: false,
    }
}

/// The baseline: the bytes a send carried, POSTed as they are (with a Random of its own each time, so
/// the emulator does not drop it as a repeat) on one pooled keep-alive connection.
pub struct BarePost {
    client: reqwest::Client,
    base: String,
    body: String,
    random_field: String,
}

impl BarePost {
    /// For the emulator at `base_url`, signed with `usersig`, repeating `body` (which carries `random`).
    pub fn new(base_url: &str, usersig: &str, body: String, random: u32) -> Self {
        let random_field = format!("\"Random\":{random}");
        assert!(body.contains(&random_field), "the body carries its Random");
        Self {
            client: reqwest::Client::new(),
            base: format!(
                "{base_url}/v4/group_open_http_svc/send_broadcast_msg?sdkappid={SDKAPPID}\
                 &identifier=admin&usersig={usersig}"
            ),
            body,
            random_field,
        }
    }

    /// One POST, answered OK.
    pub async fn post(&self) {
        let random: u32 = rand::random();
        let bytes = self
            .body
            .replacen(&self.random_field, &format!("\"Random\":{random}"), 1);
        let text = self
            .client
            .post(format!("{}&random={random}&contenttype=json", self.base))
            .header("content-type", "application/json")
            .body(bytes)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(text.contains("\"ErrorCode\":0"), "{text}");
    }
}

/// Entry → arrival at the emulator, and the whole call, for ours and the baseline.
#[derive(Default)]
pub struct Race {
    ours: Vec<Duration>,
    bare: Vec<Duration>,
    ours_total: Vec<Duration>,
    bare_total: Vec<Duration>,
}

/// `rounds` sends each of `ours` and `bare`, `spacing` apart (longer than the pacing interval, so each
/// of ours finds its slot free, as an emergency on an idle profile does), alternating which goes first.
/// Round 0 only warms both connections. Each closure makes one send that arrives at `emu`.
pub fn race(
    emu: &Emulator,
    rounds: usize,
    spacing: Duration,
    mut ours: impl FnMut(),
    mut bare: impl FnMut(),
) -> Race {
    let mut race = Race::default();
    for round in 0..=rounds {
        for ours_first in [round % 2 == 0, round % 2 != 0] {
            std::thread::sleep(spacing);
            let before = emu.delivered().len();
            let (start, clock) = (SystemTime::now(), Instant::now());
            if ours_first {
                ours();
            } else {
                bare();
            }
            let took = clock.elapsed();
            let arrival = emu.delivered()[before].received_at;
            let arrived = arrival.duration_since(start).unwrap_or(Duration::ZERO);
            if round > 0 {
                let (to_arrival, total) = if ours_first {
                    (&mut race.ours, &mut race.ours_total)
                } else {
                    (&mut race.bare, &mut race.bare_total)
                };
                to_arrival.push(arrived);
                total.push(took);
            }
        }
    }
    race
}

fn summary(mut v: Vec<Duration>) -> (Duration, Duration, Duration) {
    v.sort();
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.1), at(0.9))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

impl Race {
    /// Prints the medians, spreads and ratios against the baseline: `title` first, `ours` naming what
    /// was measured.
    pub fn print(self, title: &str, ours: &str) {
        let (p50, p10, p90) = summary(self.ours);
        let (b50, b10, b90) = summary(self.bare);
        let (pt, _, _) = summary(self.ours_total);
        let (bt, _, _) = summary(self.bare_total);
        println!("{title}");
        println!(
            "  baseline bare keep-alive POST: entry -> arrival median {:.2} ms (p10 {:.2}, p90 {:.2}); \
             round trip {:.2} ms",
            ms(b50),
            ms(b10),
            ms(b90),
            ms(bt)
        );
        println!(
            "  {ours}: entry -> arrival median {:.2} ms (p10 {:.2}, p90 {:.2}) = {:.2}x baseline; \
             round trip {:.2} ms = {:.2}x baseline",
            ms(p50),
            ms(p10),
            ms(p90),
            p50.as_secs_f64() / b50.as_secs_f64(),
            ms(pt),
            pt.as_secs_f64() / bt.as_secs_f64()
        );
    }
}
