//! The HTTP endpoint: `POST /readings` (JSON, or SCALE with `Content-Type: application/scale`),
//! `POST /vouchers` (payment-channel vouchers to settle for their payees),
//! `GET /proof/<device>/<stream>/<sequence>`, `GET /readings/<device>/<stream>?from=&to=&limit=`
//! (see [`crate::readings`]), `GET /devices/<device>/history` (see [`crate::history`]),
//! `GET /metrics`, `GET /health`, and for private streams
//! `GET /data/challenge` and `GET /data/<device>/<stream>?from=N&to=M` (signed requests, see
//! [`crate::private::serve`]). With `--web <dir>`, any other GET is a file of that directory
//! ([`crate::web`]). GET answers allow any origin, so an explorer served elsewhere can read them.

use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use anyhow::Result;
use axum::{
	body::Bytes,
	extract::{rejection::BytesRejection, DefaultBodyLimit, Path, RawQuery, State},
	http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri},
	response::Response,
	routing::{get, post},
	Router,
};
use http_body_util::Full;
use hyper::{body::Incoming, server::conn::http1, service::service_fn, Request};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::json;
use tokio::{net::TcpListener, sync::oneshot};
use tower::ServiceExt;
use tower_http::{
	limit::RequestBodyLimitLayer, set_header::SetResponseHeaderLayer, timeout::TimeoutLayer,
};

use crate::{
	chain::Chain,
	intake::{Intake, Submission},
	metrics::Metrics,
	private::serve::{self as data, DataService},
	proofs::{prove, Answer},
	readings::{page, PageQuery},
	spool::Spool,
	vouchers::{relay, SignedVoucher, VoucherJson, VoucherRefusal},
	wire::decode_body,
};

/// What the handlers share.
pub struct Shared {
	pub intake: Intake,
	pub chain: Arc<Chain>,
	pub spool: Spool,
	pub metrics: Arc<Metrics>,
	/// Whether unsigned readings over HTTP are trusted (an authenticating proxy in front).
	pub trusted: bool,
	/// Challenges and keys of the private streams' endpoints.
	pub data: Arc<DataService>,
	/// The explorer's static build, served for GETs the API does not answer.
	pub web: Option<PathBuf>,
}

/// The biggest body accepted: about 20,000 JSON readings.
const MAX_BODY: usize = 8 << 20;

/// How long a client may take to send a request's headers: a connection that trickles them
/// (slowloris) is closed instead of held open.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long one request may take, its body and the spool's answer included. A body of readings
/// is answered once every reading is durable; under a backlog that waits for the writer, and a
/// client told 408 may send again (readings accepted meanwhile come back as duplicates).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

type Reply = Response<Full<Bytes>>;
/// The handlers' view of [`Shared`].
type App = State<Arc<Shared>>;

/// The routes, with the body limit, the request timeout, and `Access-Control-Allow-Origin: *` on
/// what GETs answer (an explorer served elsewhere reads them; nothing posted is answered to
/// another origin's script).
pub fn router(shared: Arc<Shared>) -> Router {
	let reads = Router::new()
		.route("/proof/{device}/{stream}/{sequence}", get(get_proof))
		.route("/readings/{device}/{stream}", get(get_readings))
		.route("/devices/{device}/history", get(get_history))
		.route("/data/challenge", get(get_challenge))
		.route("/data/{device}/{stream}", get(get_data))
		.route("/metrics", get(get_metrics))
		.route("/health", get(get_health))
		.fallback(fallback)
		.layer(SetResponseHeaderLayer::overriding(
			header::ACCESS_CONTROL_ALLOW_ORIGIN,
			HeaderValue::from_static("*"),
		));
	let writes = Router::new()
		.route("/readings", post(post_readings))
		.route("/vouchers", post(post_vouchers))
		// tower-http's limit, not axum's smaller default one.
		.layer(RequestBodyLimitLayer::new(MAX_BODY))
		.layer(DefaultBodyLimit::disable());
	Router::new()
		.merge(writes)
		.merge(reads)
		.layer(TimeoutLayer::new(REQUEST_TIMEOUT))
		.with_state(shared)
}

/// Serves on `listener` forever.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>) -> Result<()> {
	let app = router(shared);
	loop {
		let (stream, peer) = listener.accept().await?;
		let app = app.clone();
		let service = service_fn(move |req: Request<Incoming>| app.clone().oneshot(req));
		tokio::spawn(async move {
			let connection = http1::Builder::new()
				.timer(TokioTimer::new())
				.header_read_timeout(HEADER_TIMEOUT)
				.serve_connection(TokioIo::new(stream), service);
			if let Err(e) = connection.await {
				tracing::debug!(%peer, error = %e, "HTTP connection ended");
			}
		});
	}
}

