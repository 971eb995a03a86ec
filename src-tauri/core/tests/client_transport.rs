//! Transport behaviour against a tiny scripted HTTP server written here, on 127.0.0.1: each failure
//! kind, the standby fallback rule, and that no error text ever carries the key or the UserSig.
//! (The same behaviours against the Tencent emulator are in client_emulator.rs; this file also covers
//! answers the emulator cannot give: a 200 that is not JSON, a TLS handshake against a plain server,
//! DNS failure, an answer that does not end.)

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use desk_core::client::{
    Client, Credentials, Endpoint, ErrorClass, MAX_ANSWER_BYTES, TransportKind, WireBody,
};
use desk_core::clock::ManualClock;
use desk_core::secret::SecretKey;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const KEY: &str = "obviously-fake-test-key-0123456789abcdef";
const BODY: &str =
    r#"{"Random":42,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#;

#[derive(Clone, Copy)]
enum Reply {
    Json(&'static str),
    Status(u16, &'static str),
    Delay(Duration),
    Drop,
    /// [`OK`] padded with trailing spaces (still valid JSON) to exactly this many bytes.
    Padded(usize),
}

/// A scripted HTTP/1.1 server: the n-th request (0-based) gets `script(n)`. Counts requests.
struct Scripted {
    port: u16,
    hits: Arc<AtomicUsize>,
    last_target: Arc<std::sync::Mutex<String>>,
}

async fn scripted(script: fn(usize) -> Reply) -> Scripted {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(AtomicUsize::new(0));
    let last_target = Arc::new(std::sync::Mutex::new(String::new()));
    let (h, t) = (hits.clone(), last_target.clone());
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(serve(sock, script, h.clone(), t.clone()));
        }
    });
    Scripted {
        port,
        hits,
        last_target,
    }
}

async fn serve(
    mut sock: TcpStream,
    script: fn(usize) -> Reply,
    hits: Arc<AtomicUsize>,
    last_target: Arc<std::sync::Mutex<String>>,
) {
    let mut buf = Vec::new();
    loop {
        // Read one request: headers, then Content-Length bytes of body.
        let header_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 4096];
            match sock.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..header_end]).to_string();
        let len: usize = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })
            .unwrap_or(0);
        while buf.len() < header_end + len {
            let mut chunk = [0u8; 4096];
            match sock.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        buf.drain(..header_end + len);
        *last_target.lock().unwrap() = head.lines().next().unwrap_or("").to_owned();
        let n = hits.fetch_add(1, Ordering::SeqCst);
        let padded;
        let (status, body) = match script(n) {
            Reply::Json(b) => (200, b),
            Reply::Status(s, b) => (s, b),
            Reply::Padded(len) => {
                padded = OK.to_owned() + &" ".repeat(len - OK.len());
                (200, padded.as_str())
            }
            Reply::Delay(d) => {
                tokio::time::sleep(d).await;
                (
                    200,
                    r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"MsgSeq":9}"#,
                )
            }
            Reply::Drop => return,
        };
        let resp = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        if sock.write_all(resp.as_bytes()).await.is_err() {
            return;
        }
    }
}

/// A loopback port with nothing listening.
async fn dead_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    l.local_addr().unwrap().port()
}

fn creds() -> Credentials {
    Credentials::new(1400000000, "admin", SecretKey::from(KEY)).unwrap()
}

fn client(url: String, standby: Option<String>) -> Client {
    Client::builder(Endpoint::custom(&url, standby.as_deref()).unwrap())
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap()
}

fn body() -> WireBody {
    WireBody::new(BODY).unwrap()
}

const OK: &str =
    r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"MsgSeq":1283,"RequestId":"r-7"}"#;
const NO_PERMISSION: &str =
    r#"{"ActionStatus":"FAIL","ErrorInfo":"no permission","ErrorCode":10007}"#;

/// Every text a caller could show or log for an outcome.
fn texts(o: &desk_core::client::SendOutcome) -> String {
    let mut s = format!("{o:?}\n{}\n", serde_json::to_string(o).unwrap());
    if let Err(e) = o.clone().into_result() {
        s += &format!("{e}\n{e:?}\n");
    }
    s
}

fn assert_no_secrets(text: &str, creds: &Credentials) {
    let sig = creds.usersig();
    assert!(!text.contains(KEY), "key leaked: {text}");
    assert!(
        !text.contains(sig.expose().as_str()),
        "usersig leaked: {text}"
    );
}

