//! The examples fail loudly, never silently, when they cannot do their work. Being integration
//! tests, these also make `cargo test --workspace --no-run` build the example binaries that
//! node/tests/examples.rs and the docs' snippets run.

use std::process::Command;

fn run(bin: &str, args: &[&str]) -> (bool, String) {
	let out = Command::new(bin).args(args).output().expect("the example binary starts");
	(out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn onboarding_against_no_node_exits_with_an_error() {
	let (ok, stderr) =
		run(env!("CARGO_BIN_EXE_onboard_and_anchor"), &["ws://127.0.0.1:1", "/dev/null"]);
	assert!(!ok, "an unreachable node must fail the example");
	assert!(stderr.contains("Error"), "the failure is reported: {stderr}");
}

#[test]
fn verifying_with_a_bad_index_exits_with_an_error() {
	let (ok, stderr) =
		run(env!("CARGO_BIN_EXE_verify_reading"), &["ws://127.0.0.1:1", "/nonexistent", "seven"]);
	assert!(!ok, "a reading index that is not a number must fail the example");
	assert!(stderr.contains("Error"), "the failure is reported: {stderr}");
}
