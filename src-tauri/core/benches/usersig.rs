//! How long making (and checking) one UserSig takes. Signing runs before every REST call whose cached
//! UserSig is near expiry, so it should stay far below a network round trip; `usersig_compare.sh` puts
//! the figure next to the official Python and Node signers.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use desk_core::secret::SecretKey;
use desk_core::usersig::{self, SigInput};

// The sanity key from docs/TENCENT-API.md, UserSig (Tencent's demo key), not a real secret.
const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

fn input() -> SigInput<'static> {
    SigInput {
        sdkappid: 1_400_000_000,
        identifier: "admin",
        time: 1_700_000_000,
        expire: 86_400,
        userbuf: None,
    }
}

fn bench(c: &mut Criterion) {
    let key = SecretKey::from(KEY);
    c.bench_function("usersig/sign", |b| {
        b.iter(|| usersig::sign(&key, black_box(&input())))
    });
    let signed = usersig::sign(&key, &input());
    c.bench_function("usersig/verify", |b| {
        b.iter(|| {
            usersig::verify(
                &key,
                black_box(signed.expose()),
                1_400_000_000,
                "admin",
                1_700_000_000,
            )
            .unwrap()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
