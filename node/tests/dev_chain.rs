//! End to end: the built `iot-node --dev` serves JSON-RPC, takes a signed transfer from subxt,
//! seals and finalizes it, and shuts down cleanly. Bad input gets clear errors.

mod common;

use std::time::Instant;

use common::{TestNode, NODE};
use subxt::{
	dynamic::{self, Value},
	ext::scale_value::At,
	rpcs::rpc_params,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::dev;

async fn free_balance(
	api: &OnlineClient<PolkadotConfig>,
	at: subxt::config::substrate::H256,
	who: [u8; 32],
) -> u128 {
	let address = dynamic::storage::<([u8; 32],), Value>("System", "Account");
	let account = api
		.at_block(at)
		.await
		.expect("block exists")
		.storage()
		.fetch(address, (who,))
		.await
		.expect("account exists")
		.decode()
		.expect("account decodes");
	account.at("data").at("free").and_then(|v| v.as_u128()).expect("AccountInfo has data.free")
}

#[tokio::test(flavor = "multi_thread")]
async fn transfer_is_sealed_and_finalized_on_the_dev_chain() {
	let node = TestNode::start(&["--dev"]).await;
	let api = OnlineClient::<PolkadotConfig>::from_insecure_url(node.ws_url())
		.await
		.expect("subxt connects");

	let bob: [u8; 32] = dev::bob().public_key().0;
	let before = free_balance(&api, api.at_current_block().await.unwrap().block_hash(), bob).await;

	let amount: u128 = 1_234_567_890_000;
	let transfer = dynamic::transaction(
		"Balances",
		"transfer_keep_alive",
		(dev::bob().public_key().to_address::<()>(), amount),
	);
	let started = Instant::now();
	let in_block = api
		.at_current_block()
		.await
		.unwrap()
		.transactions()
		.sign_and_submit_then_watch_default(&transfer, &dev::alice())
		.await
		.expect("the node accepts the transfer")
		.wait_for_finalized()
		.await
		.expect("the transfer is finalized");
	let latency = started.elapsed();
	let events = in_block.wait_for_success().await.expect("the transfer succeeds");
	println!("transfer submitted -> finalized in {latency:?}");

	assert!(
		events
			.iter()
			.flatten()
			.any(|e| e.pallet_name() == "Balances" && e.event_name() == "Transfer"),
		"a Balances.Transfer event is emitted"
	);
	let after = free_balance(&api, in_block.block_hash(), bob).await;
	assert_eq!(after - before, amount, "Bob received exactly the amount sent");

	node.stop_cleanly();
}

#[tokio::test(flavor = "multi_thread")]
async fn chain_properties_and_bad_extrinsics_over_rpc() {
	let node = TestNode::start(&["--dev"]).await;
	let rpc = node.rpc().await;

	let chain: String = rpc.request("system_chain", rpc_params![]).await.unwrap();
	assert_eq!(chain, "IoT Development");
	let props: serde_json::Value = rpc.request("system_properties", rpc_params![]).await.unwrap();
	assert_eq!(props["tokenSymbol"], "IOT");
	assert_eq!(props["tokenDecimals"], 12);
	assert_eq!(props["ss58Format"], 42);

	// Not an extrinsic at all: refused with a decode error, and the node keeps running.
	let err = rpc
		.request::<String>("author_submitExtrinsic", rpc_params!["0x1234"])
		.await
		.expect_err("garbage is refused");
	assert!(err.to_string().to_lowercase().contains("decod"), "unexpected error: {err}");

	let health: serde_json::Value = rpc.request("system_health", rpc_params![]).await.unwrap();
	assert_eq!(health["isSyncing"], false);

	node.stop_cleanly();
}

#[tokio::test(flavor = "multi_thread")]
async fn manual_sealing_makes_blocks_only_when_asked() {
	let node = TestNode::start(&["--dev", "--sealing", "manual"]).await;
	let rpc = node.rpc().await;

	let header: serde_json::Value = rpc.request("chain_getHeader", rpc_params![]).await.unwrap();
	assert_eq!(header["number"], "0x0");

	let created: serde_json::Value =
		rpc.request("engine_createBlock", rpc_params![true, true]).await.unwrap();
	assert!(created["hash"].is_string());
	let finalized: String = rpc.request("chain_getFinalizedHead", rpc_params![]).await.unwrap();
	assert_eq!(serde_json::Value::String(finalized), created["hash"]);

	node.stop_cleanly();
}

#[test]
fn unknown_chain_is_a_clear_error() {
	let out = std::process::Command::new(NODE)
		.args(["--chain", "nonexistent", "--tmp"])
		.output()
		.expect("the node runs");
	assert!(!out.status.success());
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(stderr.contains("unknown chain `nonexistent`"), "stderr: {stderr}");
	assert!(!stderr.contains("panicked"), "stderr: {stderr}");
}

#[test]
fn bad_sealing_mode_is_a_clear_error() {
	let out = std::process::Command::new(NODE)
		.args(["--dev", "--tmp", "--sealing", "sometimes"])
		.output()
		.expect("the node runs");
	assert!(!out.status.success());
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(stderr.contains("not a sealing mode"), "stderr: {stderr}");
}

#[test]
fn export_chain_spec_carries_the_token_properties() {
	let out = std::process::Command::new(NODE)
		.args(["export-chain-spec", "--chain", "local"])
		.output()
		.expect("the node runs");
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let spec: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON chain spec");
	assert_eq!(spec["id"], "iot_local_testnet");
	assert_eq!(spec["properties"]["tokenSymbol"], "IOT");
}

const PRODUCTION_EXAMPLE: &str =
	concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/examples/production-genesis.json");

fn export_spec(chain: &str, raw: bool) -> std::process::Output {
	let mut args = vec!["export-chain-spec", "--chain", chain];
	if raw {
		args.push("--raw");
	}
	std::process::Command::new(NODE).args(args).output().expect("the node runs")
}

#[test]
fn production_spec_is_built_from_the_operator_file() {
	let chain = format!("production:{PRODUCTION_EXAMPLE}");
	let out = export_spec(&chain, false);
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let spec: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON chain spec");
	assert_eq!((&spec["id"], &spec["chainType"]), (&"iot".into(), &"Live".into()));
	let example: serde_json::Value =
		serde_json::from_slice(&std::fs::read(PRODUCTION_EXAMPLE).unwrap()).unwrap();
	let genesis = &spec["genesis"]["runtimeGenesis"]["patch"];
	assert_eq!(genesis["sudo"]["key"], example["sudo"]);
	assert_eq!(genesis["depinRewards"]["oracles"], example["oracles"]);
	assert_eq!(genesis["depinRewards"]["requireCertified"], true);
	// The runtime's wasm builds the genesis state from it.
	let raw = export_spec(&chain, true);
	assert!(raw.status.success(), "{}", String::from_utf8_lossy(&raw.stderr));
}

#[test]
fn production_spec_refuses_a_dev_key() {
	let mut file: serde_json::Value =
		serde_json::from_slice(&std::fs::read(PRODUCTION_EXAMPLE).unwrap()).unwrap();
	file["sudo"] = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY".into(); // //Alice
	let path = std::env::temp_dir().join(format!("iot-operator-{}.json", std::process::id()));
	std::fs::write(&path, serde_json::to_vec(&file).unwrap()).unwrap();
	let out = export_spec(&format!("production:{}", path.display()), false);
	let _ = std::fs::remove_file(&path);
	assert!(!out.status.success());
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(stderr.contains("`sudo` is 5Grwva"), "stderr: {stderr}");
	assert!(stderr.contains("well-known development key //Alice"), "stderr: {stderr}");
}
