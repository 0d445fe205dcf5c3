//! The signed data request: a single-use challenge from the gateway, and the payload a reader's
//! account signs to ask for a range of a private stream.
//!
//! ## The payload
//!
//! The SCALE encoding of the tuple
//! `(b"iot/data/req1", genesis_hash, nonce, device, stream, from, to)`, that is:
//!
//! | bytes | field |
//! |---|---|
//! | 13 | the tag `iot/data/req1` (no length prefix) |
//! | 32 | the chain's genesis hash (a request for one chain is no request for another) |
//! | 32 | the nonce of `GET /data/challenge` (one request per challenge) |
//! | 8 | `device`, u64 little-endian |
//! | 2 | `stream`, u16 little-endian |
//! | 8 | `from`, u64 little-endian |
//! | 1 or 9 | `to`: `0x00` when the query has none, else `0x01` and the u64 little-endian |
//!
//! signed with the account's sr25519 key (schnorrkel, signing context `substrate`, as every
//! Substrate signer does). The gateway also accepts the signature of `<Bytes>payload</Bytes>`,
//! which is what browser wallets (`signRaw`) sign. The request carries the account as SS58 in
//! `X-Iot-Account`, the nonce as 0x-hex in `X-Iot-Nonce` and the 64-byte signature as 0x-hex in
//! `X-Iot-Signature`.

use std::{
	collections::HashMap,
	sync::Mutex,
	time::{Duration, Instant},
};

use codec::Encode;
use iot_primitives::{telemetry::StreamId, DeviceId};
use rand::{rngs::OsRng, TryRngCore};
use sp_core::{crypto::Ss58Codec, sr25519, Pair, H256};

/// The payload's domain tag.
pub const REQUEST_TAG: [u8; 13] = *b"iot/data/req1";
/// The header naming the requesting account (SS58).
pub const ACCOUNT_HEADER: &str = "x-iot-account";
/// The header carrying the challenge's nonce (0x-hex).
pub const NONCE_HEADER: &str = "x-iot-nonce";
/// The header carrying the sr25519 signature (0x-hex).
pub const SIGNATURE_HEADER: &str = "x-iot-signature";
/// How long a challenge may be answered.
pub const CHALLENGE_TTL: Duration = Duration::from_secs(60);
/// Most challenges outstanding at once: issuing them costs the gateway memory, so a client that
/// asks for many without using them is refused once this many are live.
pub const MAX_CHALLENGES: usize = 4096;

/// What a request asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataRequest {
	/// The device.
	pub device: DeviceId,
	/// Its stream.
	pub stream: StreamId,
	/// The first sequence.
	pub from: u64,
	/// The last sequence, if the query gave one.
	pub to: Option<u64>,
}

impl DataRequest {
	/// The bytes its signer signs, on the chain with `genesis`, answering challenge `nonce`.
	pub fn signing_payload(&self, genesis: H256, nonce: &[u8; 32]) -> Vec<u8> {
		(REQUEST_TAG, genesis, nonce, self.device, self.stream, self.from, self.to).encode()
	}

	/// The query string of the request's URL.
	pub fn query(&self) -> String {
		match self.to {
			Some(to) => format!("from={}&to={to}", self.from),
			None => format!("from={}", self.from),
		}
	}
}

/// Whether `signature` is `account`'s (sr25519) over `payload`, raw or wrapped in `<Bytes>`.
pub fn verify(account: &[u8; 32], payload: &[u8], signature: &[u8; 64]) -> bool {
	let public = sr25519::Public::from_raw(*account);
	let signature = sr25519::Signature::from_raw(*signature);
	if sr25519::Pair::verify(&signature, payload, &public) {
		return true;
	}
	let mut wrapped = Vec::with_capacity(payload.len() + 15);
	wrapped.extend_from_slice(b"<Bytes>");
	wrapped.extend_from_slice(payload);
	wrapped.extend_from_slice(b"</Bytes>");
	sr25519::Pair::verify(&signature, &wrapped, &public)
}

/// An SS58 account as its 32 bytes.
pub fn parse_account(text: &str) -> Result<[u8; 32], String> {
	sp_core::crypto::AccountId32::from_ss58check(text.trim())
		.map(Into::into)
		.map_err(|e| format!("{ACCOUNT_HEADER}: not an SS58 account ({e:?})"))
}

/// 0x-hex of exactly `N` bytes.
pub fn parse_hex<const N: usize>(what: &str, text: &str) -> Result<[u8; N], String> {
	text.trim()
		.strip_prefix("0x")
		.and_then(|h| sp_core::bytes::from_hex(h).ok())
		.and_then(|b| <[u8; N]>::try_from(b).ok())
		.ok_or_else(|| format!("{what}: not {N} bytes of 0x-hex"))
}

/// Why a challenge was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChallengeError {
	/// Never issued here, or already used.
	Unknown,
	/// Issued more than [`CHALLENGE_TTL`] ago.
	Expired,
	/// Too many are outstanding to issue another.
	TooMany,
	/// The operating system's random number generator failed.
	Randomness,
}

