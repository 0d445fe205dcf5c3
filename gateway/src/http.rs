//! The HTTP endpoint: `POST /readings` (JSON, or SCALE with `Content-Type: application/scale`),
//! `POST /vouchers` (payment-channel vouchers to settle for their payees),
//! `GET /proof/<device>/<stream>/<sequence>`, `GET /readings/<device>/<stream>?from=&to=&limit=`
//! (see [`crate::readings`]), `GET /devices/<device>/history` (see [`crate::history`]),
//! `GET /metrics`, `GET /health`, and for private streams
//! `GET /data/challenge` and `GET /data/<device>/<stream>?from=N&to=M` (signed requests, see
//! [`crate::private::serve`]). With `--web <dir>`, any other GET is a file of that directory
//! ([`crate::web`]). GET answers allow any origin, so an explorer served elsewhere can read them.

use std::{net::SocketAddr, path::PathBuf, sync::Arc};

use anyhow::Result;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::{
	body::{Bytes, Incoming},
	server::conn::http1,
	service::service_fn,
	Method, Request, Response, StatusCode,
};
use hyper_util::rt::TokioIo;
use serde_json::json;
use tokio::{net::TcpListener, sync::oneshot};

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

/// Serves on `listener` forever.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>) -> Result<()> {
	loop {
		let (stream, peer) = listener.accept().await?;
		let shared = shared.clone();
		tokio::spawn(async move {
			let service = service_fn(move |req| handle(shared.clone(), req));
			if let Err(e) =
				http1::Builder::new().serve_connection(TokioIo::new(stream), service).await
			{
				tracing::debug!(%peer, error = %e, "HTTP connection ended");
			}
		});
	}
}

/// Binds `addr`.
pub async fn bind(addr: SocketAddr) -> Result<TcpListener> {
	Ok(TcpListener::bind(addr).await?)
}

fn reply(status: StatusCode, content_type: &str, body: String) -> Response<Full<Bytes>> {
	let mut response = Response::new(Full::new(Bytes::from(body)));
	*response.status_mut() = status;
	if let Ok(value) = content_type.parse() {
		response.headers_mut().insert(hyper::header::CONTENT_TYPE, value);
	}
	response
}

fn json_reply(status: StatusCode, value: serde_json::Value) -> Response<Full<Bytes>> {
	reply(status, "application/json", value.to_string())
}

