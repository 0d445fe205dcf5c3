//! Serving private streams over HTTP: `GET /data/challenge` and `GET /data/<device>/<stream>`.
//!
//! A request is checked in this order, each refusal answered as `{"error": label, "detail": …}`
//! and counted under its label in `iot_gateway_data_requests_total{outcome}`:
//!
//! 1. its path, query and headers parse (`malformed`, 400);
//! 2. its challenge was issued here, is unused and younger than a minute (`bad_challenge`, 401;
//!    it is used up either way);
//! 3. the signature is the named account's over the request ([`super::request`]) on this chain
//!    (`bad_signature`, 401);
//! 4. the stream is private here (`not_private`, 404);
//! 5. the chain lets the account read the range at the best block: the device's owner always,
//!    a reader within its live grant, an operator with the data right (`no_grant`,
//!    `grant_expired`, `outside_grant`, 403; `unavailable`, 503, if the chain cannot say).

use std::{sync::Arc, time::Duration};

use anyhow::Result;
use http_body_util::Full;
use hyper::{body::Bytes, HeaderMap, Response, StatusCode};
use iot_primitives::DeviceId;
use serde_json::json;
use sp_core::{bytes::to_hex, H256};

use super::{
	audience::{best_block, can_read, number, owner, readers},
	epochs::Account,
	page::{self, Span},
	request::{
		parse_account, parse_hex, verify, ChallengeError, Challenges, DataRequest, ACCOUNT_HEADER,
		CHALLENGE_TTL, NONCE_HEADER, SIGNATURE_HEADER,
	},
	wire::ChallengeJson,
	PrivateStreams,
};
use crate::{chain::Chain, http::Shared};

/// How long the chain may take to authorize a request.
const AUTHORIZE_TIMEOUT: Duration = Duration::from_secs(10);

/// What the data endpoints share.
pub struct DataService {
	/// Challenges issued and not yet used.
	pub challenges: Challenges,
	/// The chain's genesis hash, bound into every request's signature.
	pub genesis: H256,
	/// The streams sealed here.
	pub streams: Arc<PrivateStreams>,
}

impl DataService {
	/// The service for the chain with `genesis`.
	pub fn new(genesis: H256, streams: Arc<PrivateStreams>) -> Self {
		Self { challenges: Challenges::default(), genesis, streams }
	}
}

/// How a data request ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
	Served,
	Malformed(String),
	BadChallenge(String),
	BadSignature,
	NotPrivate,
	NoGrant(String),
	GrantExpired(String),
	OutsideGrant(String),
	Throttled,
	Unavailable(String),
	Internal(String),
}

impl Outcome {
	/// Every label, so that metrics show zeros too.
	pub const LABELS: [&'static str; 11] = [
		"served",
		"malformed",
		"bad_challenge",
		"bad_signature",
		"not_private",
		"no_grant",
		"grant_expired",
		"outside_grant",
		"throttled",
		"unavailable",
		"internal",
	];

	/// The metrics label and the answer's `error`.
	pub fn label(&self) -> &'static str {
		match self {
			Self::Served => "served",
			Self::Malformed(_) => "malformed",
			Self::BadChallenge(_) => "bad_challenge",
			Self::BadSignature => "bad_signature",
			Self::NotPrivate => "not_private",
			Self::NoGrant(_) => "no_grant",
			Self::GrantExpired(_) => "grant_expired",
			Self::OutsideGrant(_) => "outside_grant",
			Self::Throttled => "throttled",
			Self::Unavailable(_) => "unavailable",
			Self::Internal(_) => "internal",
		}
	}

	fn status(&self) -> StatusCode {
		match self {
			Self::Served => StatusCode::OK,
			Self::Malformed(_) => StatusCode::BAD_REQUEST,
			Self::BadChallenge(_) | Self::BadSignature => StatusCode::UNAUTHORIZED,
			Self::NotPrivate => StatusCode::NOT_FOUND,
			Self::NoGrant(_) | Self::GrantExpired(_) | Self::OutsideGrant(_) => {
				StatusCode::FORBIDDEN
			}
			Self::Throttled | Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
			Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
		}
	}

	fn detail(&self) -> String {
		match self {
			Self::Served => String::new(),
			Self::BadSignature => {
				"the signature is not the account's over this request on this chain".into()
			}
			Self::NotPrivate => "not a private stream of this gateway".into(),
			Self::Throttled => "too many challenges outstanding; try again shortly".into(),
			Self::Malformed(d)
			| Self::BadChallenge(d)
			| Self::NoGrant(d)
			| Self::GrantExpired(d)
			| Self::OutsideGrant(d)
			| Self::Unavailable(d)
			| Self::Internal(d) => d.clone(),
		}
	}
}

