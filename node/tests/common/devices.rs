//! Devices registered the way a client does it: the device's key proves possession for its
//! owner on this chain.

// Each test binary compiles this module and uses part of it.
#![allow(dead_code)]

use iot_primitives::payload::{signing_payload, PossessionBody, PROOF_OF_POSSESSION};
use sp_core::{sr25519, Pair, H256};
use subxt::{dynamic::Value, ext::scale_value::At};
use subxt_signer::sr25519::Keypair;

use super::chain::{find, none, submit, variant, Api};

pub fn key_value(key: &sr25519::Pair) -> Value {
	variant("Sr25519", &key.public().0)
}

/// A `Registration` for `device_key` whose proof of possession is signed for `owner` on the chain
/// with `genesis`.
pub fn registration(
	device_key: &sr25519::Pair,
	owner: [u8; 32],
	genesis: H256,
	class: &[u8],
	firmware: [u8; 32],
	metadata: &[u8],
) -> Value {
	let proof = device_key.sign(&signing_payload(
		PROOF_OF_POSSESSION,
		genesis,
		&PossessionBody { owner: sp_core::crypto::AccountId32::from(owner), nonce: 1 },
	));
	Value::named_composite([
		("key", key_value(device_key)),
		("proof", variant("Sr25519", &proof.0)),
		("nonce", Value::u128(1)),
		("class", Value::from_bytes(class)),
		("firmware", Value::from_bytes(firmware)),
		("metadata", Value::from_bytes(metadata)),
		("location", none()),
		("certificate", none()),
	])
}

/// Registers `device_key` for `owner` with a generic class and returns the device id.
pub async fn register(api: &Api, owner: &Keypair, device_key: &sr25519::Pair) -> u64 {
	let genesis = H256(api.genesis_hash().0);
	let registration = registration(
		device_key,
		owner.public_key().0,
		genesis,
		b"acme/th-200",
		[7u8; 32],
		b"ipfs://bafy-e2e",
	);
	let events = submit(api, owner, "DeviceRegistry", "register_device", vec![registration]).await;
	let registered = find(&events, "DeviceRegistry", "DeviceRegistered");
	registered.at("device").and_then(|d| d.as_u128()).expect("device id") as u64
}
