//! The client on the networks producers sit on: certificates checked against the operating system's
//! trust store (not a list bundled into the app), and the system's proxy settings followed for every
//! host except this computer's own.
//!
//! Both are read from the process environment (`SSL_CERT_FILE`, `HTTPS_PROXY`, …), which a test cannot
//! change for itself: the workspace forbids the `unsafe` that `std::env::set_var` needs, and tests share
//! one process. So the client side of each case runs in a child — this test binary again, filtered to
//! the ignored `child_sends_one_broadcast` — with the environment the case needs and nothing inherited
//! that could change the answer. The servers (a TLS stand-in for Tencent, a proxy stub) run here, on
//! 127.0.0.1, with a certificate from a CA made per run.
//!
//! Proven here (Linux): a CA that only the platform store knows is trusted; the same server is refused
//! when the store holds another CA or is the machine's own; `HTTPS_PROXY` carries requests to a remote
//! host and `NO_PROXY` exempts it; loopback hosts are reached directly whatever the proxy settings.
//! `SSL_CERT_FILE` is how rustls-native-certs (inside rustls-platform-verifier) overrides the store it
//! otherwise finds through openssl-probe, so this exercises the same loading path as /etc/ssl/certs.
//! NOT proven here: the macOS keychain, the Windows certificate store and the macOS/Windows system
//! proxy settings (other operating systems' APIs), and a real remote host (nothing leaves this machine:
//! the remote name is under `.invalid`, which the client never resolves).

use std::net::{IpAddr, Ipv4Addr};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use desk_core::client::{Client, Credentials, Endpoint, WireBody};
use desk_core::secret::SecretKey;
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose,
    SanType,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use serde_json::{Value, json};
use tim_emulator::{Config, Emulator};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

/// A name that looks like Tencent's hosts but never resolves (RFC 6761): reached only through a proxy.
const REMOTE_HOST: &str = "im.broadcast-desk.invalid";
const SDKAPPID: u64 = 1400000000;
/// Obviously a test key.
const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const BODY: &str =
    r#"{"Random":7,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Doors open"}}]}"#;
const OK: &str = r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"MsgSeq":77}"#;

const CHILD: &str = "child_sends_one_broadcast";
const OUTCOME_MARK: &str = "CHILD-OUTCOME ";
/// What a child must not inherit from whoever runs the tests: each changes what it trusts or where it
/// connects. (`REQUEST_METHOD` makes reqwest ignore proxy variables, as in a CGI script.)
const CONTROLLED_ENV: &[&str] = &[
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
    "REQUEST_METHOD",
];

/// The client side of every case: one broadcast to `BDESK_CHILD_ENDPOINT` (and standby), its outcome
/// printed as JSON. Does nothing when run without the parent's environment.
#[test]
#[ignore = "the client side of the tests in this file, run by them in a child process"]
fn child_sends_one_broadcast() {
    let Ok(endpoint) = std::env::var("BDESK_CHILD_ENDPOINT") else {
        return;
    };
    let standby = std::env::var("BDESK_CHILD_STANDBY").ok();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let outcome = runtime.block_on(async {
        let creds = Credentials::new(SDKAPPID, "admin", SecretKey::from(KEY))?;
        Client::builder(Endpoint::custom(&endpoint, standby.as_deref())?)
            .timeout(Duration::from_secs(5))
            .build()?
            .send_broadcast(&creds, &WireBody::new(BODY)?)
            .await
    });
    let json = match outcome {
        Ok(outcome) => serde_json::to_value(&outcome).unwrap(),
        Err(e) => json!({ "error": e.code(), "message": e.to_string() }),
    };
    println!("{OUTCOME_MARK}{json}");
}

/// Runs the child with exactly `env` (plus the endpoint) and returns the outcome it printed.
async fn child(env: &[(&str, &str)], endpoint: &str, standby: Option<&str>) -> Value {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args([
        CHILD,
        "--exact",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ]);
    for name in CONTROLLED_ENV {
        cmd.env_remove(name);
    }
    cmd.envs(env.iter().copied());
    cmd.env("BDESK_CHILD_ENDPOINT", endpoint);
    if let Some(standby) = standby {
        cmd.env("BDESK_CHILD_STANDBY", standby);
    }
    // Blocking wait on a pool thread, so this runtime keeps serving the child meanwhile.
    let out = tokio::task::spawn_blocking(move || cmd.output())
        .await
        .unwrap()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        // libtest may print "test child_… ... " on the same line first.
        .find_map(|l| l.split_once(OUTCOME_MARK).map(|(_, json)| json))
        .unwrap_or_else(|| {
            panic!(
                "the child printed no outcome ({}):\n{stdout}\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            )
        });
    serde_json::from_str(line).unwrap()
}

fn assert_ok(outcome: &Value) {
    assert_eq!(outcome["class"], "OK", "{outcome:#}");
    assert_eq!(outcome["msgSeq"], 77, "{outcome:#}");
}

/// Refused at the TLS handshake: either the handshake failed, or (a machine with no trust store at
/// all) the client would not even start without one. Both mean nothing was sent.
fn assert_refused_by_tls(outcome: &Value) {
    let handshake = outcome["class"] == "TRANSPORT" && outcome["transport"]["kind"] == "TLS";
    let no_store = outcome["error"] == "TRANSPORT"
        && outcome["message"]
            .as_str()
            .is_some_and(|m| m.contains("trusted certificates"));
    assert!(handshake || no_store, "{outcome:#}");
}

/// A CA made for this run, which no bundled list and no system store knows.
fn test_ca(name: &str) -> CertifiedIssuer<'static, KeyPair> {
    let mut params = CertificateParams::default();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap()
}

