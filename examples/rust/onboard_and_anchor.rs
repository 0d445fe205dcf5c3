//! Onboard a device and anchor its readings, in Rust with subxt and `iot-metadata`: the owner
//! registers a new device with the device's proof of possession, declares a stream, and anchors
//! a batch of readings whose summary the device signed. The anchor id and the readings go to a
//! file, as a gateway keeps them, for `verify_reading`.
//!
//! ```text
//! cargo run --release -p iot-examples --bin onboard_and_anchor -- ws://127.0.0.1:9944 batch.json
//! ```

use anyhow::{anyhow, Context, Result};
use codec::{Decode, Encode};
use iot_metadata::iot::{self, runtime_types::bounded_collections::bounded_vec::BoundedVec};
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	payload::{signing_payload, PossessionBody, PROOF_OF_POSSESSION},
	telemetry::{Batch, Reading, ReadingValue},
};
use sp_core::{sr25519, Pair, H256};
use subxt::{extrinsics::ExtrinsicEvents, OnlineClient, PolkadotConfig};
use subxt_signer::sr25519::{dev, Keypair};

/// Re-types a value between iot-primitives and subxt's generated types (the same SCALE bytes).
fn convert<A: Encode, B: Decode>(value: &A) -> Result<B> {
	B::decode(&mut &value.encode()[..]).map_err(|e| anyhow!("re-encoding: {e}"))
}

/// The registry's `Registration`, field for field.
#[derive(Encode)]
struct Registration {
	key: DevicePublicKey,
	proof: DeviceSignature,
	nonce: u64,
	class: Vec<u8>,
	firmware: H256,
	metadata: Vec<u8>,
	location: Option<u64>,
	certificate: Option<()>,
}

/// Signs `call` as `signer`, submits it and waits until it is finalized and succeeded.
async fn send(
	api: &OnlineClient<PolkadotConfig>,
	call: &impl subxt::transactions::Payload,
	signer: &Keypair,
) -> Result<ExtrinsicEvents<PolkadotConfig>> {
	let progress = api.tx().await?.sign_and_submit_then_watch_default(call, signer).await?;
	Ok(progress.wait_for_finalized_success().await?)
}

#[tokio::main]
async fn main() -> Result<()> {
	let mut args = std::env::args().skip(1);
	let url = args.next().unwrap_or_else(|| "ws://127.0.0.1:9944".into());
	let out = args.next().unwrap_or_else(|| "batch.json".into());
	let api = OnlineClient::<PolkadotConfig>::from_insecure_url(&url).await?;
	let genesis = H256(api.genesis_hash().0);
	let owner = dev::alice();
	// The device's own key: in the field it never leaves the device's secure element.
	let (device, _) = sr25519::Pair::generate();

	// 1. Register: the device signs "I belong to <owner>" for this chain.
	let nonce =
		std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_millis() as u64;
	let body = PossessionBody { owner: owner.public_key().0, nonce };
	let proof = device.sign(&signing_payload(PROOF_OF_POSSESSION, genesis, &body));
	let registration = Registration {
		key: DevicePublicKey::Sr25519(device.public().0),
		proof: DeviceSignature::Sr25519(proof.0),
		nonce,
		class: b"acme/th-200".to_vec(),
		firmware: H256(sp_crypto_hashing::blake2_256(b"firmware 1.0")),
		metadata: b"ipfs://example".to_vec(),
		location: None,
		certificate: None,
	};
	let call = iot::tx().device_registry().register_device(convert(&registration)?);
	let events = send(&api, &call, &owner).await?;
	let id = events
		.find_first::<iot::device_registry::events::DeviceRegistered>()
		.context("no DeviceRegistered event")??
		.device;
	println!("device {id} registered to {}", owner.public_key().to_account_id());

	// 2. Declare stream 1: a temperature in hundredths of a degree (unit code 7), one a minute.
	let call = iot::tx().telemetry_anchor().declare_stream(
		id,
		1,
		BoundedVec(b"temperature".to_vec()),
		7,
		60_000,
	);
	send(&api, &call, &owner).await?;

	// 3. Ten readings, salted so that a guessable value cannot be found from its leaf.
	let start = body.nonce - 10 * 60_000;
	let readings: Vec<Reading> = (0..10u64)
		.map(|i| Reading {
			device: id,
			stream: 1,
			sequence: i,
			timestamp: start + i * 60_000,
			value: ReadingValue::Scalar(2150 + 10 * i as i64),
			salt: Some(rand::random()),
		})
		.collect();
	let batch = Batch::new(readings.clone());
	let header = batch.header(id, 1).context("the stream has no scalar values")?;
	let signature = DeviceSignature::Sr25519(device.sign(&header.signing_payload(genesis)).0);

	// 4. Anchor the root with the device-signed range and summary.
	let range = convert(&(header.range, Some((header.summary, signature))))?;
	let call = iot::tx().telemetry_anchor().anchor_batch(
		convert(&batch.root())?,
		header.leaf_count,
		BoundedVec(vec![range]),
		Some(BoundedVec(b"file://batch.json".to_vec())),
	);
	let events = send(&api, &call, &owner).await?;
	let anchor = events
		.find_first::<iot::telemetry_anchor::events::BatchAnchored>()
		.context("no BatchAnchored event")??
		.anchor;
	println!(
		"batch of {} readings anchored as anchor {anchor}, root {:?}",
		readings.len(),
		batch.root()
	);

	let kept: Vec<String> =
		readings.iter().map(|r| sp_core::bytes::to_hex(&r.encode(), false)).collect();
	std::fs::write(&out, serde_json::json!({ "anchor": anchor, "readings": kept }).to_string())?;
	println!("readings written to {out} (SCALE, hex)");
	Ok(())
}