fn json_reply(status: StatusCode, body: String) -> Response<Full<Bytes>> {
	let mut response = Response::new(Full::new(Bytes::from(body)));
	*response.status_mut() = status;
	response.headers_mut().insert(
		hyper::header::CONTENT_TYPE,
		hyper::header::HeaderValue::from_static("application/json"),
	);
	response
}

fn refuse(shared: &Shared, outcome: Outcome) -> Response<Full<Bytes>> {
	shared.metrics.data_request(outcome.label());
	tracing::info!(outcome = outcome.label(), detail = %outcome.detail(), "data request refused");
	let body = json!({"error": outcome.label(), "detail": outcome.detail()}).to_string();
	json_reply(outcome.status(), body)
}

/// `GET /data/challenge`.
pub fn challenge(shared: &Shared) -> Response<Full<Bytes>> {
	match shared.data.challenges.issue() {
		Ok(nonce) => {
			shared.metrics.data_challenge();
			let body = ChallengeJson {
				nonce: to_hex(&nonce, false),
				expires_in_s: CHALLENGE_TTL.as_secs(),
			};
			json_reply(StatusCode::OK, serde_json::to_string(&body).unwrap_or_default())
		}
		Err(ChallengeError::TooMany) => refuse(shared, Outcome::Throttled),
		Err(_) => refuse(shared, Outcome::Internal("no randomness for a challenge".into())),
	}
}

/// `GET /data/<device>/<stream>?from=N&to=M`.
pub async fn data(
	shared: &Shared,
	headers: &HeaderMap,
	query: Option<&str>,
	device: &str,
	stream: &str,
) -> Response<Full<Bytes>> {
	match answer(shared, headers, query, device, stream).await {
		Ok(answer) => match serde_json::to_string(&answer) {
			Ok(body) => {
				shared.metrics.data_request(Outcome::Served.label());
				json_reply(StatusCode::OK, body)
			}
			Err(e) => refuse(shared, Outcome::Internal(e.to_string())),
		},
		Err(outcome) => refuse(shared, outcome),
	}
}

/// The request's path and query.
pub fn parse_request(
	device: &str,
	stream: &str,
	query: Option<&str>,
) -> Result<DataRequest, String> {
	let device: DeviceId =
		device.parse().map_err(|_| format!("device `{device}`: not a number"))?;
	let stream = stream.parse().map_err(|_| format!("stream `{stream}`: not a stream id"))?;
	let (mut from, mut to) = (None, None);
	for pair in query.unwrap_or_default().split('&').filter(|p| !p.is_empty()) {
		let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
		let number = || value.parse::<u64>().map_err(|_| format!("{key}=`{value}`: not a number"));
		match key {
			"from" if from.is_none() => from = Some(number()?),
			"to" if to.is_none() => to = Some(number()?),
			"from" | "to" => return Err(format!("`{key}` given twice")),
			other => return Err(format!("unknown query parameter `{other}`")),
		}
	}
	let from = from.ok_or("`from` is required: /data/<device>/<stream>?from=N[&to=M]")?;
	if to.is_some_and(|to| to < from) {
		return Err("`to` is before `from`".into());
	}
	Ok(DataRequest { device, stream, from, to })
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Result<&'a str, String> {
	headers
		.get(name)
		.ok_or_else(|| format!("header {name} is missing"))?
		.to_str()
		.map_err(|_| format!("header {name} is not text"))
}

