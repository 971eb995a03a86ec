//! Puts the commit this build was made from into `BDESK_COMMIT`, for `info::COMMIT` (About, `bdesk
//! --version`): `$BDESK_COMMIT` when a packager sets it, else `git rev-parse --short HEAD`, else
//! "unknown" (a source tarball, no git).
//!
//! It reruns when HEAD moves (a commit, a checkout), not on every edit: the commit names what was
//! committed, and a build from a dirty tree shows the commit it started from.

use std::path::PathBuf;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let text = text.trim();
    (out.status.success() && !text.is_empty()).then(|| text.to_owned())
}

fn main() {
    println!("cargo:rerun-if-env-changed=BDESK_COMMIT");
    let commit = match std::env::var("BDESK_COMMIT") {
        Ok(given) if !given.trim().is_empty() => given.trim().to_owned(),
        _ => {
            // HEAD, the branch it names and packed-refs: a commit or checkout changes one of them.
            // (`--git-path` resolves them in a linked worktree too, where `.git` is a file.)
            let mut watched = vec!["HEAD".to_owned()];
            if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
                watched.push(branch);
            }
            watched.push("packed-refs".into());
            for name in &watched {
                if let Some(path) = git(&["rev-parse", "--git-path", name]) {
                    let path = PathBuf::from(path);
                    if path.exists() {
                        println!("cargo:rerun-if-changed={}", path.display());
                    }
                }
            }
            git(&["rev-parse", "--short=9", "HEAD"]).unwrap_or_else(|| "unknown".into())
        }
    };
    println!("cargo:rustc-env=BDESK_COMMIT={commit}");
}