/// Writes the CA's certificate as the whole "platform store" a child will read.
fn store_file(dir: &tempfile::TempDir, ca: &CertifiedIssuer<'static, KeyPair>) -> String {
    let path = dir.path().join("store.pem");
    std::fs::write(&path, ca.pem()).unwrap();
    path.to_str().unwrap().to_owned()
}

/// A TLS stand-in for Tencent on 127.0.0.1 whose certificate names 127.0.0.1 and [`REMOTE_HOST`],
/// signed by `ca`. Answers every request with success and counts the requests that got through.
struct TlsServer {
    port: u16,
    requests: Arc<AtomicUsize>,
}

async fn tls_server(ca: &CertifiedIssuer<'static, KeyPair>) -> TlsServer {
    let mut params = CertificateParams::new(vec![REMOTE_HOST.to_owned()]).unwrap();
    params
        .subject_alt_names
        .push(SanType::IpAddress(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    let key = KeyPair::generate().unwrap();
    let cert = params.signed_by(&key, ca).unwrap();
    let chain: Vec<CertificateDer<'static>> = vec![cert.der().clone()];
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(chain, key)
    .unwrap();
    // The answers below are HTTP/1.1, the one protocol the client speaks.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let requests = Arc::new(AtomicUsize::new(0));
    let counted = requests.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let (acceptor, counted) = (acceptor.clone(), counted.clone());
            tokio::spawn(async move {
                // A refused handshake ends here: no request was read, none is counted.
                if let Ok(tls) = acceptor.accept(tcp).await {
                    answer_one(tls, &counted).await;
                }
            });
        }
    });
    TlsServer { port, requests }
}

/// Reads one HTTP/1.1 request (head and Content-Length body) and answers success, closing after.
async fn answer_one<S: AsyncRead + AsyncWrite + Unpin>(mut stream: S, counted: &AtomicUsize) {
    let Some((head, _)) = read_head(&mut stream).await else {
        return;
    };
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().ok())?
        })
        .unwrap_or(0);
    let mut body = vec![0; length];
    if stream.read_exact(&mut body).await.is_err() {
        return;
    }
    counted.fetch_add(1, Ordering::SeqCst);
    let answer = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{OK}",
        OK.len()
    );
    let _ = stream.write_all(answer.as_bytes()).await;
    let _ = stream.shutdown().await;
}

/// Reads up to the blank line ending a request head, one byte at a time so nothing after it (a TLS
/// ClientHello inside a tunnel) is consumed. Returns the head and its first line.
async fn read_head<S: AsyncRead + Unpin>(stream: &mut S) -> Option<(String, String)> {
    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        if head.len() > 16 * 1024 {
            return None;
        }
        let mut byte = [0u8; 1];
        if stream.read(&mut byte).await.ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let first = head.lines().next().unwrap_or_default().to_owned();
    Some((head, first))
}

/// An HTTP proxy stub on 127.0.0.1: records the first line of every request it gets; tunnels CONNECT
/// to `upstream` (a port on 127.0.0.1, whatever host was asked for); answers anything else 502.
struct Proxy {
    url: String,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Proxy {
    fn seen(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

async fn proxy(upstream: u16) -> Proxy {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut conn, _)) = listener.accept().await {
            let log = log.clone();
            tokio::spawn(async move {
                let Some((_, first)) = read_head(&mut conn).await else {
                    return;
                };
                log.lock().unwrap().push(first.clone());
                if !first.starts_with("CONNECT ") {
                    let _ = conn
                        .write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                        .await;
                    return;
                }
                let Ok(mut up) = TcpStream::connect(("127.0.0.1", upstream)).await else {
                    return;
                };
                if conn
                    .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    .await
                    .is_ok()
                {
                    let _ = tokio::io::copy_bidirectional(&mut conn, &mut up).await;
                }
            });
        }
    });
    Proxy { url, seen }
}

async fn dead_url() -> String {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    format!("http://{}", l.local_addr().unwrap())
}

