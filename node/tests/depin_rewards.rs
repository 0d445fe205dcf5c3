//! End to end on `iot-node --dev`: Alice registers her development device as a hotspot and bonds
//! the minimum stake, telemetry the device signed is anchored (which makes it live, with no
//! transaction of its own; an unsigned anchor of the owner does not), the hourly epoch
//! ends, two of the three development oracles attest the epoch's reward root, and after the
//! challenge window the node claims its oracle reward with a Merkle proof and its liveness
//! credit.

mod common;

use common::{
	chain::{find, some, submit, variant, Api},
	values::{range_value, state_call, summary_value, u},
	TestNode,
};
use iot_primitives::{
	currency::UNIT,
	rewards::RewardTree,
	telemetry::{Batch, Reading, ReadingValue},
};
use sp_core::{sr25519, Pair};
use subxt::{
	config::substrate::H256,
	dynamic::{self, Value},
	ext::scale_value::{At, Composite},
	rpcs::{rpc_params, RpcClient},
};
use subxt_signer::sr25519::dev;

/// The development device whose key is `//One` (id 0, owned by Alice).
const NODE: u64 = 0;
/// An H3 cell at resolution 5 (San Francisco).
const CELL: u64 = 0x0852_8347_3fff_ffff;
/// Blocks per epoch and of the challenge window, as the runtime sets them.
const EPOCH: u32 = 600;
const CHALLENGE_WINDOW: u32 = 100;

fn none() -> Value {
	Value::variant("None", Composite::unnamed([]))
}

/// Seals `count` empty blocks and returns the hash of the last.
async fn seal_blocks(rpc: &RpcClient, count: u32) -> H256 {
	let mut last = None;
	for _ in 0..count {
		let sealed: serde_json::Value =
			rpc.request("engine_createBlock", rpc_params![true, true]).await.expect("sealed");
		last = sealed["hash"].as_str().map(|h| h.parse::<H256>().expect("a block hash"));
	}
	last.expect("at least one block")
}

/// `anchor_batch`'s arguments for `batch` with its one range.
fn anchor(batch: &Batch, range: Value) -> Vec<Value> {
	vec![
		Value::from_bytes(batch.root().0),
		u(batch.leaf_count().unwrap()),
		Value::unnamed_composite([range]),
		none(),
	]
}

async fn best_number(api: &Api) -> u32 {
	api.at_current_block().await.unwrap().block_number() as u32
}