#[tokio::test]
async fn success_carries_msg_seq_request_id_and_the_url_shape() {
    let s = scripted(|_| Reply::Json(OK)).await;
    let c = creds();
    let o = client(format!("http://127.0.0.1:{}", s.port), None)
        .send_broadcast(&c, &body())
        .await
        .unwrap();
    assert_eq!(o.class, ErrorClass::Ok);
    assert_eq!((o.code, o.msg_seq), (Some(0), Some(1283)));
    assert_eq!(o.request_id.as_deref(), Some("r-7"));
    assert_eq!(o.host, format!("127.0.0.1:{}", s.port));
    assert_eq!(o.http_requests, 1);
    let target = s.last_target.lock().unwrap().clone();
    assert!(
        target.starts_with(
            "POST /v4/group_open_http_svc/send_broadcast_msg?sdkappid=1400000000&identifier=admin&usersig="
        ),
        "{target}"
    );
    assert!(target.contains("&contenttype=json "), "{target}");
}

#[tokio::test]
async fn a_new_http_random_per_request() {
    let s = scripted(|_| Reply::Json(OK)).await;
    let cl = client(format!("http://127.0.0.1:{}", s.port), None);
    let c = creds();
    let mut randoms = std::collections::HashSet::new();
    for _ in 0..5 {
        cl.send_broadcast(&c, &body()).await.unwrap();
        let t = s.last_target.lock().unwrap().clone();
        let r = t
            .split("&random=")
            .nth(1)
            .unwrap()
            .split('&')
            .next()
            .unwrap();
        randoms.insert(r.parse::<u32>().unwrap());
    }
    assert!(randoms.len() >= 4, "{randoms:?}");
}

#[tokio::test]
async fn refused_primary_falls_back_to_standby() {
    let standby = scripted(|_| Reply::Json(OK)).await;
    let c = creds();
    let o = client(
        format!("http://127.0.0.1:{}", dead_port().await),
        Some(format!("http://127.0.0.1:{}", standby.port)),
    )
    .send_broadcast(&c, &body())
    .await
    .unwrap();
    assert_eq!(o.class, ErrorClass::Ok, "{o:?}");
    assert_eq!(o.host, format!("127.0.0.1:{}", standby.port));
    assert_eq!(o.http_requests, 2);
    let pf = o.primary_failure.as_ref().unwrap();
    assert_eq!(pf.kind, TransportKind::ConnectionRefused);
    assert!(!pf.may_have_been_delivered());
    assert_eq!(standby.hits.load(Ordering::SeqCst), 1);
    assert_no_secrets(&texts(&o), &c);
}

#[tokio::test]
async fn dns_failure_falls_back_to_standby_without_leaving_the_machine() {
    // `.invalid` never resolves (RFC 6761); the client's resolver answers that locally.
    let standby = scripted(|_| Reply::Json(OK)).await;
    let o = client(
        "https://primary.invalid".into(),
        Some(format!("http://127.0.0.1:{}", standby.port)),
    )
    .send_broadcast(&creds(), &body())
    .await
    .unwrap();
    assert_eq!(o.class, ErrorClass::Ok, "{o:?}");
    assert_eq!(o.primary_failure.unwrap().kind, TransportKind::Dns);
}

#[tokio::test]
async fn refused_without_standby_is_a_transport_outcome() {
    let c = creds();
    let o = client(format!("http://127.0.0.1:{}", dead_port().await), None)
        .send_broadcast(&c, &body())
        .await
        .unwrap();
    assert_eq!(o.class, ErrorClass::Transport);
    assert_eq!(
        o.transport.as_ref().unwrap().kind,
        TransportKind::ConnectionRefused
    );
    assert_eq!((o.code, o.http_requests), (None, 1));
    assert_no_secrets(&texts(&o), &c);
}