/// Binds `addr`.
pub async fn bind(addr: SocketAddr) -> Result<TcpListener> {
	Ok(TcpListener::bind(addr).await?)
}

fn reply(status: StatusCode, content_type: &'static str, body: String) -> Reply {
	let mut response = Response::new(Full::new(Bytes::from(body)));
	*response.status_mut() = status;
	response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
	response
}

fn json_reply(status: StatusCode, value: serde_json::Value) -> Reply {
	reply(status, "application/json", value.to_string())
}

async fn get_metrics(State(shared): App) -> Reply {
	reply(StatusCode::OK, crate::metrics::CONTENT_TYPE, shared.metrics.render())
}

async fn get_health(State(shared): App) -> Reply {
	let (accepted, refused, anchored) = shared.metrics.totals();
	json_reply(
		StatusCode::OK,
		json!({"accepted": accepted, "refused": refused, "anchored": anchored}),
	)
}

async fn get_challenge(State(shared): App) -> Reply {
	data::challenge(&shared)
}

async fn get_data(
	State(shared): App,
	Path((device, stream)): Path<(String, String)>,
	RawQuery(query): RawQuery,
	headers: HeaderMap,
) -> Reply {
	data::data(&shared, &headers, query.as_deref(), &device, &stream).await
}

/// A GET the API does not answer is a file of the explorer's build, when one is served.
async fn fallback(State(shared): App, method: Method, uri: Uri) -> Reply {
	match &shared.web {
		Some(root) if method == Method::GET => {
			tokio::task::block_in_place(|| crate::web::serve(root, uri.path()))
		}
		_ => json_reply(StatusCode::NOT_FOUND, json!({"error": "no such endpoint"})),
	}
}

async fn get_readings(
	State(shared): App,
	Path((device, stream)): Path<(String, String)>,
	RawQuery(query): RawQuery,
) -> Reply {
	let (Ok(device), Ok(stream)) = (device.parse(), stream.parse()) else {
		return json_reply(
			StatusCode::BAD_REQUEST,
			json!({"error": "want /readings/<device>/<stream>?from=&to=&limit="}),
		);
	};
	let query = match PageQuery::parse(query.as_deref()) {
		Ok(query) => query,
		Err(why) => return json_reply(StatusCode::BAD_REQUEST, json!({"error": why})),
	};
	match tokio::task::block_in_place(|| page(&shared.spool, device, stream, query)) {
		Ok(p) => {
			reply(StatusCode::OK, "application/json", serde_json::to_string(&p).unwrap_or_default())
		}
		Err(e) => json_reply(StatusCode::INTERNAL_SERVER_ERROR, json!({"error": e.to_string()})),
	}
}

async fn get_history(State(shared): App, Path(device): Path<String>) -> Reply {
	let Ok(device) = device.parse() else {
		return json_reply(
			StatusCode::BAD_REQUEST,
			json!({"error": "want /devices/<device>/history, <device> a number"}),
		);
	};
	match tokio::task::block_in_place(|| crate::history::history(shared.spool.db(), device)) {
		Ok(h) => {
			reply(StatusCode::OK, "application/json", serde_json::to_string(&h).unwrap_or_default())
		}
		Err(e) => json_reply(StatusCode::INTERNAL_SERVER_ERROR, json!({"error": e.to_string()})),
	}
}

/// The request's body, as the body limit let it through: a body that declares more than
/// [`MAX_BODY`] is refused before any of it is read, and one that sends more (chunked, or lying
/// about its length) as soon as it passes the limit, so a client cannot make the gateway buffer
/// more than that.
fn body(read: Result<Bytes, BytesRejection>) -> Result<Bytes, Reply> {
	match read {
		Ok(body) => Ok(body),
		Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
			Err(json_reply(StatusCode::PAYLOAD_TOO_LARGE, json!({"error": "body above 8 MiB"})))
		}
		Err(e) => Err(json_reply(e.status(), json!({"error": format!("body: {}", e.body_text())}))),
	}
}

