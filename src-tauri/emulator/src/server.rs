//! The HTTP side: accept loop, one hyper connection per socket, injected faults, request log, and a
//! shutdown that drains politely and then stops waiting.
//!
//! Plain hyper instead of a framework because two faults need the raw connection: `Drop` must close the
//! socket with no response (a reset the client sees as a connection error), which a handler in a
//! framework cannot do. This module knows nothing of Tencent's rules; the service module does.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{CONTENT_TYPE, DATE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, broadcast, watch};
use tokio::task::JoinSet;

use crate::answer;
use crate::service::{BodyProblem, QueryParams, Service};
use crate::{Fault, Outcome, RequestLog};

/// The most body bytes read. Tencent documents no figure for its 93000 "JSON packet too long"; this
/// is far above what a 12,000-byte message needs even with every character escaped, so a message near
/// its limit meets 80002, not this.
const MAX_BODY_BYTES: usize = 64 * 1024;
/// How long shutdown waits for requests in flight before it closes their connections anyway.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(1);

/// Everything the connections share.
pub(crate) struct Shared {
    pub(crate) service: Service,
    pub(crate) faults: Mutex<VecDeque<Fault>>,
    pub(crate) requests_seen: AtomicUsize,
    pub(crate) log: broadcast::Sender<RequestLog>,
    request_ids: AtomicU64,
    request_id_prefix: u32,
    /// Set when shutdown has stopped waiting: request tasks still running give up.
    hard_stop: watch::Sender<bool>,
}

impl Shared {
    pub(crate) fn new(service: Service) -> Self {
        let (log, _) = broadcast::channel(1024);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        Self {
            service,
            faults: Mutex::new(VecDeque::new()),
            requests_seen: AtomicUsize::new(0),
            log,
            request_ids: AtomicU64::new(1),
            request_id_prefix: nanos,
            hard_stop: watch::Sender::new(false),
        }
    }

    fn next_fault(&self) -> Option<Fault> {
        self.faults
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop_front()
    }

    fn request_id(&self) -> String {
        let n = self.request_ids.fetch_add(1, Ordering::Relaxed);
        format!("emu-{:08x}-{n:06}", self.request_id_prefix)
    }
}

/// Accepts connections until `stop` changes, then drains them for at most [`SHUTDOWN_GRACE`].
pub(crate) async fn run(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut stop: watch::Receiver<bool>,
) {
    let mut conns = JoinSet::new();
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    let _ = stream.set_nodelay(true);
                    conns.spawn(serve_connection(stream, shared.clone(), stop.clone()));
                }
                // Out of file descriptors and the like: wait a little rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            },
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
        }
    }
    drop(listener);
    // Every connection watches the same signal and has begun a graceful close: idle keep-alive ones
    // close at once, busy ones after their answer.
    let drained = tokio::time::timeout(SHUTDOWN_GRACE, async {
        while conns.join_next().await.is_some() {}
    })
    .await;
    shared.hard_stop.send_replace(true);
    if drained.is_err() {
        conns.abort_all();
        while conns.join_next().await.is_some() {}
    }
}

async fn serve_connection(stream: TcpStream, shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    let kill = Arc::new(Notify::new());
    let svc = {
        let kill = kill.clone();
        service_fn(move |req| respond(shared.clone(), kill.clone(), req))
    };
    let mut conn = http1::Builder::new()
        .timer(TokioTimer::new())
        // Date comes from the emulator's clock instead (see `stamp_date`).
        .auto_date_header(false)
        .serve_connection(TokioIo::new(stream), svc);
    let mut closing = false;
    loop {
        tokio::select! {
            // Checked first so a Drop fault wins over anything the connection could still write.
            biased;
            () = kill.notified() => {
                // SO_LINGER 0 makes the close a RST: the client sees "connection reset" with no HTTP
                // response at all, the way a crashed proxy looks.
                let stream = conn.into_parts().io.into_inner();
                let _ = stream.set_zero_linger();
                drop(stream);
                return;
            }
            _ = &mut conn => return,
            _ = stop.changed(), if !closing => {
                std::pin::Pin::new(&mut conn).graceful_shutdown();
                closing = true;
            }
        }
    }
}

/// What a request task decided.
enum Reply {
    Send(Response<Full<Bytes>>),
    /// Close the connection without answering.
    Drop,
}