#[tokio::test]
async fn a_ca_that_the_platform_trust_store_holds_is_trusted() {
    // Fails with a bundled root list (webpki-roots): it has never heard of a CA made a moment ago.
    let dir = tempfile::tempdir().unwrap();
    let ca = test_ca("Broadcast Desk test CA (company TLS inspection)");
    let server = tls_server(&ca).await;
    let outcome = child(
        &[("SSL_CERT_FILE", &store_file(&dir, &ca))],
        &format!("https://127.0.0.1:{}", server.port),
        None,
    )
    .await;
    assert_ok(&outcome);
    assert_eq!(server.requests.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_same_server_is_refused_when_the_trust_store_does_not_hold_its_ca() {
    let dir = tempfile::tempdir().unwrap();
    let ca = test_ca("Broadcast Desk test CA (company TLS inspection)");
    let server = tls_server(&ca).await;
    let url = format!("https://127.0.0.1:{}", server.port);
    // A store that trusts some other CA, then the machine's own store.
    let other = store_file(&dir, &test_ca("Some other CA"));
    assert_refused_by_tls(&child(&[("SSL_CERT_FILE", &other)], &url, None).await);
    assert_refused_by_tls(&child(&[], &url, None).await);
    assert_eq!(
        server.requests.load(Ordering::SeqCst),
        0,
        "nothing was sent over a connection the client did not trust"
    );
}

#[tokio::test]
async fn https_proxy_carries_requests_to_a_remote_host_and_no_proxy_exempts_it() {
    let dir = tempfile::tempdir().unwrap();
    let ca = test_ca("Broadcast Desk test CA");
    let store = store_file(&dir, &ca);
    let server = tls_server(&ca).await;
    let proxy = proxy(server.port).await;
    let remote = format!("https://{REMOTE_HOST}");

    // Without the proxy this name would not resolve: success means the request went through it, and
    // the certificate was still checked end to end inside the tunnel (it names REMOTE_HOST).
    let outcome = child(
        &[("SSL_CERT_FILE", &store), ("HTTPS_PROXY", &proxy.url)],
        &remote,
        None,
    )
    .await;
    assert_ok(&outcome);
    assert_eq!(outcome["host"], REMOTE_HOST);
    assert_eq!(
        proxy.seen(),
        [format!("CONNECT {REMOTE_HOST}:443 HTTP/1.1")],
        "the proxy saw a tunnel request and nothing of the URL (which carries the UserSig)"
    );

    let outcome = child(
        &[
            ("SSL_CERT_FILE", &store),
            ("HTTPS_PROXY", &proxy.url),
            ("NO_PROXY", ".broadcast-desk.invalid"),
        ],
        &remote,
        None,
    )
    .await;
    assert_eq!(outcome["transport"]["kind"], "DNS", "{outcome:#}");
    assert_eq!(proxy.seen().len(), 1, "NO_PROXY kept the proxy out");
    assert_eq!(server.requests.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_emulator_on_loopback_is_reached_directly_whatever_the_proxy_settings() {
    let emu = Emulator::start(Config::new(SDKAPPID, KEY)).await.unwrap();
    // Upstream is irrelevant: a proxied loopback request would be a plain POST, answered 502.
    let proxy = proxy(1).await;
    let every_proxy = [
        ("HTTP_PROXY", proxy.url.as_str()),
        ("HTTPS_PROXY", proxy.url.as_str()),
        ("ALL_PROXY", proxy.url.as_str()),
    ];
    let outcome = child(&every_proxy, &emu.base_url(), None).await;
    assert_ok_from_emulator(&outcome);
    assert_eq!(emu.delivered().len(), 1);
    assert_eq!(proxy.seen(), Vec::<String>::new());
    emu.shutdown().await;
}

fn assert_ok_from_emulator(outcome: &Value) {
    assert_eq!(outcome["class"], "OK", "{outcome:#}");
    assert!(outcome["msgSeq"].is_u64(), "{outcome:#}");
}

#[tokio::test]
async fn a_loopback_primary_is_direct_while_a_remote_standby_goes_through_the_proxy() {
    let dir = tempfile::tempdir().unwrap();
    let ca = test_ca("Broadcast Desk test CA");
    let server = tls_server(&ca).await;
    let proxy = proxy(server.port).await;
    let outcome = child(
        &[
            ("SSL_CERT_FILE", &store_file(&dir, &ca)),
            ("HTTP_PROXY", &proxy.url),
            ("HTTPS_PROXY", &proxy.url),
        ],
        &dead_url().await,
        Some(&format!("https://{REMOTE_HOST}")),
    )
    .await;
    assert_ok(&outcome);
    // Through the proxy the dead primary would have been a 502 (sent, so no standby): refused means
    // it was tried directly, and only the standby's tunnel reached the proxy.
    assert_eq!(
        outcome["primaryFailure"]["kind"], "CONNECTION_REFUSED",
        "{outcome:#}"
    );
    assert_eq!(outcome["host"], REMOTE_HOST);
    assert_eq!(
        proxy.seen(),
        [format!("CONNECT {REMOTE_HOST}:443 HTTP/1.1")]
    );
}
