//! End to end: the project's `iot_*` JSON-RPC methods answered through `curl` on
//! `iot-node --dev`, and malformed parameters answered with JSON-RPC errors while the node keeps
//! serving. (`iot_verifyReading` with a real proof is in `telemetry_anchor.rs`.)

mod common;

use common::{
	chain::{find, none, submit, Api},
	curl,
	values::u,
	TestNode,
};
use serde_json::{json, Value};
use subxt::{
	dynamic::Value as ScaleValue,
	ext::scale_value::{At, Composite},
};
use subxt_signer::sr25519::dev;

const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
/// A resolution-5 H3 cell.
const CELL: u64 = 0x0852_8347_3fff_ffff;
const BOB: &str = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

fn result(answer: &Value) -> &Value {
	answer.get("result").unwrap_or_else(|| panic!("no result in {answer}"))
}

fn error_code(answer: &Value) -> i64 {
	answer
		.pointer("/error/code")
		.and_then(Value::as_i64)
		.unwrap_or_else(|| panic!("no error in {answer}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn iot_methods_answer_in_json() {
	let node = TestNode::start(&["--dev"]).await;
	let api = Api::from_insecure_url(node.ws_url()).await.expect("subxt connects");
	let alice = dev::alice();

	// The dev devices 0 and 1 belong to Alice.
	let device = curl(&node, "iot_device", json!([0]));
	let device = result(&device);
	assert_eq!(device["owner"], ALICE);
	assert_eq!(device["key"]["kind"], "sr25519");
	assert_eq!(device["status"], "active");
	assert!(device["deposit"].as_str().is_some(), "balances are decimal strings: {device}");
	assert_eq!(*result(&curl(&node, "iot_device", json!([999]))), Value::Null);

	let page = curl(&node, "iot_devicesOf", json!([ALICE, 0]));
	// Storage order, not id order: compare as sets.
	let mut ids: Vec<u64> = serde_json::from_value(result(&page)["devices"].clone()).unwrap();
	let first = ids[0];
	ids.sort();
	assert_eq!(ids, vec![0, 1]);
	assert_eq!((&result(&page)["nextPage"], &result(&page)["after"]), (&json!(null), &json!(null)));
	// The cursor form reads the page after a given id in one call.
	let rest = curl(&node, "iot_devicesOf", json!([ALICE, null, first]));
	assert_eq!(result(&rest)["devices"], json!([1 - first]));
	let alice_hex = format!("0x{}", common::values::hex(&alice.public_key().0));
	assert_eq!(result(&curl(&node, "iot_devicesOf", json!([alice_hex]))), result(&page));
	assert_eq!(result(&curl(&node, "iot_devicesOf", json!([BOB, 0])))["devices"], json!([]));

	// A channel from Alice to Bob.
	let events = submit(
		&api,
		&alice,
		"M2mPayments",
		"open_channel",
		vec![
			ScaleValue::from_bytes(dev::bob().public_key().0),
			ScaleValue::variant("None", Composite::unnamed([])),
			u(10_000_000_000u128),
			u(1_000u32),
		],
	)
	.await;
	let id = find(&events, "M2mPayments", "ChannelOpened")
		.at("channel")
		.and_then(|c| c.as_u128())
		.expect("channel id");
	let channel = curl(&node, "iot_channel", json!([id]));
	let channel = result(&channel);
	assert_eq!((channel["payer"].as_str(), channel["payee"].as_str()), (Some(ALICE), Some(BOB)));
	assert_eq!(channel["deposit"], "10000000000");
	assert_eq!(channel["claimed"], "0");
	assert_eq!(*result(&curl(&node, "iot_channel", json!([id + 1]))), Value::Null);

	// Device 0 as a DePIN node: nothing to claim yet; an unknown node is null.
	assert_eq!(*result(&curl(&node, "iot_pendingReward", json!([0]))), Value::Null);
	submit(
		&api,
		&alice,
		"DepinRewards",
		"register_node",
		vec![u(0u64), ScaleValue::unnamed_variant("Hotspot", []), u(CELL), none(), u(0u8)],
	)
	.await;
	assert_eq!(*result(&curl(&node, "iot_pendingReward", json!([0]))), json!("0"));

	// No anchor 42 exists: the proof cannot verify.
	let reading = json!({
		"device": 0, "stream": 1, "sequence": 7, "timestamp": 1_700_000_000_000u64,
		"value": { "scalar": 8000 }, "salt": "0x000102030405060708090a0b0c0d0e0f"
	});
	let proof = json!({ "leafIndex": 0, "siblings": [format!("0x{}", "11".repeat(32))] });
	let verified = curl(&node, "iot_verifyReading", json!([42, reading, proof]));
	assert_eq!(*result(&verified), json!(false));

	// Malformed parameters: JSON-RPC "invalid params", not a panic or a hang.
	let mut with_bad_salt = reading.clone();
	with_bad_salt["salt"] = json!("0x12");
	for (method, params) in [
		("iot_device", json!(["zero"])),
		("iot_device", json!([])),
		("iot_device", json!([-1])),
		("iot_devicesOf", json!(["not an address", 0])),
		("iot_devicesOf", json!(["0x1234", 0])),
		("iot_devicesOf", json!([ALICE, 1_000_000])),
		("iot_devicesOf", json!([ALICE, 0, 1])),
		("iot_verifyReading", json!([0, { "device": 0 }, proof])),
		("iot_verifyReading", json!([0, reading, { "leafIndex": 0, "siblings": ["0x12"] }])),
		("iot_verifyReading", json!([0, with_bad_salt, proof])),
		("iot_channel", json!([{ "id": 1 }])),
		("iot_pendingReward", json!(["node"])),
	] {
		let answer = curl(&node, method, params.clone());
		assert_eq!(error_code(&answer), -32602, "{method}({params}) -> {answer}");
	}
	// Not even JSON: a parse error.
	let answer = common::curl_raw(&node, "{ not json");
	assert_eq!(error_code(&answer), -32700, "{answer}");
	// Still serving.
	assert!(result(&curl(&node, "system_health", json!([]))).get("peers").is_some());

	node.stop_cleanly();
}