async fn answer(
	shared: &Shared,
	headers: &HeaderMap,
	query: Option<&str>,
	device: &str,
	stream: &str,
) -> Result<super::wire::DataAnswer, Outcome> {
	let request = parse_request(device, stream, query).map_err(Outcome::Malformed)?;
	let account = parse_account(header(headers, ACCOUNT_HEADER).map_err(Outcome::Malformed)?)
		.map_err(Outcome::Malformed)?;
	let nonce =
		parse_hex::<32>(NONCE_HEADER, header(headers, NONCE_HEADER).map_err(Outcome::Malformed)?)
			.map_err(Outcome::Malformed)?;
	let signature = parse_hex::<64>(
		SIGNATURE_HEADER,
		header(headers, SIGNATURE_HEADER).map_err(Outcome::Malformed)?,
	)
	.map_err(Outcome::Malformed)?;

	shared.data.challenges.take(&nonce).map_err(|e| {
		Outcome::BadChallenge(match e {
			ChallengeError::Expired => "the challenge expired: get a new one".into(),
			_ => "unknown or already used challenge: get a new one from /data/challenge".into(),
		})
	})?;
	let payload = request.signing_payload(shared.data.genesis, &nonce);
	if !verify(&account, &payload, &signature) {
		return Err(Outcome::BadSignature);
	}

	let spool = shared.spool.clone();
	let (d, s) = (request.device, request.stream);
	let sealed_here = shared.data.streams.contains(d, s)
		|| tokio::task::block_in_place(|| page::has_sealed(&spool, d, s))
			.map_err(|e| Outcome::Internal(e.to_string()))?;
	if !sealed_here {
		return Err(Outcome::NotPrivate);
	}
	let span = tokio::time::timeout(AUTHORIZE_TIMEOUT, authorize(&shared.chain, account, &request))
		.await
		.map_err(|_| Outcome::Unavailable("the chain did not answer in time".into()))?
		.map_err(|e| Outcome::Unavailable(format!("the chain cannot say who may read: {e}")))??;
	tokio::task::block_in_place(|| page::read(&spool, &request, span, account))
		.map_err(|e| Outcome::Internal(e.to_string()))
}

/// What the chain lets `account` read of `request` at the best block: the page's span, or why
/// not (the outer error: the chain could not be asked).
pub async fn authorize(
	chain: &Chain,
	account: Account,
	request: &DataRequest,
) -> Result<Result<Span, Outcome>> {
	let (device, stream) = (request.device, request.stream);
	let at = best_block(chain).await?;
	let now = number(&at)?;
	let Some(owner) = owner(&at, device).await? else {
		return Ok(Err(Outcome::NoGrant(format!("no device {device} on chain"))));
	};
	if owner == account {
		return Ok(Ok(Span::of(request, None)));
	}
	let (readers, _) = readers(&at, device, stream).await?;
	if let Some(reader) = readers.iter().find(|r| r.account == account) {
		let access = &reader.access;
		if !access.is_live(&now) {
			let at = access.expires_at.map(|b| b.to_string()).unwrap_or_default();
			return Ok(Err(Outcome::GrantExpired(format!("the grant expired at block {at}"))));
		}
		if request.from < access.from {
			let detail = format!("the grant starts at sequence {}", access.from);
			return Ok(Err(Outcome::OutsideGrant(detail)));
		}
		if let Some(end) = access.to {
			if request.from > end || request.to.is_some_and(|to| to > end) {
				let detail = format!("the grant ends at sequence {end}");
				return Ok(Err(Outcome::OutsideGrant(detail)));
			}
		}
		return Ok(Ok(Span::of(request, access.to)));
	}
	// Operators with the device's data right: the chain says yes for any sequence.
	let span = Span::of(request, None);
	if can_read(&at, account, device, stream, request.from).await?
		&& can_read(&at, account, device, stream, span.to).await?
	{
		return Ok(Ok(span));
	}
	Ok(Err(Outcome::NoGrant(format!("no grant to {device}:{stream} for this account"))))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn queries_parse_strictly() {
		let ok = parse_request("3", "1", Some("from=5&to=9")).unwrap();
		assert_eq!(ok, DataRequest { device: 3, stream: 1, from: 5, to: Some(9) });
		assert_eq!(parse_request("3", "1", Some("from=5")).unwrap().to, None);
		for (device, stream, query) in [
			("x", "1", Some("from=1")),
			("3", "70000", Some("from=1")),
			("3", "1", None),
			("3", "1", Some("to=4")),
			("3", "1", Some("from=5&to=4")),
			("3", "1", Some("from=5&from=6")),
			("3", "1", Some("from=a")),
			("3", "1", Some("from=1&limit=3")),
		] {
			assert!(parse_request(device, stream, query).is_err(), "{device}/{stream}?{query:?}");
		}
	}

	#[test]
	fn every_outcome_has_its_label_and_status() {
		let all = [
			Outcome::Served,
			Outcome::Malformed(String::new()),
			Outcome::BadChallenge(String::new()),
			Outcome::BadSignature,
			Outcome::NotPrivate,
			Outcome::NoGrant(String::new()),
			Outcome::GrantExpired(String::new()),
			Outcome::OutsideGrant(String::new()),
			Outcome::Throttled,
			Outcome::Unavailable(String::new()),
			Outcome::Internal(String::new()),
		];
		assert_eq!(all.map(|o| o.label()), Outcome::LABELS);
		assert_eq!(Outcome::BadSignature.status(), StatusCode::UNAUTHORIZED);
		assert_eq!(Outcome::OutsideGrant(String::new()).status(), StatusCode::FORBIDDEN);
	}
}
