#!/usr/bin/env bash
# Regenerates official_usersigs.json: complete UserSigs made by Tencent's official signers with their
# clocks frozen, so the emulator is checked against the real byte layouts (key order, spacing, escaping,
# zlib level) and not only against our own packing. Needs python3 and npm; installs the two signers
# (PyPI tls-sig-api-v2 1.1, npm tls-sig-api-v2 1.0.2) into a temporary folder and leaves nothing behind.
# Usage: bash generate.sh > official_usersigs.json
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet tls-sig-api-v2==1.1 >&2
(cd "$work" && npm install --silent --no-audit --no-fund tls-sig-api-v2@1.0.2 >&2)

KEY=5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e
APP=1400000000

py=$("$work/venv/bin/python" - "$APP" "$KEY" <<'PY'
import json, sys, time
import TLSSigAPIv2
app, key = int(sys.argv[1]), sys.argv[2]
out = []
for ident, t, expire, userbuf in [
    ("admin", 1700000000, 86400, None),
    ("host_anna", 1700000123, 180 * 86400, None),
    ("Ops-Team_1", 1700000456, 3600, b"abc"),
    ("caf\u00e9", 1700000789, 86400, None),  # non-ASCII: Python escapes it as \u00e9 in the JSON
]:
    time.time = lambda t=t: t + 0.25
    api = TLSSigAPIv2.TLSSigAPIv2(app, key)
    sig = api.gen_sig(ident, expire) if userbuf is None else api.gen_sig_with_userbuf(ident, expire, userbuf)
    out.append({"signer": "pypi tls-sig-api-v2 1.1", "sdkappid": app, "identifier": ident,
                "time": t, "expire": expire, "usersig": sig})
print(json.dumps(out))
PY
)

js=$(cd "$work" && node - "$APP" "$KEY" <<'JS'
const [app, key] = process.argv.slice(2);
const { Api } = require('tls-sig-api-v2');
const out = [];
for (const [ident, t, expire] of [
  ["admin", 1700000000, 86400],
  ["host_anna", 1700000123, 180 * 86400],
  ["caf\u00e9", 1700000789, 86400], // non-ASCII: Node writes it raw (UTF-8) in the JSON
]) {
  Date.now = () => t * 1000 + 250;
  const sig = new Api(Number(app), key).genUserSig(ident, expire);
  out.push({ signer: "npm tls-sig-api-v2 1.0.2", sdkappid: Number(app), identifier: ident,
             time: t, expire, usersig: sig });
}
console.log(JSON.stringify(out));
JS
)

python3 - "$py" "$js" "$KEY" <<'PY'
import json, sys
vectors = json.loads(sys.argv[1]) + json.loads(sys.argv[2])
print(json.dumps({"key": sys.argv[3], "vectors": vectors}, indent=2, ensure_ascii=False))
PY
