//! Times N calls of `usersig::sign` for `benches/usersig_compare.sh`, which runs the official Python and
//! Node signers on the same inputs in the same run. Not a benchmark of its own: use `cargo bench` for that.
//!
//! Usage: usersig_timing N ROUNDS. Prints `{"ns_per_sig": <best round>, "usersig": "<last one>"}`; the
//! key is the public sanity key of docs/TENCENT-API.md (UserSig), so printing the UserSig leaks nothing.

use std::hint::black_box;
use std::time::Instant;

use desk_core::secret::SecretKey;
use desk_core::usersig::{self, SigInput};

fn main() {
    let mut args = std::env::args().skip(1).map(|arg| arg.parse::<u32>());
    let (Some(Ok(n)), Some(Ok(rounds))) = (args.next(), args.next()) else {
        eprintln!("usage: usersig_timing N ROUNDS");
        std::process::exit(2);
    };
    let key = SecretKey::from("5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");
    let input = SigInput {
        sdkappid: 1_400_000_000,
        identifier: "admin",
        time: 1_700_000_000,
        expire: 86_400,
        userbuf: None,
    };
    let mut best = f64::INFINITY;
    let mut last = usersig::sign(&key, &input);
    for _ in 0..rounds {
        let start = Instant::now();
        for _ in 0..n {
            last = usersig::sign(&key, black_box(&input));
        }
        best = best.min(start.elapsed().as_nanos() as f64 / f64::from(n));
    }
    println!(
        "{{\"ns_per_sig\": {best:.1}, \"usersig\": \"{}\"}}",
        last.expose()
    );
}