async fn post_readings(
	State(shared): App,
	headers: HeaderMap,
	read: Result<Bytes, BytesRejection>,
) -> Reply {
	let scale = headers
		.get(header::CONTENT_TYPE)
		.is_some_and(|v| v.as_bytes().starts_with(b"application/scale"));
	let body = match body(read) {
		Ok(body) => body,
		Err(refusal) => return refusal,
	};
	let items = match decode_body(&body, scale) {
		Ok(items) => items,
		Err(why) => return json_reply(StatusCode::BAD_REQUEST, json!({"error": why})),
	};
	let mut replies = Vec::with_capacity(items.len());
	for reading in items {
		let (reply, answer) = oneshot::channel();
		let submission = Submission { reading, trusted: shared.trusted, reply };
		if shared.intake.send(submission).await.is_err() {
			return json_reply(StatusCode::SERVICE_UNAVAILABLE, json!({"error": "shutting down"}));
		}
		replies.push(answer);
	}
	let mut accepted = 0;
	let mut refused = Vec::new();
	for (index, answer) in replies.into_iter().enumerate() {
		match answer.await {
			Ok(Ok(())) => accepted += 1,
			Ok(Err(refusal)) => refused.push(
				json!({"index": index, "reason": refusal.label(), "detail": refusal.to_string()}),
			),
			Err(_) => refused.push(json!({"index": index, "reason": "shutting_down"})),
		}
	}
	let status =
		if refused.is_empty() { StatusCode::ACCEPTED } else { StatusCode::UNPROCESSABLE_ENTITY };
	json_reply(status, json!({"accepted": accepted, "refused": refused}))
}

async fn post_vouchers(State(shared): App, read: Result<Bytes, BytesRejection>) -> Reply {
	let body = match body(read) {
		Ok(body) => body,
		Err(refusal) => return refusal,
	};
	let items: Vec<VoucherJson> = match serde_json::from_slice::<serde_json::Value>(&body) {
		Ok(serde_json::Value::Array(items)) => {
			items.into_iter().filter_map(|i| serde_json::from_value(i).ok()).collect()
		}
		Ok(one) => serde_json::from_value(one).into_iter().collect(),
		Err(e) => {
			return json_reply(StatusCode::BAD_REQUEST, json!({"error": format!("JSON: {e}")}))
		}
	};
	if items.is_empty() {
		return json_reply(
			StatusCode::BAD_REQUEST,
			json!({"error": "no voucher: want {channel, cumulative, nonce, signature}"}),
		);
	}
	let mut held = 0;
	let mut refused = Vec::new();
	for (index, item) in items.into_iter().enumerate() {
		let voucher = match SignedVoucher::try_from(item) {
			Ok(v) => v,
			Err(why) => {
				refused.push(json!({"index": index, "reason": "malformed", "detail": why}));
				continue;
			}
		};
		match relay(&shared.chain, &shared.spool, voucher).await {
			Ok(Ok(_)) => held += 1,
			Ok(Err(VoucherRefusal::WouldBeRefused)) => {
				refused.push(json!({"index": index, "reason": "not_claimable"}))
			}
			Ok(Err(VoucherRefusal::Stale)) => {
				refused.push(json!({"index": index, "reason": "stale"}))
			}
			Err(e) => {
				shared.chain.reset().await;
				return json_reply(
					StatusCode::SERVICE_UNAVAILABLE,
					json!({"error": e.to_string()}),
				);
			}
		}
	}
	for _ in 0..held {
		shared.metrics.voucher(true);
	}
	for _ in &refused {
		shared.metrics.voucher(false);
	}
	let status =
		if refused.is_empty() { StatusCode::ACCEPTED } else { StatusCode::UNPROCESSABLE_ENTITY };
	json_reply(status, json!({"held": held, "refused": refused}))
}

async fn get_proof(
	State(shared): App,
	Path((device, stream, sequence)): Path<(String, String, String)>,
) -> Reply {
	let (Ok(device), Ok(stream), Ok(sequence)) = (device.parse(), stream.parse(), sequence.parse())
	else {
		return json_reply(
			StatusCode::BAD_REQUEST,
			json!({"error": "want /proof/<device>/<stream>/<sequence>"}),
		);
	};
	match tokio::task::block_in_place(|| prove(&shared.spool, device, stream, sequence)) {
		Ok(Answer::Proof(p)) => {
			reply(StatusCode::OK, "application/json", serde_json::to_string(&p).unwrap_or_default())
		}
		Ok(Answer::NotYet(state)) => json_reply(StatusCode::CONFLICT, json!({"state": state})),
		Ok(Answer::Unknown) => {
			json_reply(StatusCode::NOT_FOUND, json!({"error": "no such reading accepted here"}))
		}
		Ok(Answer::Private) => json_reply(
			StatusCode::FORBIDDEN,
			json!({"error": "a reading of a private stream: its proof is served with its ciphertext to its readers, GET /data/<device>/<stream>"}),
		),
		Err(e) => json_reply(StatusCode::INTERNAL_SERVER_ERROR, json!({"error": e.to_string()})),
	}
}
