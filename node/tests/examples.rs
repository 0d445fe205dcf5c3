//! The examples a user copies (`examples/`), run against a real `iot-node --dev` so they cannot
//! rot: TypeScript on `@iot-chain/client` (onboard a device and anchor readings, verify a
//! reading, pay with vouchers, claim rewards), Rust on subxt and `iot-metadata` (the first two),
//! and Python on substrate-interface (read a device, verify a reading with `iot_verifyReading`).
//! `./scripts/test.sh` builds the TypeScript (npm workspace) and installs the Python packages
//! (a venv under ~/.cache/iot-chain) before it runs this.

mod common;

use std::{
	path::{Path, PathBuf},
	process::Command,
};

use common::{TestNode, NODE};

fn repo() -> PathBuf {
	Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `program` with `args` from the repository's root and asserts it succeeds.
fn run(program: &Path, args: &[&str]) {
	assert!(
		program.exists(),
		"{} is missing: run ./scripts/test.sh (it builds every example)",
		program.display()
	);
	let output =
		Command::new(program).args(args).current_dir(repo()).output().expect("the example starts");
	let stdout = String::from_utf8_lossy(&output.stdout);
	print!("{stdout}");
	assert!(
		output.status.success(),
		"{} {args:?} failed ({}):\n{stdout}\n{}",
		program.display(),
		output.status,
		String::from_utf8_lossy(&output.stderr)
	);
}

fn node_js(example: &str, args: &[&str]) {
	let script = repo().join(format!("examples/ts/dist/src/{example}.js"));
	let script = script.to_str().expect("a UTF-8 path");
	run(Path::new("/usr/bin/env"), &[&["node", script][..], args].concat());
}

#[tokio::test(flavor = "multi_thread")]
async fn every_example_runs_against_a_dev_node() {
	let node = TestNode::start(&["--dev"]).await;
	let url = node.ws_url();
	let dir = std::env::temp_dir().join(format!("iot-examples-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("a scratch directory");
	let proofs = dir.join("proofs.json");
	let proofs = proofs.to_str().expect("a UTF-8 path");

	node_js("onboard-and-anchor", &[&url, proofs]);
	node_js("verify-reading", &[&url, proofs, "3"]);
	node_js("pay-with-vouchers", &[&url]);

	// The Rust examples are built next to the node by the workspace build.
	let bins = Path::new(NODE).parent().expect("the target directory");
	let batch = dir.join("batch.json");
	let batch = batch.to_str().expect("a UTF-8 path");
	run(&bins.join("onboard_and_anchor"), &[&url, batch]);
	run(&bins.join("verify_reading"), &[&url, batch, "7"]);

	let python = std::env::var("IOT_PYTHON").map(PathBuf::from).unwrap_or_else(|_| {
		PathBuf::from(std::env::var("HOME").expect("HOME")).join(".cache/iot-chain/venv/bin/python")
	});
	let script = repo().join("examples/python/verify_reading.py");
	run(&python, &[script.to_str().expect("a UTF-8 path"), &url, proofs, "5"]);

	// Last: it seals an epoch's worth of blocks.
	node_js("claim-rewards", &[&url]);

	let _ = std::fs::remove_dir_all(&dir);
	node.stop_cleanly();
}