#[tokio::test]
async fn api_error_does_not_fall_back() {
    let primary = scripted(|_| Reply::Json(NO_PERMISSION)).await;
    let standby = scripted(|_| Reply::Json(OK)).await;
    let o = client(
        format!("http://127.0.0.1:{}", primary.port),
        Some(format!("http://127.0.0.1:{}", standby.port)),
    )
    .send_broadcast(&creds(), &body())
    .await
    .unwrap();
    assert_eq!((o.class, o.code), (ErrorClass::Config, Some(10007)));
    assert_eq!(o.info, "no permission");
    assert_eq!(primary.hits.load(Ordering::SeqCst), 1);
    assert_eq!(standby.hits.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn timeout_after_sending_does_not_fall_back() {
    let primary = scripted(|_| Reply::Delay(Duration::from_secs(3))).await;
    let standby = scripted(|_| Reply::Json(OK)).await;
    let c = creds();
    let o = client(
        format!("http://127.0.0.1:{}", primary.port),
        Some(format!("http://127.0.0.1:{}", standby.port)),
    )
    .send_broadcast(&c, &body())
    .await
    .unwrap();
    let t = o.transport.as_ref().unwrap();
    assert_eq!(t.kind, TransportKind::Timeout, "{o:?}");
    assert!(t.may_have_been_delivered());
    assert_eq!(standby.hits.load(Ordering::SeqCst), 0);
    assert_no_secrets(&texts(&o), &c);
}

#[tokio::test]
async fn dropped_connection_is_connection_lost_and_does_not_fall_back() {
    let primary = scripted(|_| Reply::Drop).await;
    let standby = scripted(|_| Reply::Json(OK)).await;
    let c = creds();
    let o = client(
        format!("http://127.0.0.1:{}", primary.port),
        Some(format!("http://127.0.0.1:{}", standby.port)),
    )
    .send_broadcast(&c, &body())
    .await
    .unwrap();
    assert_eq!(
        o.transport.as_ref().unwrap().kind,
        TransportKind::ConnectionLost,
        "{o:?}"
    );
    assert_eq!(standby.hits.load(Ordering::SeqCst), 0);
    assert_no_secrets(&texts(&o), &c);
}

#[tokio::test]
async fn http_502_and_non_json_are_transport_failures() {
    let gw = scripted(|_| Reply::Status(502, "<html>Bad Gateway</html>")).await;
    let o = client(format!("http://127.0.0.1:{}", gw.port), None)
        .send_broadcast(&creds(), &body())
        .await
        .unwrap();
    let t = o.transport.unwrap();
    assert_eq!(
        (t.kind, t.http_status),
        (TransportKind::HttpStatus, Some(502))
    );

    let html = scripted(|_| Reply::Json("<html>captive portal</html>")).await;
    let o = client(format!("http://127.0.0.1:{}", html.port), None)
        .send_broadcast(&creds(), &body())
        .await
        .unwrap();
    assert_eq!(o.class, ErrorClass::Transport);
    assert_eq!(o.transport.unwrap().kind, TransportKind::BadResponse);
}

#[tokio::test]
async fn tls_against_a_plain_server_is_a_tls_failure_and_falls_back() {
    // A plain HTTP server answers a TLS ClientHello with a 400 and closes: the handshake fails before
    // any request byte is sent, so the standby is tried.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let plain_hits = Arc::new(AtomicUsize::new(0));
    let hits = plain_hits.clone();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            hits.fetch_add(1, Ordering::SeqCst);
            let _ = sock
                .write_all(
                    b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                )
                .await;
        }
    });
    let standby = scripted(|_| Reply::Json(OK)).await;
    let o = client(
        format!("https://127.0.0.1:{port}"),
        Some(format!("http://127.0.0.1:{}", standby.port)),
    )
    .send_broadcast(&creds(), &body())
    .await
    .unwrap();
    assert_eq!(o.class, ErrorClass::Ok, "{o:?}");
    assert_eq!(
        o.primary_failure.as_ref().unwrap().kind,
        TransportKind::Tls,
        "{:?}",
        o.primary_failure
    );
    assert_eq!(
        plain_hits.load(Ordering::SeqCst),
        1,
        "the TLS server was reached"
    );
    assert_eq!(standby.hits.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_stalled_handshake_is_a_connect_timeout_and_falls_back() {
    // Accepts TCP, never answers the ClientHello.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((sock, _)) = listener.accept().await {
            held.push(sock);
        }
    });
    let standby = scripted(|_| Reply::Json(OK)).await;
    let o = Client::builder(
        Endpoint::custom(
            &format!("https://127.0.0.1:{port}"),
            Some(&format!("http://127.0.0.1:{}", standby.port)),
        )
        .unwrap(),
    )
    .connect_timeout(Duration::from_millis(200))
    .timeout(Duration::from_secs(2))
    .build()
    .unwrap()
    .send_broadcast(&creds(), &body())
    .await
    .unwrap();
    assert_eq!(o.class, ErrorClass::Ok, "{o:?}");
    assert_eq!(
        o.primary_failure.unwrap().kind,
        TransportKind::ConnectTimeout
    );
}