/// The challenges issued and not yet used.
pub struct Challenges {
	issued: Mutex<HashMap<[u8; 32], Instant>>,
	ttl: Duration,
	max: usize,
}

impl Default for Challenges {
	fn default() -> Self {
		Self::new(CHALLENGE_TTL, MAX_CHALLENGES)
	}
}

impl Challenges {
	/// Challenges valid for `ttl`, at most `max` outstanding.
	pub fn new(ttl: Duration, max: usize) -> Self {
		Self { issued: Mutex::new(HashMap::new()), ttl, max }
	}

	/// A fresh random nonce, valid for the TTL.
	pub fn issue(&self) -> Result<[u8; 32], ChallengeError> {
		let mut nonce = [0u8; 32];
		OsRng.try_fill_bytes(&mut nonce).map_err(|_| ChallengeError::Randomness)?;
		let now = Instant::now();
		let mut issued = self.issued.lock().unwrap_or_else(|e| e.into_inner());
		if issued.len() >= self.max {
			issued.retain(|_, at| now.duration_since(*at) < self.ttl);
			if issued.len() >= self.max {
				return Err(ChallengeError::TooMany);
			}
		}
		issued.insert(nonce, now);
		Ok(nonce)
	}

	/// Uses `nonce`: it answers at most one request, whether or not that request's signature
	/// then verifies.
	pub fn take(&self, nonce: &[u8; 32]) -> Result<(), ChallengeError> {
		let mut issued = self.issued.lock().unwrap_or_else(|e| e.into_inner());
		let at = issued.remove(nonce).ok_or(ChallengeError::Unknown)?;
		if at.elapsed() >= self.ttl {
			return Err(ChallengeError::Expired);
		}
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn request() -> DataRequest {
		DataRequest { device: 3, stream: 1, from: 10, to: Some(19) }
	}

	#[test]
	fn the_payload_is_the_documented_bytes() {
		let payload = request().signing_payload(H256::repeat_byte(7), &[9; 32]);
		assert_eq!(payload.len(), 13 + 32 + 32 + 8 + 2 + 8 + 9);
		assert_eq!(&payload[..13], b"iot/data/req1");
		assert_eq!(&payload[13..45], &[7; 32]);
		assert_eq!(&payload[45..77], &[9; 32]);
		assert_eq!(&payload[77..85], &3u64.to_le_bytes());
		assert_eq!(&payload[85..87], &1u16.to_le_bytes());
		assert_eq!(&payload[87..95], &10u64.to_le_bytes());
		assert_eq!(&payload[95..], &[&[1u8][..], &19u64.to_le_bytes()].concat());
		let open = DataRequest { to: None, ..request() }.signing_payload(H256::zero(), &[0; 32]);
		assert_eq!(open.last(), Some(&0));
	}

	#[test]
	fn only_the_account_s_signature_over_this_request_verifies() {
		let bob = sr25519::Pair::from_string("//Bob", None).unwrap();
		let account = bob.public().0;
		let payload = request().signing_payload(H256::zero(), &[1; 32]);
		assert!(verify(&account, &payload, &bob.sign(&payload).0));
		let wrapped = [&b"<Bytes>"[..], &payload, b"</Bytes>"].concat();
		assert!(verify(&account, &payload, &bob.sign(&wrapped).0), "a wallet's signRaw");
		let other = DataRequest { from: 0, ..request() }.signing_payload(H256::zero(), &[1; 32]);
		assert!(!verify(&account, &other, &bob.sign(&payload).0));
		let eve = sr25519::Pair::from_string("//Eve", None).unwrap();
		assert!(!verify(&account, &payload, &eve.sign(&payload).0));
	}

	#[test]
	fn a_challenge_answers_once_and_expires() {
		let challenges = Challenges::new(Duration::from_millis(50), 2);
		let nonce = challenges.issue().unwrap();
		assert_eq!(challenges.take(&nonce), Ok(()));
		assert_eq!(challenges.take(&nonce), Err(ChallengeError::Unknown));
		let late = challenges.issue().unwrap();
		let _other = challenges.issue().unwrap();
		assert_eq!(challenges.issue(), Err(ChallengeError::TooMany));
		std::thread::sleep(Duration::from_millis(60));
		assert_eq!(challenges.take(&late), Err(ChallengeError::Expired));
		assert!(challenges.issue().is_ok(), "expired ones make room");
	}

	#[test]
	fn accounts_and_hex_are_parsed_strictly() {
		let bob = sr25519::Pair::from_string("//Bob", None).unwrap();
		let ss58 = sp_core::crypto::AccountId32::from(bob.public().0).to_ss58check();
		assert_eq!(parse_account(&ss58), Ok(bob.public().0));
		assert!(parse_account("5Bob").is_err());
		assert_eq!(parse_hex::<2>("x", "0x0102"), Ok([1, 2]));
		assert!(parse_hex::<2>("x", "0102").is_err());
		assert!(parse_hex::<2>("x", "0x010203").is_err());
	}
}
