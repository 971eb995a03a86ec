//! `tim-emulator`: runs the emulator as a process, for the app's sandbox, end-to-end tests and manual
//! poking with curl.
//!
//! The key comes from stdin only, never from argv or the environment, where other processes and shell
//! history can read it. Logs go to stderr, one line per request, without usersig or key. It is NOT a
//! daemon: it stops on SIGINT/SIGTERM and keeps nothing on disk.

use std::io::{BufRead, Write};
use std::net::{Ipv4Addr, SocketAddr};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use tim_emulator::{Config, Edition, Emulator, Outcome, RequestLog};

#[derive(Parser, Debug)]
#[command(
    name = "tim-emulator",
    about = "A loopback stand-in for Tencent Cloud Chat's REST endpoint (send_broadcast_msg, account_check)"
)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one; the first stdout line tells which).
    #[arg(long)]
    port: u16,
    /// The emulated app's SDKAppID.
    #[arg(long)]
    sdkappid: u64,
    /// Read the app's secret key from stdin (one line). Required: there is no other way to pass it.
    #[arg(long, required = true)]
    key_stdin: bool,
    /// Edition, which sets the broadcast rate (pro 1/s, pro-plus and enterprise 5/s).
    #[arg(long, value_enum, conflicts_with = "rate")]
    edition: Option<EditionArg>,
    /// Broadcasts per second, instead of an edition's default.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    rate: Option<u32>,
    /// App admin accounts, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "admin")]
    admins: Vec<String>,
    /// Imported accounts, comma-separated (default: the admins).
    #[arg(long, value_delimiter = ',')]
    accounts: Option<Vec<String>>,
    /// Start with the console's broadcast switch off (every broadcast answers 10007).
    #[arg(long)]
    broadcast_off: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum EditionArg {
    Pro,
    ProPlus,
    Enterprise,
}

impl From<EditionArg> for Edition {
    fn from(e: EditionArg) -> Self {
        match e {
            EditionArg::Pro => Edition::Pro,
            EditionArg::ProPlus => Edition::ProPlus,
            EditionArg::Enterprise => Edition::Enterprise,
        }
    }
}

fn read_key() -> Result<String, String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("could not read the key from stdin: {e}"))?;
    let key = line.trim();
    if key.is_empty() {
        return Err("the key read from stdin is empty; refusing to start".to_owned());
    }
    Ok(key.to_owned())
}

fn describe(entry: &RequestLog) -> String {
    let who = entry.identifier.as_deref().unwrap_or("-");
    let outcome = match &entry.outcome {
        Outcome::Answered {
            error_code: 0,
            msg_seq: Some(seq),
            duplicate,
        } => format!(
            "OK MsgSeq {seq}{}",
            if *duplicate { " (duplicate)" } else { "" }
        ),
        Outcome::Answered { error_code: 0, .. } => "OK".to_owned(),
        Outcome::Answered { error_code, .. } => format!("FAIL {error_code}"),
        Outcome::BareStatus(status) => format!("HTTP {status}"),
        Outcome::Dropped => "connection reset".to_owned(),
    };
    let fault = entry
        .fault
        .as_ref()
        .map(|f| format!(" [fault {f:?}]"))
        .unwrap_or_default();
    format!(
        "{} {} identifier={who} -> {outcome}{fault}",
        entry.method, entry.path
    )
}

async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    let key = match read_key() {
        Ok(key) => key,
        Err(message) => {
            eprintln!("tim-emulator: {message}");
            return ExitCode::from(2);
        }
    };
    let mut config = Config::new(args.sdkappid, key);
    config.accounts = args.accounts.unwrap_or_else(|| args.admins.clone());
    config.admins = args.admins;
    config.broadcast_enabled = !args.broadcast_off;
    if let Some(edition) = args.edition {
        config = config.with_edition(edition.into());
    }
    if let Some(rate) = args.rate {
        config.rate_per_sec = rate;
    }
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, args.port));
    let emulator = match Emulator::start_on(addr, config).await {
        Ok(e) => e,
        Err(e) => {
            eprintln!("tim-emulator: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut requests = emulator.subscribe_requests();
    tokio::spawn(async move {
        loop {
            match requests.recv().await {
                Ok(entry) => eprintln!("{}", describe(&entry)),
                Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                    eprintln!("({n} requests not logged)");
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            }
        }
    });
    // The first stdout line is the contract with whoever started us: it is how they learn the port.
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "listening on {}", emulator.base_url());
    let _ = stdout.flush();
    drop(stdout);

    stop_signal().await;
    eprintln!("tim-emulator: stopping");
    emulator.shutdown().await;
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edition_and_rate_are_exclusive() {
        let base = [
            "tim-emulator",
            "--port",
            "0",
            "--sdkappid",
            "1",
            "--key-stdin",
        ];
        let both = [&base[..], &["--edition", "pro", "--rate", "3"]].concat();
        assert!(Args::try_parse_from(both).is_err());
        let args = Args::try_parse_from([&base[..], &["--edition", "pro-plus"]].concat()).unwrap();
        assert!(matches!(args.edition, Some(EditionArg::ProPlus)));
        assert_eq!(args.admins, ["admin"]);
        assert!(Args::try_parse_from([&base[..], &["--rate", "0"]].concat()).is_err());
    }

    #[test]
    fn key_stdin_is_required() {
        assert!(Args::try_parse_from(["tim-emulator", "--port", "0", "--sdkappid", "1"]).is_err());
    }

    #[test]
    fn lists_split_on_commas() {
        let args = Args::try_parse_from([
            "tim-emulator",
            "--port",
            "0",
            "--sdkappid",
            "1",
            "--key-stdin",
            "--admins",
            "a,b",
            "--accounts",
            "x,y",
        ])
        .unwrap();
        assert_eq!(args.admins, ["a", "b"]);
        assert_eq!(args.accounts.unwrap(), ["x", "y"]);
    }
}
