//! The canonical payloads that devices sign: SCALE encoding of `(domain tag, genesis hash, body)`.
//!
//! The domain tag says what the signature is for (possession proof, key rotation, telemetry batch,
//! payment voucher, ...), and the genesis hash says on which chain, so that no signature made for
//! one purpose or chain can be replayed for another. The runtime, gateways and device firmware
//! all build payloads with [`signing_payload`], byte for byte the same.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen, Output};
use primitive_types::H256;
use scale_info::TypeInfo;

/// A 16-byte domain separation tag.
pub type DomainTag = [u8; 16];

/// A device proves it holds its key, for one owner.
pub const PROOF_OF_POSSESSION: DomainTag = *b"iot/device/pop/1";
/// A device's old and new keys both approve a key rotation.
pub const KEY_ROTATION: DomainTag = *b"iot/device/rot/1";
/// A device signs the header of a telemetry batch.
pub const TELEMETRY_BATCH: DomainTag = *b"iot/telemetry/b1";
/// A payer signs a cumulative payment-channel voucher.
pub const PAYMENT_VOUCHER: DomainTag = *b"iot/payment/vch1";
/// A device signs one reading it hands to a gateway.
pub const TELEMETRY_READING: DomainTag = *b"iot/telemetry/r1";

/// What a signer signs: the body, bound to a purpose and a chain.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub struct SigningPayload<Body> {
	/// What the signature is for.
	pub domain: DomainTag,
	/// The genesis hash of the chain it is for.
	pub genesis_hash: H256,
	/// The signed content.
	pub body: Body,
}

/// The bytes to sign for `body` under `domain` on the chain with `genesis_hash`.
pub fn signing_payload<Body: Encode>(
	domain: DomainTag,
	genesis_hash: H256,
	body: &Body,
) -> Vec<u8> {
	(domain, genesis_hash.0, body).encode()
}

/// Writes the bytes to sign for `body` under `domain` on the chain with `genesis_hash` into the
/// front of `out`, without a heap; answers their length, or `None` if `out` is too short (nothing
/// is written then).
pub fn encode_signing_payload<Body: Encode>(
	domain: DomainTag,
	genesis_hash: H256,
	body: &Body,
	out: &mut [u8],
) -> Option<usize> {
	// The hash as bytes: SCALE-encoding an `H256` itself goes through a `Vec`.
	let payload = (domain, genesis_hash.0, body);
	let len = payload.encoded_size();
	let mut writer = SliceWriter { out: out.get_mut(..len)?, at: 0 };
	payload.encode_to(&mut writer);
	Some(len)
}

/// A SCALE output into a slice whose length was checked against `encoded_size` beforehand.
pub struct SliceWriter<'a> {
	out: &'a mut [u8],
	at: usize,
}

impl<'a> SliceWriter<'a> {
	/// A writer that fills `out` from its start.
	pub fn new(out: &'a mut [u8]) -> Self {
		Self { out, at: 0 }
	}

	/// How many bytes were written.
	pub fn written(&self) -> usize {
		self.at
	}
}

impl Output for SliceWriter<'_> {
	fn write(&mut self, bytes: &[u8]) {
		// Callers size the slice with `encoded_size`, so this never truncates; if one did not,
		// the bytes past the end are dropped rather than panicking.
		debug_assert!(self.at + bytes.len() <= self.out.len(), "a SliceWriter sized too short");
		let end = self.at.saturating_add(bytes.len()).min(self.out.len());
		let n = end - self.at;
		self.out[self.at..end].copy_from_slice(&bytes[..n]);
		self.at = end;
	}
}

/// Body of a proof of possession: the device's key signs the owner it is registered to and a
/// nonce the owner picks (so that a proof cannot be reused for a second registration).
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub struct PossessionBody<AccountId> {
	/// The account that will own the device.
	pub owner: AccountId,
	/// A number used once per owner and device key.
	pub nonce: u64,
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn payload_is_domain_then_genesis_then_body() {
		let genesis = H256::repeat_byte(9);
		let body = PossessionBody { owner: [1u8; 32], nonce: 5 };
		let bytes = signing_payload(PROOF_OF_POSSESSION, genesis, &body);
		assert_eq!(&bytes[..16], b"iot/device/pop/1");
		assert_eq!(&bytes[16..48], genesis.as_bytes());
		assert_eq!(&bytes[48..80], &[1u8; 32]);
		assert_eq!(&bytes[80..], &5u64.to_le_bytes());
		let decoded = SigningPayload::<PossessionBody<[u8; 32]>>::decode(&mut &bytes[..]).unwrap();
		assert_eq!(decoded.body, body);
	}

	#[test]
	fn fixed_buffer_encoding_equals_the_vec_encoding() {
		let body = PossessionBody { owner: [3u8; 32], nonce: u64::MAX };
		let expected = signing_payload(PROOF_OF_POSSESSION, H256::repeat_byte(4), &body);
		let mut buffer = [0u8; 100];
		let len =
			encode_signing_payload(PROOF_OF_POSSESSION, H256::repeat_byte(4), &body, &mut buffer);
		assert_eq!(len, Some(expected.len()));
		assert_eq!(&buffer[..expected.len()], &expected[..]);
		let mut short = [0u8; 87];
		assert_eq!(
			encode_signing_payload(PROOF_OF_POSSESSION, H256::zero(), &body, &mut short),
			None
		);
		assert_eq!(short, [0u8; 87], "nothing is written into a buffer that is too short");
	}

	#[test]
	fn domains_and_chains_separate_payloads() {
		let body = PossessionBody { owner: [1u8; 32], nonce: 5 };
		let a = signing_payload(PROOF_OF_POSSESSION, H256::zero(), &body);
		let b = signing_payload(KEY_ROTATION, H256::zero(), &body);
		let c = signing_payload(PROOF_OF_POSSESSION, H256::repeat_byte(1), &body);
		assert!(a != b && a != c && b != c);
		let tags = [
			PROOF_OF_POSSESSION,
			KEY_ROTATION,
			TELEMETRY_BATCH,
			PAYMENT_VOUCHER,
			TELEMETRY_READING,
		];
		for (i, x) in tags.iter().enumerate() {
			for y in &tags[i + 1..] {
				assert_ne!(x, y);
			}
		}
	}
}
