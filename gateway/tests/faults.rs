//! Faults: the node is stopped mid-stream and restarted, the gateway is killed mid-batch and
//! restarted; afterwards every accepted reading is anchored exactly once.

mod common;

use std::time::Duration;

use common::*;
use iot_gateway::{chain::Chain, keys::DeviceKey, pipeline::keypair};

const DEVICES: usize = 3;
const PER_DEVICE: u64 = 1_000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn node_outage_and_gateway_crash_lose_nothing_and_anchor_nothing_twice() {
	let dir = TempDir::new("faults");
	let (_broker, mqtt_port) = broker(&dir.0);
	let rpc_port = free_port();
	let base = dir.0.join("node");
	let mut node_process = node(&base, rpc_port);
	let url = format!("ws://127.0.0.1:{rpc_port}");
	let chain = Chain::new(&url, keypair("//Alice").unwrap());
	let genesis = chain.genesis().await.expect("node answers");
	let (manifest, keys) = manifest(&dir.0, "fault-sensor", DEVICES);
	let ids = register(&url, &manifest);
	let keys: Vec<_> = keys.iter().map(|k| DeviceKey::from_spec(k).unwrap()).collect();

	let http = format!("127.0.0.1:{}", free_port());
	let mqtt = format!("127.0.0.1:{mqtt_port}");
	let batching = ["--batch-size", "100", "--batch-ms", "200", "--in-flight", "4"];
	let gateway_args = run_args(&url, &dir.0, &http, &[&["--mqtt", &mqtt][..], &batching].concat());
	let start_gateway = |n: usize| {
		Process::spawn(
			std::path::Path::new(GATEWAY),
			&gateway_args,
			dir.0.join(format!("gateway-{n}.log")),
		)
	};
	let mut gateway = start_gateway(0);
	wait_for_gateway(&http).await;

	// Devices publish 3,000 readings over about 15 s.
	let messages = interleaved(&keys, &ids, genesis, PER_DEVICE);
	let publisher = tokio::spawn(publish(
		mqtt_port,
		"fault-devices",
		messages,
		Some((100, Duration::from_millis(500))),
	));

	// The node stops mid-stream and comes back 4 s later with the same database.
	tokio::time::sleep(Duration::from_secs(3)).await;
	node_process.stop();
	let during_outage = metric(&http, "iot_gateway_readings_accepted_total ").unwrap_or(0);
	tokio::time::sleep(Duration::from_secs(4)).await;
	let after_outage = metric(&http, "iot_gateway_readings_accepted_total ").unwrap_or(0);
	assert!(after_outage > during_outage, "readings are spooled while the node is down");
	let log = gateway.log.clone();
	let submitted = move || {
		std::fs::read_to_string(&log).unwrap_or_default().matches("anchor submitted").count()
	};
	let before_restart = submitted();
	node_process = node(&base, rpc_port);
	let chain = Chain::new(&url, keypair("//Alice").unwrap());

	// The gateway is killed once it sends anchors again, and restarted.
	eventually(Duration::from_secs(60), "anchors sent after the outage", async || {
		submitted() > before_restart
	})
	.await;
	gateway.kill();
	tokio::time::sleep(Duration::from_secs(1)).await;
	let _gateway = start_gateway(1);
	publisher.await.expect("every reading reached the broker");

	// Every reading is anchored exactly once: each stream holds all of its readings with no
	// gap, and the anchors' leaves add up to the readings published.
	let total = DEVICES as u64 * PER_DEVICE;
	eventually(Duration::from_secs(240), "all readings anchored", async || {
		let mut all = true;
		for id in &ids {
			all &= stream_counts(&chain, *id).await.0 == PER_DEVICE;
		}
		all
	})
	.await;
	for id in &ids {
		assert_eq!(stream_counts(&chain, *id).await, (PER_DEVICE, 0), "device {id}");
	}
	assert_eq!(anchored_leaves(&chain).await, total);
	eventually(Duration::from_secs(30), "the spool drained", async || {
		metric(&http, "iot_gateway_spool_open_batches ") == Some(0)
			&& metric(&http, "iot_gateway_spool_pending_readings ") == Some(0)
	})
	.await;
	drop(node_process);
}
