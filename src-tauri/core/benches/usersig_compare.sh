#!/usr/bin/env bash
# Times N UserSig signatures with desk-core and with the official Python and Node signers (PyPI / npm
# `tls-sig-api-v2`) on the same inputs, in one run, and prints each as a ratio against our own figure from
# that same run. Each signer reports the best of ROUNDS rounds of N calls, timed inside its own process
# (interpreter start-up and imports excluded), with its clock frozen so all three sign identical input.
# The three UserSigs are then decoded with Python's standard library and must agree value for value.
#
# Usage: src-tauri/core/benches/usersig_compare.sh [N] [ROUNDS]      (defaults: 20000 3)
# First it builds the timing example in release mode (not timed; minutes on a cold target dir) and
# installs both packages into a temp dir (a few seconds); the timed part then takes well under a minute.
set -euo pipefail

n="${1:-20000}"
rounds="${2:-3}"
py_version="${TLS_SIG_PY_VERSION:-1.1}"
node_version="${TLS_SIG_NODE_VERSION:-1.0.2}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"

work="$(mktemp -d "${TMPDIR:-/tmp}/usersig-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "building the timing example (release)..." >&2
cargo build --quiet --release --manifest-path "$repo/Cargo.toml" -p desk-core --example usersig_timing
target_dir="$(cargo metadata --format-version 1 --no-deps --manifest-path "$repo/Cargo.toml" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
ours_bin="$target_dir/release/examples/usersig_timing"

echo "installing tls-sig-api-v2 $py_version (PyPI) and $node_version (npm) into $work..." >&2
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "tls-sig-api-v2==$py_version"
mkdir "$work/node"
npm install --prefix "$work/node" --no-save --no-package-lock --no-audit --no-fund --silent \
  "tls-sig-api-v2@$node_version"

# Same inputs everywhere: the sanity key of docs/TENCENT-API.md (UserSig) (public), SDKAppID 1400000000, "admin", 86400 s,
# clock frozen at 1700000000.
cat > "$work/time_python.py" <<'EOF'
import json, sys, time, types
import TLSSigAPIv2 as official

official.time = types.SimpleNamespace(time=lambda: 1700000000)
api = official.TLSSigAPIv2(1400000000, "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e")
n, rounds = int(sys.argv[1]), int(sys.argv[2])
best = float("inf")
for _ in range(rounds):
    start = time.perf_counter_ns()
    for _ in range(n):
        usersig = api.gen_sig("admin", 86400)
    best = min(best, (time.perf_counter_ns() - start) / n)
print(json.dumps({"ns_per_sig": best, "usersig": usersig}))
EOF

cat > "$work/time_node.cjs" <<'EOF'
const { Api } = require(process.argv[4] + "/tls-sig-api-v2");
Date.now = () => 1700000000 * 1000;
const api = new Api(1400000000, "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");
const n = Number(process.argv[2]), rounds = Number(process.argv[3]);
let best = Infinity, usersig;
for (let r = 0; r < rounds; r++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) usersig = api.genUserSig("admin", 86400);
  best = Math.min(best, Number(process.hrtime.bigint() - start) / n);
}
console.log(JSON.stringify({ ns_per_sig: best, usersig }));
EOF

echo "timing $rounds rounds of $n signatures each..." >&2
start=$SECONDS
"$ours_bin" "$n" "$rounds" > "$work/ours.json"
"$work/venv/bin/python" "$work/time_python.py" "$n" "$rounds" > "$work/python.json"
node "$work/time_node.cjs" "$n" "$rounds" "$work/node/node_modules" > "$work/node.json"
echo "timed part took $((SECONDS - start)) s" >&2

python3 - "$work" "$n" "$rounds" "$py_version" "$node_version" <<'EOF'
import base64, json, sys, zlib
work, n, rounds, py_version, node_version = sys.argv[1:]
results = {name: json.load(open(f"{work}/{name}.json")) for name in ("ours", "python", "node")}

def values(usersig):
    raw = base64.b64decode(usersig.replace("*", "+").replace("-", "/").replace("_", "="))
    return json.loads(zlib.decompress(raw))

reference = values(results["ours"]["usersig"])
for name, result in results.items():
    if values(result["usersig"]) != reference:
        sys.exit(f"{name}'s UserSig decodes to different values: {values(result['usersig'])} vs {reference}")

base = results["ours"]["ns_per_sig"]
print(f"UserSig signing, best of {rounds} rounds x {n} signatures, same inputs, all three agree on values")
print(f"  ours   (desk-core, release)        {base / 1000:8.2f} us/sig   baseline")
for name, label in (("python", f"python (PyPI tls-sig-api-v2 {py_version})"), ("node", f"node   (npm tls-sig-api-v2 {node_version})")):
    ns = results[name]["ns_per_sig"]
    print(f"  {label:<34} {ns / 1000:8.2f} us/sig   {name}/ours = {ns / base:.1f}x")
EOF