#[tokio::test]
async fn expired_usersig_is_resigned_and_retried_exactly_once() {
    // Answers 70001 first, then success.
    let s = scripted(|n| {
        if n == 0 {
            Reply::Json(r#"{"ActionStatus":"FAIL","ErrorInfo":"sig expired","ErrorCode":70001}"#)
        } else {
            Reply::Json(OK)
        }
    })
    .await;
    let clock = Arc::new(ManualClock::new(1_700_000_000));
    let c = creds().with_clock(clock.clone());
    let before = c.usersig();
    clock.advance(Duration::from_secs(1));
    let o = client(format!("http://127.0.0.1:{}", s.port), None)
        .send_broadcast(&c, &body())
        .await
        .unwrap();
    assert_eq!(o.class, ErrorClass::Ok);
    assert!(o.resigned);
    assert_eq!(o.http_requests, 2);
    assert_eq!(s.hits.load(Ordering::SeqCst), 2);
    assert_ne!(c.usersig(), before, "the cache holds the new UserSig");

    // Always 70052: one re-sign, then the outcome is reported, not retried again.
    let always = scripted(|_| {
        Reply::Json(r#"{"ActionStatus":"FAIL","ErrorInfo":"kicked","ErrorCode":70052}"#)
    })
    .await;
    let o = client(format!("http://127.0.0.1:{}", always.port), None)
        .send_broadcast(&c, &body())
        .await
        .unwrap();
    assert_eq!(
        (o.class, o.code, o.resigned),
        (ErrorClass::Resign, Some(70052), true)
    );
    assert_eq!(always.hits.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn tencent_error_text_cannot_echo_secrets() {
    // A misbehaving server that echoes the whole request line into ErrorInfo.
    let s = scripted(|_| Reply::Json("{}")).await; // placeholder to get a port
    drop(s);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let (mut sock, _) = listener.accept().await.unwrap();
        let mut buf = vec![0u8; 8192];
        let n = sock.read(&mut buf).await.unwrap();
        let line = String::from_utf8_lossy(&buf[..n])
            .lines()
            .next()
            .unwrap()
            .to_owned();
        let body =
            serde_json::json!({"ErrorCode": 60004, "ErrorInfo": format!("{line} key={KEY}")})
                .to_string();
        let resp = format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        sock.write_all(resp.as_bytes()).await.unwrap();
    });
    let c = creds();
    let o = client(format!("http://127.0.0.1:{port}"), None)
        .send_broadcast(&c, &body())
        .await
        .unwrap();
    assert_eq!(o.code, Some(60004));
    assert!(o.info.contains("<redacted>"), "{}", o.info);
    assert_no_secrets(&texts(&o), &c);
}

#[tokio::test]
async fn prewarm_opens_a_connection_without_sending_a_broadcast() {
    let s = scripted(|_| Reply::Status(404, "")).await;
    let cl = client(format!("http://127.0.0.1:{}", s.port), None);
    let p = cl.prewarm().await.unwrap();
    assert_eq!(p.host, format!("127.0.0.1:{}", s.port));
    assert!(s.last_target.lock().unwrap().starts_with("HEAD / "));

    let dead = client(format!("http://127.0.0.1:{}", dead_port().await), None);
    let err = dead.prewarm().await.unwrap_err();
    assert!(matches!(
        err,
        desk_core::Error::Transport {
            kind: TransportKind::ConnectionRefused,
            ..
        }
    ));
}

#[tokio::test]
async fn an_answer_of_the_cap_is_read_and_one_byte_more_is_not() {
    let s = scripted(|n| Reply::Padded(MAX_ANSWER_BYTES + n)).await;
    let cl = client(format!("http://127.0.0.1:{}", s.port), None);
    let at_cap = cl.send_broadcast(&creds(), &body()).await.unwrap();
    assert_eq!((at_cap.class, at_cap.msg_seq), (ErrorClass::Ok, Some(1283)));
    let over = cl.send_broadcast(&creds(), &body()).await.unwrap();
    let t = over.transport.as_ref().expect("a transport failure");
    assert_eq!(t.kind, TransportKind::BadResponse, "{over:?}");
    assert!(t.message.contains("65536 bytes"), "{}", t.message);
    assert!(t.may_have_been_delivered());
}

#[tokio::test]
async fn an_answer_that_does_not_end_is_cut_at_the_cap_and_the_outcome_is_unknown() {
    // Sends headers declaring 32 MiB, then writes until the client hangs up or all of it is out
    // (bounded either way). More than loopback's socket buffers hold, so only a client that stops
    // reading makes the writes fail.
    const HUGE: usize = 32 * 1024 * 1024;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<usize>();
    tokio::spawn(async move {
        let (mut sock, _) = listener.accept().await.unwrap();
        let mut request = vec![0u8; 8192];
        let _ = sock.read(&mut request).await;
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {HUGE}\r\n\r\n"
        );
        let mut sent = 0;
        if sock.write_all(head.as_bytes()).await.is_ok() {
            let chunk = vec![b' '; 64 * 1024];
            while sent < HUGE && sock.write_all(&chunk).await.is_ok() {
                sent += chunk.len();
            }
        }
        let _ = done_tx.send(sent);
    });
    let c = creds();
    let o = client(format!("http://127.0.0.1:{port}"), None)
        .send_broadcast(&c, &body())
        .await
        .unwrap();
    assert_eq!(o.class, ErrorClass::Transport, "{o:?}");
    let t = o.transport.as_ref().unwrap();
    assert_eq!(
        (t.kind, t.http_status),
        (TransportKind::BadResponse, Some(200))
    );
    assert!(
        t.may_have_been_delivered(),
        "the request went out: its outcome is unknown"
    );
    assert_no_secrets(&texts(&o), &c);
    let sent = done_rx.await.unwrap();
    assert!(
        sent < HUGE,
        "the client read all {sent} bytes instead of stopping"
    );
}
