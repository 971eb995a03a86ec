# Shared by .ci/run-app and .ci/test: install what a fresh Debian/Ubuntu machine lacks, once.
# Sourced, not run. Every step is idempotent and skips itself when its work is already done.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# System packages for building and running a Tauri (WebKitGTK) app.
APP_PACKAGES=(
  build-essential pkg-config curl wget file libssl-dev
  libwebkit2gtk-4.1-dev libxdo-dev libayatana-appindicator3-dev librsvg2-dev
  libdbus-1-dev gnome-keyring dbus
)
# Extra packages for the test suite: a virtual display, the webview's WebDriver, a Secret Service,
# headless Chromium for UI tests. (dbus-x11 is deliberately absent: it leaves stray daemons behind.)
TEST_PACKAGES=(
  xvfb xauth webkit2gtk-driver libglib2.0-bin keyutils chromium fonts-dejavu-core
  libsecret-tools # secret-tool: the e2e test reads the Secret Service the way a user would
  imagemagick     # compare: the README screenshot is replaced only when the UI really changed
  fonts-noto-cjk  # Korean, Chinese and Japanese in the screenshots (a producer's desktop has its own)
  xdotool         # the e2e test presses the emergency shortcut as a keyboard would, through the X server
)

# With BDESK_BUNDLE_TESTS=1 (.ci/test builds and tests the installers): rpm, to read the .rpm's file list
# and dependencies. (Tauri's bundler writes .deb and .rpm itself; it needs neither dpkg-dev nor rpmbuild.)
BUNDLE_TEST_PACKAGES=(rpm)

ensure_apt_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    say "missing system packages (${missing[*]}) and no apt-get: install their equivalents by hand"
    return 1
  fi
  say "installing system packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_rust() {
  if ! command -v cargo >/dev/null; then
    [ -x "$HOME/.cargo/bin/cargo" ] || {
      say "installing the Rust toolchain (rustup)"
      curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy
    }
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
  # rustfmt and clippy come with rustup's default profile; add them if a minimal toolchain lacks them.
  if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
    command -v rustup >/dev/null && rustup component add rustfmt clippy
  fi
}

ensure_node() {
  local major=0
  command -v node >/dev/null && major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -lt 20 ]; then
    say "installing Node.js and npm (Vite needs Node 20 or later)"
    ensure_apt_packages nodejs npm
  fi
}

# npm ci from the committed lockfile, redone only when the lockfile changed since the last install.
ensure_node_modules() {
  local stamp="node_modules/.package-lock.json"
  # A node_modules linked from another checkout (a git worktree sharing one install) is that checkout's
  # to update: npm ci would empty the folder it points to, under everyone using it.
  if [ -L node_modules ]; then
    [ -f "$stamp" ] || say "node_modules links to an install without $stamp: run npm ci where it lives"
    return 0
  fi
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# The window follows the system's language, and WebKitGTK takes it from the C library's locale, which
# exists only when generated: the e2e tests start the app in each language the window speaks.
TEST_LOCALES=(en_US ko_KR zh_CN ja_JP)

ensure_locales() {
  local missing=()
  for loc in "${TEST_LOCALES[@]}"; do
    locale -a 2>/dev/null | grep -qix "${loc}.utf8" || missing+=("$loc")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  ensure_apt_packages locales
  say "generating locales: ${missing[*]}"
  for loc in "${missing[@]}"; do
    as_root localedef -i "$loc" -c -f UTF-8 -A /usr/share/locale/locale.alias "${loc}.UTF-8"
  done
}

build_ui() {
  say "building the UI (type-check + vite build)"
  npm run --silent build
}
