#!/usr/bin/env bash
# Runs the validate and send criterion benches briefly and prints each figure as a ratio against the
# baseline measured in the same run (criterion's own estimates, read from target/criterion).
# Usage: src-tauri/core/benches/ratios.sh [MEASUREMENT_SECONDS]   (default 3)
# For UserSig against the official Python and Node signers, run usersig_compare.sh beside this file.
set -euo pipefail
secs="${1:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$repo"
for bench in validate send; do
  cargo bench --quiet -p desk-core --bench "$bench" -- --measurement-time "$secs" --warm-up-time 1 >/dev/null 2>&1
done
python3 - "$repo/target/criterion" <<'PY'
import json, os, sys
root = sys.argv[1]

def mean_ns(group, bench):
    # criterion stores each benchmark under a directory named after its id with unsafe characters replaced.
    for name in os.listdir(os.path.join(root, group)):
        path = os.path.join(root, group, name, "new", "benchmark.json")
        if os.path.exists(path) and json.load(open(path))["function_id"] == bench:
            return json.load(open(os.path.join(root, group, name, "new", "estimates.json")))["mean"]["point_estimate"]
    raise SystemExit(f"no result for {group}/{bench}")

def report(group, baseline, others):
    base = mean_ns(group, baseline)
    print(f"{group}: baseline {baseline} = {base / 1000:.1f} µs")
    for other in others:
        t = mean_ns(group, other)
        print(f"  {other}: {t / 1000:.1f} µs = {t / base:.2f}x baseline")

report("near_limit_message", "baseline serde_json::from_str::<Value>",
       ["check_json (read + rules + count)", "validate typed (rules + count)", "to_wire_json"])
report("send_to_emulator", "bare_reqwest_post", ["desk_core_send_broadcast"])
PY
# The whole send pipeline (outbox writes synced to disk) against a bare POST: prints its own ratios.
cargo bench --quiet -p desk-core --bench pipeline 2>/dev/null | grep -v '^$'
