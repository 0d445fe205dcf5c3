//! The `iot-bench` command line: both tools are there with the flags that scripts/bench.sh and
//! docs/performance.md use. (Having an integration test also makes `cargo test --workspace
//! --no-run`, the build every script shares, build the `iot-bench` binary that bench.sh runs.)

use std::process::Command;

const BENCH: &str = env!("CARGO_BIN_EXE_iot-bench");

/// `iot-bench args`' standard output; the command must succeed.
fn help(args: &[&str]) -> String {
	let out = Command::new(BENCH).args(args).output().expect("iot-bench runs");
	assert!(out.status.success(), "iot-bench {args:?}: {}", String::from_utf8_lossy(&out.stderr));
	String::from_utf8_lossy(&out.stdout).into_owned()
}

fn assert_lists(text: &str, words: &[&str]) {
	for word in words {
		assert!(text.contains(word), "{word} missing from:\n{text}");
	}
}

#[test]
fn both_tools_are_listed() {
	assert_lists(&help(&["--help"]), &["load", "gateway", "--url", "--suri", "--config"]);
}

#[test]
fn load_takes_the_flags_bench_sh_passes() {
	assert_lists(
		&help(&["load", "--help"]),
		&[
			"--seconds",
			"--senders",
			"--window",
			"--concurrency",
			"--batch-readings",
			"--devices-per-tx",
			"--settlers",
			"--vouchers-per-settlement",
			"--node-pid",
			"--block-ms",
			"--json",
		],
	);
}

#[test]
fn gateway_takes_the_batching_flags_and_writes_json() {
	assert_lists(
		&help(&["gateway", "--help"]),
		&[
			"--devices",
			"--readings",
			"--per-reading-seconds",
			"--batch-size",
			"--batch-ms",
			"--in-flight",
			"--json",
		],
	);
}

#[test]
fn an_unknown_tool_is_refused() {
	let out = Command::new(BENCH).arg("run").output().expect("iot-bench runs");
	assert!(!out.status.success());
}
