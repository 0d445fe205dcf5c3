//! Acceptance: 10,000 device-signed readings from 10 devices, published to a real mosquitto
//! broker, are all anchored on a real `iot-node --dev`; three proofs verify on chain; forged
//! readings are refused with their reason.

mod common;

use std::time::Duration;

use common::*;
use iot_gateway::{chain::Chain, keys::DeviceKey, pipeline::keypair, wire::ProofJson};
use sp_core::H256;

const DEVICES: usize = 10;
const PER_DEVICE: u64 = 1_000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_signed_readings_over_mqtt_are_anchored_and_proven() {
	let dir = TempDir::new("mqtt");
	let (_broker, mqtt_port) = broker(&dir.0);
	let rpc_port = free_port();
	let _node = node(&dir.0.join("node"), rpc_port);
	let url = format!("ws://127.0.0.1:{rpc_port}");
	let chain = Chain::new(&url, keypair("//Alice").unwrap());
	let genesis: H256 = chain.genesis().await.expect("node answers");

	// Given ten devices onboarded from a manifest.
	let (manifest, keys) = manifest(&dir.0, "mqtt-sensor", DEVICES);
	let ids = register(&url, &manifest);
	assert_eq!(ids.len(), DEVICES);
	let keys: Vec<_> = keys.iter().map(|k| DeviceKey::from_spec(k).unwrap()).collect();
	let again = register(&url, &manifest);
	assert_eq!(again, ids, "a manifest applied again registers nothing new");

	// And a gateway on MQTT and HTTP.
	let http = format!("127.0.0.1:{}", free_port());
	let gateway = Process::spawn(
		std::path::Path::new(GATEWAY),
		&run_args(
			&url,
			&dir.0,
			&http,
			&[
				"--mqtt",
				&format!("127.0.0.1:{mqtt_port}"),
				"--topic",
				"iot/+/readings",
				"--batch-size",
				"1000",
				"--batch-ms",
				"500",
			],
		),
		dir.0.join("gateway.log"),
	);
	wait_for_gateway(&http).await;

	// When the devices publish 10,000 signed readings, interleaved.
	let mut messages = interleaved(&keys, &ids, genesis, PER_DEVICE);
	// And one forged reading: device 0's next sequence, signed by another key.
	let forger = DeviceKey::from_spec("sr25519://forger").unwrap();
	messages.push((
		format!("iot/{}/readings", ids[0]),
		signed_reading(&forger, genesis, ids[0], PER_DEVICE),
	));
	publish(mqtt_port, "mqtt-test-devices", messages, None).await;

	// Then every genuine reading is anchored.
	let anchored_line = "iot_gateway_readings_anchored_total ";
	eventually(Duration::from_secs(240), "10,000 readings anchored", async || {
		metric(&http, anchored_line) == Some(DEVICES as u64 * PER_DEVICE)
	})
	.await;
	for id in &ids {
		assert_eq!(
			stream_counts(&chain, *id).await,
			(PER_DEVICE, 0),
			"device {id}: all anchored, none missing"
		);
	}
	assert_eq!(anchored_leaves(&chain).await, DEVICES as u64 * PER_DEVICE);

	// And the forged reading was refused with its reason, over MQTT and over HTTP.
	let forged = signed_reading(&forger, genesis, ids[1], PER_DEVICE);
	let (status, body) = curl(&[
		"-X",
		"POST",
		"-H",
		"Content-Type: application/json",
		"--data-binary",
		std::str::from_utf8(&forged).unwrap(),
		&format!("http://{http}/readings"),
	]);
	assert_eq!(status, 422, "{body}");
	assert!(body.contains("\"reason\":\"bad_signature\""), "{body}");
	let duplicate = signed_reading(&keys[2], genesis, ids[2], PER_DEVICE - 1);
	let (status, body) = curl(&[
		"-X",
		"POST",
		"--data-binary",
		std::str::from_utf8(&duplicate).unwrap(),
		&format!("http://{http}/readings"),
	]);
	assert_eq!(status, 422);
	assert!(body.contains("\"reason\":\"duplicate\""), "{body}");
	assert_eq!(
		metric(&http, "iot_gateway_readings_refused_total{reason=\"bad_signature\"} "),
		Some(2)
	);
	assert_eq!(
		metric(&http, "iot_gateway_readings_accepted_total "),
		Some(DEVICES as u64 * PER_DEVICE)
	);
	let log = std::fs::read_to_string(&gateway.log).unwrap();
	assert!(
		log.contains("reading refused") && log.contains("bad signature"),
		"the refusal is logged"
	);

	// And three readings' proofs, served by the gateway, verify on chain.
	for (device, sequence) in [(ids[0], 0), (ids[4], 517), (ids[9], PER_DEVICE - 1)] {
		let (status, body) = curl(&[&format!("http://{http}/proof/{device}/0/{sequence}")]);
		assert_eq!(status, 200, "{body}");
		let file = dir.0.join(format!("proof-{device}-{sequence}.json"));
		std::fs::write(&file, &body).unwrap();
		let (ok, out) = gateway_once(&[
			"verify".into(),
			"--url".into(),
			url.clone(),
			file.display().to_string(),
		]);
		assert!(ok && out.contains("\"verified\":true"), "{out}");

		// A tampered copy does not.
		let mut proof: ProofJson = serde_json::from_str(&body).unwrap();
		proof.reading.timestamp += 1;
		std::fs::write(&file, serde_json::to_string(&proof).unwrap()).unwrap();
		let (ok, out) = gateway_once(&[
			"verify".into(),
			"--url".into(),
			url.clone(),
			file.display().to_string(),
		]);
		assert!(!ok && out.contains("\"verified\":false"), "{out}");
	}
	let (status, _) = curl(&[&format!("http://{http}/proof/{}/0/{}", ids[0], PER_DEVICE + 7)]);
	assert_eq!(status, 404);
	drop(gateway);
}