async fn handle(
	shared: Arc<Shared>,
	req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, hyper::Error> {
	let path: Vec<String> =
		req.uri().path().split('/').filter(|s| !s.is_empty()).map(String::from).collect();
	let path: Vec<&str> = path.iter().map(String::as_str).collect();
	let get = req.method() == Method::GET;
	let mut response = match (req.method(), path.as_slice()) {
		(&Method::POST, ["readings"]) => post_readings(&shared, req).await?,
		(&Method::POST, ["vouchers"]) => post_vouchers(&shared, req).await?,
		(&Method::GET, ["proof", device, stream, sequence]) => {
			get_proof(&shared, device, stream, sequence)
		}
		(&Method::GET, ["readings", device, stream]) => {
			get_readings(&shared, device, stream, req.uri().query())
		}
		(&Method::GET, ["devices", device, "history"]) => get_history(&shared, device),
		(&Method::GET, ["data", "challenge"]) => data::challenge(&shared),
		(&Method::GET, ["data", device, stream]) => {
			data::data(&shared, req.headers(), req.uri().query(), device, stream).await
		}
		(&Method::GET, ["metrics"]) => {
			reply(StatusCode::OK, crate::metrics::CONTENT_TYPE, shared.metrics.render())
		}
		(&Method::GET, ["health"]) => {
			let (accepted, refused, anchored) = shared.metrics.totals();
			json_reply(
				StatusCode::OK,
				json!({"accepted": accepted, "refused": refused, "anchored": anchored}),
			)
		}
		(&Method::GET, _) if shared.web.is_some() => {
			let root = shared.web.as_deref().unwrap_or(std::path::Path::new("."));
			return Ok(tokio::task::block_in_place(|| crate::web::serve(root, req.uri().path())));
		}
		_ => json_reply(StatusCode::NOT_FOUND, json!({"error": "no such endpoint"})),
	};
	if get {
		response.headers_mut().insert(
			hyper::header::ACCESS_CONTROL_ALLOW_ORIGIN,
			hyper::header::HeaderValue::from_static("*"),
		);
	}
	Ok(response)
}

fn get_readings(
	shared: &Shared,
	device: &str,
	stream: &str,
	query: Option<&str>,
) -> Response<Full<Bytes>> {
	let (Ok(device), Ok(stream)) = (device.parse(), stream.parse()) else {
		return json_reply(
			StatusCode::BAD_REQUEST,
			json!({"error": "want /readings/<device>/<stream>?from=&to=&limit="}),
		);
	};
	let query = match PageQuery::parse(query) {
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

fn get_history(shared: &Shared, device: &str) -> Response<Full<Bytes>> {
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

/// The request's body, read up to [`MAX_BODY`] bytes and no further: a body that declares more is
/// refused before any of it is read, and one that sends more (chunked, or lying about its length)
/// as soon as it passes the limit, so a client cannot make the gateway buffer more than that.
async fn read_body(req: Request<Incoming>) -> Result<Bytes, Response<Full<Bytes>>> {
	let too_large =
		|| json_reply(StatusCode::PAYLOAD_TOO_LARGE, json!({"error": "body above 8 MiB"}));
	let declared = req
		.headers()
		.get(hyper::header::CONTENT_LENGTH)
		.and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
	if declared.is_some_and(|n| n > MAX_BODY as u64) {
		return Err(too_large());
	}
	match Limited::new(req.into_body(), MAX_BODY).collect().await {
		Ok(collected) => Ok(collected.to_bytes()),
		Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
		Err(e) => Err(json_reply(StatusCode::BAD_REQUEST, json!({"error": format!("body: {e}")}))),
	}
}

async fn post_readings(
	shared: &Shared,
	req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, hyper::Error> {
	let scale = req
		.headers()
		.get(hyper::header::CONTENT_TYPE)
		.is_some_and(|v| v.as_bytes().starts_with(b"application/scale"));
	let body = match read_body(req).await {
		Ok(body) => body,
		Err(refusal) => return Ok(refusal),
	};
	let items = match decode_body(&body, scale) {
		Ok(items) => items,
		Err(why) => return Ok(json_reply(StatusCode::BAD_REQUEST, json!({"error": why}))),
	};
	let mut replies = Vec::with_capacity(items.len());
	for reading in items {
		let (reply, answer) = oneshot::channel();
		let submission = Submission { reading, trusted: shared.trusted, reply };
		if shared.intake.send(submission).await.is_err() {
			return Ok(json_reply(
				StatusCode::SERVICE_UNAVAILABLE,
				json!({"error": "shutting down"}),
			));
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
	Ok(json_reply(status, json!({"accepted": accepted, "refused": refused})))
}

async fn post_vouchers(
	shared: &Shared,
	req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, hyper::Error> {
	let body = match read_body(req).await {
		Ok(body) => body,
		Err(refusal) => return Ok(refusal),
	};
	let items: Vec<VoucherJson> = match serde_json::from_slice::<serde_json::Value>(&body) {
		Ok(serde_json::Value::Array(items)) => {
			items.into_iter().filter_map(|i| serde_json::from_value(i).ok()).collect()
		}
		Ok(one) => serde_json::from_value(one).into_iter().collect(),
		Err(e) => {
			return Ok(json_reply(StatusCode::BAD_REQUEST, json!({"error": format!("JSON: {e}")})))
		}
	};
	if items.is_empty() {
		return Ok(json_reply(
			StatusCode::BAD_REQUEST,
			json!({"error": "no voucher: want {channel, cumulative, nonce, signature}"}),
		));
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
				return Ok(json_reply(
					StatusCode::SERVICE_UNAVAILABLE,
					json!({"error": e.to_string()}),
				));
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
	Ok(json_reply(status, json!({"held": held, "refused": refused})))
}

fn get_proof(shared: &Shared, device: &str, stream: &str, sequence: &str) -> Response<Full<Bytes>> {
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
