//! EPCIS import on `iot-node --dev`: the two example documents (every event type between them)
//! are mapped onto the provenance pallet by `iot-gateway epcis import`; every event's Event Hash
//! ID is on chain, recomputed from the document by anyone; a document imported twice, or one
//! with a malformed event, is refused whole, naming the event and field, and changes nothing.

mod common;

use std::path::PathBuf;

use common::*;
use iot_gateway::{chain::Chain, epcis::hash_digest, pipeline::keypair};
use iot_metadata::iot;

fn example(name: &str) -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../epcis/examples").join(name)
}

fn import(url: &str, path: &std::path::Path) -> (bool, String) {
	gateway_once(&[
		"epcis".into(),
		"import".into(),
		path.display().to_string(),
		"--url".into(),
		url.into(),
		"--suri".into(),
		"//Alice".into(),
	])
}

/// The document hashes of every event on chain, in order.
async fn documents(chain: &Chain) -> Vec<[u8; 32]> {
	let at = chain.conn().await.unwrap().api.at_current_block().await.unwrap();
	let next: u64 = at
		.storage()
		.fetch(iot::storage().provenance().next_event_id(), ())
		.await
		.unwrap()
		.decode()
		.unwrap();
	let mut out = Vec::new();
	for id in 0..next {
		let address = iot::storage().provenance().trace_events();
		let event = at.storage().fetch(address, (id,)).await.unwrap().decode().unwrap();
		if let Some(document) = event.document {
			out.push(document.0);
		}
	}
	out
}

#[tokio::test(flavor = "multi_thread")]
async fn epcis_documents_round_trip_through_the_chain() {
	let dir = TempDir::new("epcis");
	let rpc_port = free_port();
	let _node = node(&dir.0.join("node"), rpc_port);
	let url = format!("ws://127.0.0.1:{rpc_port}");
	let chain = Chain::new(&url, keypair("//Alice").unwrap());

	for name in ["farm_to_table.jsonld", "vaccine_cold_chain.jsonld"] {
		let path = example(name);
		let (ok, out) = import(&url, &path);
		assert!(ok, "{name} imports");
		let report: serde_json::Value = serde_json::from_str(&out).expect("a JSON report");
		// Anyone holding the document recomputes each Event Hash ID and finds it on chain.
		let text = std::fs::read_to_string(&path).unwrap();
		let document = iot_epcis::parse_document(&text).expect("the example parses");
		let on_chain = documents(&chain).await;
		for (event, reported) in document.events.iter().zip(report["events"].as_array().unwrap()) {
			assert_eq!(reported["hashId"], event.hash_id.as_str());
			let digest = hash_digest(&event.hash_id).expect("a SHA-256 hash ID");
			assert!(on_chain.contains(&digest), "{name} event {} is on chain", event.index);
		}
		assert_eq!(report["events"].as_array().unwrap().len(), document.events.len());

		// The same document again: its items exist, nothing is sent.
		let before = documents(&chain).await.len();
		let (ok, _) = import(&url, &path);
		assert!(!ok, "{name} imported twice");
		assert_eq!(documents(&chain).await.len(), before);
	}

	// A malformed event refuses the whole document before anything is sent.
	let text = std::fs::read_to_string(example("farm_to_table.jsonld")).unwrap();
	let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
	json["epcisBody"]["eventList"][2]["eventTime"] = serde_json::json!("yesterday");
	let bad = dir.0.join("bad.jsonld");
	std::fs::write(&bad, json.to_string()).unwrap();
	let before = documents(&chain).await.len();
	let out = std::process::Command::new(GATEWAY)
		.args(["epcis", "import", &bad.display().to_string(), "--url", &url, "--suri", "//Alice"])
		.output()
		.unwrap();
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(!out.status.success());
	assert!(stderr.contains("event #2") && stderr.contains("eventList[2].eventTime"), "{stderr}");
	assert_eq!(documents(&chain).await.len(), before);
}