async fn respond(
    shared: Arc<Shared>,
    kill: Arc<Notify>,
    req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    shared.requests_seen.fetch_add(1, Ordering::SeqCst);
    // Taken in arrival order, before any await, so faults stay FIFO across concurrent requests.
    let fault = shared.next_fault();
    // A task of its own, so a client that gives up (timeout, closed socket) can't cancel a delivery
    // half-way: like the real service, the emulator finishes what it started.
    let mut hard_stop = shared.hard_stop.subscribe();
    let answering = shared.clone();
    let task = tokio::spawn(async move {
        tokio::select! {
            reply = process(shared, fault, req) => reply,
            _ = hard_stop.wait_for(|stopped| *stopped) => Reply::Drop,
        }
    });
    match task.await {
        Ok(Reply::Send(mut response)) => {
            stamp_date(&mut response, answering.service.clock().now());
            Ok(response)
        }
        Ok(Reply::Drop) | Err(_) => {
            // The connection task sees this before it can write anything and resets the socket;
            // this future is dropped with the connection.
            kill.notify_one();
            std::future::pending().await
        }
    }
}

async fn process(shared: Arc<Shared>, fault: Option<Fault>, req: Request<Incoming>) -> Reply {
    let received_at = shared.service.clock().now();
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let query = req.uri().query().map(str::to_owned);
    // Only the identifier is kept for the log: never the usersig.
    let identifier = query
        .as_deref()
        .and_then(|q| QueryParams::parse(q).get("identifier").map(str::to_owned));
    let log = |outcome: Outcome, fault: Option<Fault>| {
        let _ = shared.log.send(RequestLog {
            received_at,
            method: method.to_string(),
            path: path.clone(),
            identifier: identifier.clone(),
            fault,
            outcome,
        });
    };
    let drop_after = match &fault {
        Some(Fault::Error { code, info }) => {
            let body = answer::body(
                &Err(answer::ApiError::new(*code, info.clone())),
                &shared.request_id(),
            );
            log(
                Outcome::Answered {
                    error_code: *code,
                    msg_seq: None,
                    duplicate: false,
                },
                fault.clone(),
            );
            return Reply::Send(json_response(&body));
        }
        Some(Fault::Http(status)) => {
            let status = StatusCode::from_u16(*status).unwrap_or(StatusCode::BAD_GATEWAY);
            log(Outcome::BareStatus(status.as_u16()), fault.clone());
            let mut response = Response::new(Full::new(Bytes::new()));
            *response.status_mut() = status;
            return Reply::Send(response);
        }
        Some(Fault::Drop) => {
            log(Outcome::Dropped, fault.clone());
            return Reply::Drop;
        }
        Some(Fault::Delay(d)) => {
            tokio::time::sleep(*d).await;
            false
        }
        Some(Fault::DropAfterHandling) => true,
        None => false,
    };
    let body = match Limited::new(req.into_body(), MAX_BODY_BYTES)
        .collect()
        .await
    {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => Err(BodyProblem::TooLong),
        Err(_) => Err(BodyProblem::Unreadable),
    };
    let handled = shared.service.handle(
        &method,
        &path,
        query.as_deref(),
        body.as_deref().map_err(|&e| e),
    );
    let error_code = handled.result.as_ref().err().map_or(0, |e| e.code);
    let outcome = Outcome::Answered {
        error_code,
        msg_seq: handled.msg_seq,
        duplicate: handled.duplicate,
    };
    // With DropAfterHandling the log still tells what was decided (a delivery, a MsgSeq); its `fault`
    // says the client never saw it.
    log(outcome, fault);
    if drop_after {
        return Reply::Drop;
    }
    Reply::Send(json_response(&answer::body(
        &handled.result,
        &shared.request_id(),
    )))
}

/// Every answer carries a `Date` header, as a real server's does, read from the emulator's clock rather
/// than the machine's: a client compares it with its own clock to warn of skew, so a test that sets the
/// emulator's clock off sees that clock in the header too. HTTP dates span the years 1970 to 9999; a
/// clock outside them sends no Date rather than a wrong one.
fn stamp_date(response: &mut Response<Full<Bytes>>, now: SystemTime) {
    const YEAR_10000: Duration = Duration::from_secs(253_402_300_800);
    let representable = now
        .duration_since(UNIX_EPOCH)
        .is_ok_and(|since| since < YEAR_10000);
    if !representable {
        return;
    }
    if let Ok(date) = HeaderValue::from_str(&httpdate::fmt_http_date(now)) {
        response.headers_mut().insert(DATE, date);
    }
}

fn json_response(body: &serde_json::Value) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}
