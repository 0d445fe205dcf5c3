//! End to end: a client registers a device on `iot-node --dev` with the device's proof of
//! possession, rotates its key (both keys sign) and transfers it to another owner (offer, accept).

mod common;

use common::{
	chain::{find, submit, submit_failing, variant, Api},
	devices::{key_value, registration},
	TestNode,
};
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	payload::{signing_payload, KEY_ROTATION},
};
use sp_core::{sr25519, Pair, H256};
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::At,
};
use subxt_signer::sr25519::dev;

fn signature_value(signature: DeviceSignature) -> Value {
	match signature {
		DeviceSignature::Sr25519(s) => variant("Sr25519", &s),
		other => panic!("the test signs with sr25519 only, not {other:?}"),
	}
}

async fn owner_of(api: &Api, device: u64) -> [u8; 32] {
	let address = dynamic::storage::<(u64,), Value>("DeviceRegistry", "Devices");
	let record = api
		.at_current_block()
		.await
		.unwrap()
		.storage()
		.fetch(address, (device,))
		.await
		.expect("the device is stored")
		.decode()
		.unwrap();
	bytes32(record.at("owner").expect("an owner field"))
}

/// The 32 bytes of an `AccountId32` value (a one-field composite around `[u8; 32]`).
fn bytes32(value: &Value) -> [u8; 32] {
	let inner = if value.at(1).is_some() { value } else { value.at(0).expect("[u8; 32] inside") };
	let bytes: Vec<u8> =
		(0..32).map(|i| inner.at(i).and_then(|b| b.as_u128()).expect("a byte") as u8).collect();
	bytes.try_into().expect("32 bytes")
}

#[tokio::test(flavor = "multi_thread")]
async fn register_rotate_and_transfer_a_device() {
	let node = TestNode::start(&["--dev"]).await;
	let api = Api::from_insecure_url(node.ws_url()).await.expect("subxt connects");
	let genesis = H256(api.genesis_hash().0);
	let alice = dev::alice();
	let alice_id: [u8; 32] = alice.public_key().0;

	// The device proves it holds its key, for Alice, on this chain.
	let device_key = sr25519::Pair::from_string("//e2e-device", None).unwrap();
	let registration =
		registration(&device_key, alice_id, genesis, b"acme/th-200", [7u8; 32], b"ipfs://bafy-e2e");
	let events =
		submit(&api, &alice, "DeviceRegistry", "register_device", vec![registration]).await;
	let registered = find(&events, "DeviceRegistry", "DeviceRegistered");
	let device = registered.at("device").and_then(|d| d.as_u128()).expect("device id") as u64;
	assert_eq!(owner_of(&api, device).await, alice_id);

	// Rotate to a new key: both the old and the new key sign (device, new key, rotations = 0).
	let new_key = sr25519::Pair::from_string("//e2e-device-2", None).unwrap();
	let payload = signing_payload(
		KEY_ROTATION,
		genesis,
		&(device, DevicePublicKey::Sr25519(new_key.public().0), 0u32),
	);
	let events = submit(
		&api,
		&alice,
		"DeviceRegistry",
		"rotate_key",
		vec![
			Value::u128(device as u128),
			key_value(&new_key),
			signature_value(DeviceSignature::Sr25519(device_key.sign(&payload).0)),
			signature_value(DeviceSignature::Sr25519(new_key.sign(&payload).0)),
		],
	)
	.await;
	find(&events, "DeviceRegistry", "KeyRotated");

	// The rotated-out key is retired: a fresh possession proof for another owner is refused.
	let bob_id: [u8; 32] = dev::bob().public_key().0;
	let reuse = common::devices::registration(
		&device_key,
		bob_id,
		genesis,
		b"acme/th-200",
		[7u8; 32],
		b"ipfs://bafy-e2e",
	);
	let error =
		submit_failing(&api, &dev::bob(), "DeviceRegistry", "register_device", vec![reuse]).await;
	assert!(error.contains("KeyRetired"), "{error}");

	// Transfer to Bob in two steps.
	let bob = dev::bob();
	let bob_id: [u8; 32] = bob.public_key().0;
	submit(
		&api,
		&alice,
		"DeviceRegistry",
		"offer_transfer",
		vec![Value::u128(device as u128), Value::from_bytes(bob_id)],
	)
	.await;
	let events =
		submit(&api, &bob, "DeviceRegistry", "accept_transfer", vec![Value::u128(device as u128)])
			.await;
	let transferred = find(&events, "DeviceRegistry", "DeviceTransferred");
	assert!(transferred.at("from").is_some() && transferred.at("to").is_some());
	assert_eq!(owner_of(&api, device).await, bob_id);

	node.stop_cleanly();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_proof_for_another_owner_is_refused() {
	let node = TestNode::start(&["--dev"]).await;
	let api = Api::from_insecure_url(node.ws_url()).await.expect("subxt connects");
	let genesis = H256(api.genesis_hash().0);
	let device_key = sr25519::Pair::from_string("//e2e-stolen", None).unwrap();
	// Signed for Bob, submitted by Alice.
	let registration =
		registration(&device_key, dev::bob().public_key().0, genesis, b"x", [0u8; 32], b"");
	let tx = dynamic::transaction("DeviceRegistry", "register_device", vec![registration]);
	let err = api
		.at_current_block()
		.await
		.unwrap()
		.transactions()
		.sign_and_submit_then_watch_default(&tx, &dev::alice())
		.await
		.unwrap()
		.wait_for_finalized_success()
		.await
		.expect_err("the registration fails");
	assert!(err.to_string().contains("BadPossessionProof"), "unexpected error: {err}");
	node.stop_cleanly();
}
