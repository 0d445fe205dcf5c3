//! End to end on `iot-node --dev`: a batch of 100,000 readings is built off chain, signed by the
//! device (//One, a development device of Alice) and anchored in one transaction; three readings
//! are verified through the `TelemetryApi` runtime API over JSON-RPC (`state_call`), a tampered one
//! is refused, and one reading is attested on chain. The device then acts for itself.

mod common;

use common::{
	chain::{find, some, submit, variant, Api},
	curl,
	values::{hex, range_value, reading_value, state_call, summary_value, u},
	TestNode,
};
use iot_primitives::telemetry::{Batch, Reading, ReadingProof, ReadingValue};
use sp_core::{sr25519, Pair, H256};
use subxt::{dynamic::Value, ext::scale_value::At, rpcs::RpcClient};
use subxt_signer::sr25519::dev;

/// The development device whose key is `//One` (id 0, owned by Alice).
const DEVICE: u64 = 0;
const STREAM: u16 = 1;
const READINGS: u64 = 100_000;

/// Cold-chain temperatures in milli-degrees, one a minute, each leaf salted.
fn readings() -> Vec<Reading> {
	(0..READINGS)
		.map(|i| Reading {
			device: DEVICE,
			stream: STREAM,
			sequence: i + 1,
			timestamp: 1_780_000_000_000 + i * 60_000,
			value: ReadingValue::Scalar(2_000 + (i % 5_000) as i64),
			salt: Some(sp_crypto_hashing::blake2_128(&i.to_le_bytes())),
		})
		.collect()
}

/// `TelemetryApi::verify_reading` at the best block, through `state_call`.
async fn verify(rpc: &RpcClient, anchor: u64, reading: &Reading, proof: &ReadingProof) -> bool {
	state_call(rpc, "TelemetryApi_verify_reading", (anchor, reading, proof)).await
}

#[tokio::test(flavor = "multi_thread")]
async fn anchor_a_100k_batch_then_verify_and_attest_readings() {
	let node = TestNode::start(&["--dev"]).await;
	let api = Api::from_insecure_url(node.ws_url()).await.expect("subxt connects");
	let rpc = node.rpc().await;
	let genesis = H256(api.genesis_hash().0);
	let alice = dev::alice();

	submit(
		&api,
		&alice,
		"TelemetryAnchor",
		"declare_stream",
		vec![u(DEVICE), u(STREAM), Value::from_bytes(b"temperature"), u(1u32), u(60_000u64)],
	)
	.await;

	let batch = Batch::new(readings());
	let header = batch.header(DEVICE, STREAM).expect("one stream");
	assert_eq!(header.range.count as u64, READINGS);
	let device_key = sr25519::Pair::from_string("//One", None).unwrap();
	let signature = device_key.sign(&header.signing_payload(genesis));
	let signed_summary = Value::unnamed_composite([
		summary_value(&header.summary),
		variant("Sr25519", &signature.0),
	]);
	let range = Value::named_composite([
		("range", range_value(&header.range)),
		("signed_summary", some(signed_summary)),
	]);
	let events = submit(
		&api,
		&alice,
		"TelemetryAnchor",
		"anchor_batch",
		vec![
			Value::from_bytes(batch.root().0),
			u(READINGS),
			Value::unnamed_composite([range]),
			some(Value::from_bytes(b"ipfs://bafy-e2e-batch")),
		],
	)
	.await;
	let anchored = find(&events, "TelemetryAnchor", "BatchAnchored");
	let anchor = anchored.at("anchor").and_then(|a| a.as_u128()).expect("anchor id") as u64;
	assert_eq!(anchored.at("leaf_count").and_then(|c| c.as_u128()), Some(READINGS as u128));

	for index in [0u32, 54_321, (READINGS - 1) as u32] {
		let reading = &batch.readings()[index as usize];
		let proof = batch.proof(index).unwrap();
		assert!(verify(&rpc, anchor, reading, &proof).await, "reading {index} verifies");
	}
	let proof = batch.proof(7).unwrap();
	let tampered = Reading { value: ReadingValue::Scalar(-40_000), ..batch.readings()[7].clone() };
	assert!(!verify(&rpc, anchor, &tampered, &proof).await, "a tampered reading is refused");
	assert!(!verify(&rpc, anchor + 1, &batch.readings()[7], &proof).await, "no such anchor");

	// The same through the project's JSON-RPC, in plain JSON with `curl`.
	let as_json = |r: &Reading, p: &ReadingProof| {
		let ReadingValue::Scalar(value) = r.value else { panic!("scalar readings") };
		let siblings: Vec<String> = p.siblings.iter().map(|h| format!("0x{}", hex(&h.0))).collect();
		serde_json::json!([
			anchor,
			{
				"device": r.device, "stream": r.stream, "sequence": r.sequence,
				"timestamp": r.timestamp, "value": { "scalar": value },
				"salt": r.salt.map(|s| format!("0x{}", hex(&s))),
			},
			{ "leafIndex": p.leaf_index, "siblings": siblings },
		])
	};
	let answer = curl(&node, "iot_verifyReading", as_json(&batch.readings()[7], &proof));
	assert_eq!(answer["result"], serde_json::json!(true), "{answer}");
	let answer = curl(&node, "iot_verifyReading", as_json(&tampered, &proof));
	assert_eq!(answer["result"], serde_json::json!(false), "{answer}");

	let reading = &batch.readings()[54_321];
	let proof = batch.proof(54_321).unwrap();
	let siblings: Vec<Value> = proof.siblings.iter().map(|h| Value::from_bytes(h.0)).collect();
	let events = submit(
		&api,
		&alice,
		"TelemetryAnchor",
		"attest_reading",
		vec![
			u(anchor),
			reading_value(reading),
			u(proof.leaf_index),
			Value::unnamed_composite(siblings),
		],
	)
	.await;
	let attested = find(&events, "TelemetryAnchor", "ReadingAttested");
	let sequence = attested.at("reading").and_then(|r| r.at("sequence")).and_then(|s| s.as_u128());
	assert_eq!(sequence, Some(reading.sequence as u128));

	// The device itself (the account of its sr25519 key //One) may report for itself: funded by
	// Alice, it declares a second stream with its own signature.
	let one = dev::one();
	submit(
		&api,
		&alice,
		"Balances",
		"transfer_keep_alive",
		vec![
			Value::unnamed_variant("Id", [Value::from_bytes(one.public_key().0)]),
			u(10u128.pow(12)),
		],
	)
	.await;
	let events = submit(
		&api,
		&one,
		"TelemetryAnchor",
		"declare_stream",
		vec![u(DEVICE), u(2u16), Value::from_bytes(b"humidity"), u(2u32), u(60_000u64)],
	)
	.await;
	let declared = find(&events, "TelemetryAnchor", "StreamDeclared");
	assert_eq!(declared.at("stream").and_then(|s| s.as_u128()), Some(2));

	node.stop_cleanly();
}
