//! End to end: two validators on `--chain local` (Alice and Bob, each on its own temporary base
//! path) peer, produce blocks with Aura and finalize them with GRANDPA.

mod common;

use std::time::{Duration, Instant};

use common::TestNode;
use subxt::rpcs::{rpc_params, RpcClient};

async fn finalized_number(rpc: &RpcClient) -> u64 {
	let hash: String = rpc.request("chain_getFinalizedHead", rpc_params![]).await.unwrap();
	let header: serde_json::Value =
		rpc.request("chain_getHeader", rpc_params![hash]).await.unwrap();
	let number = header["number"].as_str().expect("hex block number");
	u64::from_str_radix(number.trim_start_matches("0x"), 16).unwrap()
}

async fn block_hash(rpc: &RpcClient, number: u64) -> String {
	rpc.request("chain_getBlockHash", rpc_params![number]).await.unwrap()
}

/// The slot of an Aura pre-runtime digest item: `0x06`, `aura`, compact length 8, slot (u64 LE).
fn aura_slot(log_hex: &str) -> u64 {
	let prefix = "0x0661757261" /* PreRuntime + b"aura" */;
	let rest = log_hex.strip_prefix(prefix).expect("an Aura pre-runtime digest");
	let slot_hex = rest.strip_prefix("20").expect("8 bytes of slot");
	let bytes: Vec<u8> =
		(0..8).map(|i| u8::from_str_radix(&slot_hex[2 * i..2 * i + 2], 16).unwrap()).collect();
	u64::from_le_bytes(bytes.try_into().unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn alice_and_bob_produce_and_finalize_blocks() {
	// Validators need a persistent network key; fixed test keys keep the peer ids stable.
	let alice = TestNode::start(&[
		"--chain",
		"local",
		"--alice",
		"--node-key",
		"0000000000000000000000000000000000000000000000000000000000000001",
	])
	.await;
	let alice_rpc = alice.rpc().await;
	let alice_peer: String = alice_rpc.request("system_localPeerId", rpc_params![]).await.unwrap();
	let bootnode = format!("/ip4/127.0.0.1/tcp/{}/p2p/{alice_peer}", alice.p2p_port);
	let bob = TestNode::start(&[
		"--chain",
		"local",
		"--bob",
		"--node-key",
		"0000000000000000000000000000000000000000000000000000000000000002",
		"--bootnodes",
		&bootnode,
	])
	.await;
	let bob_rpc = bob.rpc().await;

	let target = 4;
	let deadline = Instant::now() + Duration::from_secs(150);
	loop {
		let (a, b) = (finalized_number(&alice_rpc).await, finalized_number(&bob_rpc).await);
		if a >= target && b >= target {
			break;
		}
		assert!(Instant::now() < deadline, "finality stuck: alice at #{a}, bob at #{b}");
		tokio::time::sleep(Duration::from_secs(1)).await;
	}

	let health: serde_json::Value = bob_rpc.request("system_health", rpc_params![]).await.unwrap();
	assert!(health["peers"].as_u64().unwrap() >= 1, "bob has no peers: {health}");
	for n in 1..=target {
		assert_eq!(
			block_hash(&alice_rpc, n).await,
			block_hash(&bob_rpc, n).await,
			"both nodes finalized the same block #{n}"
		);
	}
	// Both validators authored: Aura gives even slots to Alice and odd ones to Bob.
	let mut parities = std::collections::HashSet::new();
	for n in 1..=target {
		let hash = block_hash(&alice_rpc, n).await;
		let header: serde_json::Value =
			alice_rpc.request("chain_getHeader", rpc_params![hash]).await.unwrap();
		parities.insert(aura_slot(header["digest"]["logs"][0].as_str().unwrap()) % 2);
	}
	assert_eq!(parities.len(), 2, "both Alice and Bob authored blocks #1..#{target}");

	bob.stop_cleanly();
	alice.stop_cleanly();
}
