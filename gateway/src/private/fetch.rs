//! The reader's side of the data endpoints: get a challenge, sign the request with the reader's
//! account, fetch the page, follow `next` until the range is done.
//!
//! Plain HTTP through a small blocking client (run off the async threads): what travels is
//! ciphertext, wrapped keys and envelopes sealed to the reader, and a request signed for one
//! use; a gateway reached over an untrusted network still belongs behind TLS, which hides which
//! readings are asked for.

use std::{io::Read, time::Duration};

use anyhow::{anyhow, bail, Context, Result};
use sp_core::{bytes::to_hex, crypto::Ss58Codec, H256};
use subxt_signer::sr25519::Keypair;

use super::{
	request::{parse_hex, DataRequest, ACCOUNT_HEADER, NONCE_HEADER, SIGNATURE_HEADER},
	wire::{ChallengeJson, DataAnswer, ErrorJson},
};

/// How long one HTTP exchange may take.
const HTTP_TIMEOUT: Duration = Duration::from_secs(30);
/// Most pages one fetch follows (a million readings).
const MAX_PAGES: usize = 4096;
/// The biggest answer read: a full page of large readings.
const MAX_ANSWER: u64 = 32 << 20;

/// A refusal by the gateway, with its status and reason.
#[derive(Debug)]
pub struct Refused {
	/// The HTTP status.
	pub status: u16,
	/// The outcome label (`no_grant`, `bad_signature`, …).
	pub error: String,
	/// Why, in words.
	pub detail: String,
}

impl std::fmt::Display for Refused {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(
			f,
			"the gateway refused the request ({} {}): {}",
			self.status, self.error, self.detail
		)
	}
}

impl std::error::Error for Refused {}

/// A GET answered 200, as text; anything else is a [`Refused`] (or a transport error). An answer
/// is read up to [`MAX_ANSWER`] bytes and no further.
fn get(url: &str, headers: &[(&'static str, String)]) -> Result<String> {
	let mut request = attohttpc::get(url).timeout(HTTP_TIMEOUT);
	for (name, value) in headers {
		request =
			request.try_header(*name, value.as_str()).with_context(|| format!("header {name}"))?;
	}
	let response = request.send().with_context(|| format!("GET {url}"))?;
	let (status, _, reader) = response.split();
	let mut body = Vec::new();
	reader
		.take(MAX_ANSWER + 1)
		.read_to_end(&mut body)
		.with_context(|| format!("GET {url}: reading the answer"))?;
	if body.len() as u64 > MAX_ANSWER {
		bail!("GET {url}: the answer is above {MAX_ANSWER} bytes");
	}
	let text =
		String::from_utf8(body).map_err(|_| anyhow!("GET {url}: the answer is not UTF-8"))?;
	if status.as_u16() == 200 {
		return Ok(text);
	}
	let refusal = serde_json::from_str::<ErrorJson>(&text)
		.unwrap_or(ErrorJson { error: "unknown".into(), detail: text });
	Err(Refused { status: status.as_u16(), error: refusal.error, detail: refusal.detail }.into())
}

async fn get_async(url: String, headers: Vec<(&'static str, String)>) -> Result<String> {
	tokio::task::spawn_blocking(move || get(&url, &headers))
		.await
		.map_err(|e| anyhow!("HTTP task: {e}"))?
}

/// One page of `request`, signed by `signer` for the chain with `genesis`: the answer's text
/// (to save as is) and the answer.
pub async fn page(
	gateway: &str,
	genesis: H256,
	signer: &Keypair,
	request: &DataRequest,
) -> Result<(String, DataAnswer)> {
	let gateway = gateway.trim_end_matches('/');
	let text = get_async(format!("{gateway}/data/challenge"), Vec::new()).await?;
	let challenge: ChallengeJson =
		serde_json::from_str(&text).context("the gateway's challenge is not JSON")?;
	let nonce = parse_hex::<32>("nonce", &challenge.nonce).map_err(anyhow::Error::msg)?;
	let signature = signer.sign(&request.signing_payload(genesis, &nonce));
	let account = sp_core::crypto::AccountId32::from(signer.public_key().0).to_ss58check();
	let headers = vec![
		(ACCOUNT_HEADER, account),
		(NONCE_HEADER, to_hex(&nonce, false)),
		(SIGNATURE_HEADER, to_hex(&signature.0, false)),
	];
	let url = format!("{gateway}/data/{}/{}?{}", request.device, request.stream, request.query());
	let text = get_async(url, headers).await?;
	let answer = serde_json::from_str(&text).context("the gateway's answer is not a data page")?;
	Ok((text, answer))
}

/// Every page of `request`, following `next`, each with its text.
pub async fn all_pages(
	gateway: &str,
	genesis: H256,
	signer: &Keypair,
	request: DataRequest,
) -> Result<Vec<(String, DataAnswer)>> {
	let mut pages = Vec::new();
	let mut request = request;
	for _ in 0..MAX_PAGES {
		let (text, answer) = page(gateway, genesis, signer, &request).await?;
		let next = answer.next.filter(|n| *n > answer.to);
		pages.push((text, answer));
		match next {
			Some(from) => request.from = from,
			None => return Ok(pages),
		}
	}
	bail!("more than {MAX_PAGES} pages: ask for a narrower range")
}