/// A field of the `DepinRewards.Epochs` record stored at block `at`.
async fn epoch_field(api: &Api, at: H256, epoch: u32, field: &str) -> u128 {
	let address = dynamic::storage::<(u32,), Value>("DepinRewards", "Epochs");
	let record = api
		.at_block(at)
		.await
		.expect("the block is known")
		.storage()
		.fetch(address, (epoch,))
		.await
		.expect("the epoch ended")
		.decode()
		.expect("the record decodes");
	record.at(field).and_then(|v| v.as_u128()).unwrap_or_else(|| panic!("no {field}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_live_node_is_paid_by_liveness_and_by_the_oracles_root() {
	let node = TestNode::start(&["--dev"]).await;
	let api = Api::from_insecure_url(node.ws_url()).await.expect("subxt connects");
	let rpc = node.rpc().await;
	let (alice, bob) = (dev::alice(), dev::bob());

	let events = submit(
		&api,
		&alice,
		"DepinRewards",
		"register_node",
		vec![u(NODE), Value::unnamed_variant("Hotspot", []), u(CELL), none(), u(0u8)],
	)
	.await;
	find(&events, "DepinRewards", "NodeRegistered");
	// The runtime's `MinNodeStake`: liveness is shared by stake, and a node without it is never
	// live.
	submit(&api, &alice, "DepinRewards", "bond", vec![u(NODE), u(10 * UNIT)]).await;

	// The device's gateway anchors a batch: the node is live in this epoch.
	submit(
		&api,
		&alice,
		"TelemetryAnchor",
		"declare_stream",
		vec![u(NODE), u(1u16), Value::from_bytes(b"rssi"), u(7u32), u(60_000u64)],
	)
	.await;
	let readings = (1..=100u64)
		.map(|n| Reading {
			device: NODE,
			stream: 1,
			sequence: n,
			timestamp: 1_780_000_000_000 + n * 60_000,
			value: ReadingValue::Scalar(-70 - (n % 20) as i64),
			salt: Some([n as u8; 16]),
		})
		.collect();
	let batch = Batch::new(readings);
	// Alice's own unsigned anchor of the batch keeps the node not live.
	let unsigned = Value::named_composite([
		("range", range_value(&batch.ranges()[0])),
		("signed_summary", none()),
	]);
	let events =
		submit(&api, &alice, "TelemetryAnchor", "anchor_batch", anchor(&batch, unsigned)).await;
	assert!(!events.iter().any(|(_, e, _)| e == "NodeLive"), "unsigned: not live");
	let later: Vec<Reading> = batch
		.readings()
		.iter()
		.map(|r| Reading {
			sequence: r.sequence + 100,
			timestamp: r.timestamp + 6_000_000,
			..r.clone()
		})
		.collect();
	let batch = Batch::new(later);
	let header = batch.header(NODE, 1).expect("one stream");
	let device_key = sr25519::Pair::from_string("//One", None).unwrap();
	let genesis = sp_core::H256(api.genesis_hash().0);
	let signature = device_key.sign(&header.signing_payload(genesis));
	let signed = Value::named_composite([
		("range", range_value(&header.range)),
		(
			"signed_summary",
			some(Value::unnamed_composite([
				summary_value(&header.summary),
				variant("Sr25519", &signature.0),
			])),
		),
	]);
	let events =
		submit(&api, &alice, "TelemetryAnchor", "anchor_batch", anchor(&batch, signed)).await;
	let live = find(&events, "DepinRewards", "NodeLive");
	assert_eq!(live.at("epoch").and_then(|e| e.as_u128()), Some(0));

	// The hour ends: its pool is minted, 30 % for liveness, the rest for the oracles' root.
	let now = best_number(&api).await;
	let ended = seal_blocks(&rpc, EPOCH - now).await;
	let liveness_pool = epoch_field(&api, ended, 0, "liveness_pool").await;
	let oracle_pool = epoch_field(&api, ended, 0, "oracle_pool").await;
	assert!(liveness_pool > 0 && oracle_pool > liveness_pool);
	let pending: Option<u128> = state_call(&rpc, "RewardsApi_pending_reward", NODE).await;
	assert_eq!(pending, Some(liveness_pool), "the only live node holds all the live stake");

	// Two of the three oracles attest the root over what the only node earned for its owner.
	let owner = alice.public_key().0;
	let tree = RewardTree::new(&[(NODE, owner, oracle_pool)]);
	for oracle in [&alice, &bob] {
		submit(
			&api,
			oracle,
			"DepinRewards",
			"attest_root",
			vec![u(0u32), Value::from_bytes(tree.root().0), u(tree.len()), u(oracle_pool)],
		)
		.await;
	}
	seal_blocks(&rpc, CHALLENGE_WINDOW + 1).await;

	let proof: Vec<Value> = tree.proof(0).unwrap().iter().map(|h| Value::from_bytes(h.0)).collect();
	let events = submit(
		&api,
		&alice,
		"DepinRewards",
		"claim",
		vec![
			u(NODE),
			Value::from_bytes(owner),
			u(0u32),
			u(oracle_pool),
			u(0u32),
			Value::unnamed_composite(proof),
		],
	)
	.await;
	let claimed = find(&events, "DepinRewards", "RewardClaimed");
	assert_eq!(claimed.at("to_owner").and_then(|v| v.as_u128()), Some(oracle_pool));

	let events = submit(&api, &alice, "DepinRewards", "claim_liveness", vec![u(NODE)]).await;
	let claimed = find(&events, "DepinRewards", "LivenessClaimed");
	assert_eq!(claimed.at("to_owner").and_then(|v| v.as_u128()), Some(liveness_pool));

	node.stop_cleanly();
}
