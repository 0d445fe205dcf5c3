//! The canonical payloads that devices sign: SCALE encoding of `(domain tag, genesis hash, body)`.
//!
//! The domain tag says what the signature is for (possession proof, key rotation, telemetry batch,
//! payment voucher, ...), and the genesis hash says on which chain, so that no signature made for
//! one purpose or chain can be replayed for another. The runtime, gateways and device firmware
//! all build payloads with [`signing_payload`], byte for byte the same.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;

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
	(domain, genesis_hash, body).encode()
}

/// Body of a proof of possession: the device's key signs the owner it is registered to and a
/// nonce the owner picks (so that a proof cannot be reused for a second registration).
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
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
