//! The explorer (web/) against a real `iot-node --dev` and `iot-gateway run --web web/dist`: the
//! production build's size and hosts (web/test/bundle.mjs), the gateway serving it, the paged
//! readings API and a device's history, then a headless Chromium driving every view over a chain seeded by
//! web/test/seed.mjs, and a fleet of `IOT_EXPLORER_FLEET` devices (default 10,000; 0 for none)
//! registered by web/test/fleet.mjs, whose fleet view is timed (web/test/browser.mjs).
//! Screenshots of each view go to `IOT_EXPLORER_SHOTS`, by default
//! `<target dir>/explorer-screenshots/` (./scripts/explorer-screenshots.sh points it at
//! docs/images/explorer).
//!
//! Needs the npm workspace built (`npm ci && npm run build`, as ./scripts/test.sh does) and
//! Debian's `chromium` (installed by ./scripts/test.sh).

mod common;

use std::{
	path::{Path, PathBuf},
	process::Command,
};

use common::*;

fn repo() -> PathBuf {
	Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("repository root").to_path_buf()
}

const CHROMIUM: &str = "/usr/bin/chromium";

/// Runs `node script args` with `env`; answers its standard output, failing with its output.
fn node_script(script: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
	let out = Command::new("node")
		.arg(script)
		.args(args)
		.envs(env.iter().copied())
		.output()
		.expect("node runs");
	let stdout = String::from_utf8_lossy(&out.stdout).to_string();
	eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
	assert!(out.status.success(), "{} failed", script.display());
	stdout
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_explorer_shows_a_seeded_chain_in_a_real_browser() {
	let web = repo().join("web");
	let dist = web.join("dist");
	assert!(
		dist.join("index.html").is_file(),
		"{} has no build: run `npm ci && npm run build` at the repository root",
		dist.display()
	);
	assert!(Path::new(CHROMIUM).exists(), "{CHROMIUM} is missing: apt-get install chromium");
	let report = node_script(&web.join("test/bundle.mjs"), &[&dist.display().to_string()], &[]);
	eprintln!("explorer bundle: {}", report.trim());

	let dir = TempDir::new("web");
	let rpc_port = free_port();
	let _node = node(&dir.0.join("node"), rpc_port);
	let url = format!("ws://127.0.0.1:{rpc_port}");
	let http = format!("127.0.0.1:{}", free_port());
	let web_arg = dist.display().to_string();
	let args = run_args(&url, &dir.0, &http, &["--web", &web_arg, "--batch-ms", "500"]);
	let gateway = Process::spawn(Path::new(GATEWAY), &args, dir.0.join("gateway.log"));
	wait_for_gateway(&http).await;

	// The build is served next to the API; paths outside it are not.
	let (status, page) = curl(&[&format!("http://{http}/")]);
	assert_eq!(status, 200);
	assert!(page.contains("iot-explorer"), "GET / is the explorer's index.html");
	assert_eq!(curl(&[&format!("http://{http}/assets/missing.js")]).0, 404);
	assert_eq!(curl(&["--path-as-is", &format!("http://{http}/../Cargo.toml")]).0, 400);

	let gateway_url = format!("http://{http}");
	let seed = node_script(&web.join("test/seed.mjs"), &[&url, &gateway_url], &[]);
	let seed = seed.lines().last().expect("the seed prints what it made").to_string();
	let facts: serde_json::Value = serde_json::from_str(&seed).expect("seed JSON");
	let device = facts["device"].as_u64().expect("device");

	// The paged readings API: 27 readings (0..29 without 12..14), in pages of 10.
	let page = |query: &str| {
		let (status, body) = curl(&[&format!("http://{http}/readings/{device}/0?{query}")]);
		assert_eq!(status, 200, "{body}");
		serde_json::from_str::<serde_json::Value>(&body).expect("JSON")
	};
	let first = page("limit=10");
	let sequences = |p: &serde_json::Value| -> Vec<u64> {
		p["readings"]
			.as_array()
			.unwrap()
			.iter()
			.map(|r| r["reading"]["sequence"].as_u64().unwrap())
			.collect()
	};
	assert_eq!(sequences(&first), (0..10).collect::<Vec<_>>());
	assert_eq!(first["next"], 10);
	let second = page("from=10&limit=10");
	assert_eq!(sequences(&second), [10, 11, 15, 16, 17, 18, 19, 20, 21, 22]);
	assert!(second["readings"][0]["anchor"].is_u64(), "anchored readings name their anchor");
	assert_eq!(page("from=23&to=25")["next"], serde_json::Value::Null);
	assert_eq!(curl(&[&format!("http://{http}/readings/{device}/0?from=9&to=1")]).0, 400);

	// The re-keyed device's history, indexed from finalized blocks: oldest first, with the keys
	// and accounts of each change.
	let rotated = facts["rotated"].as_u64().expect("rotated");
	let (status, body) = curl(&[&format!("http://{http}/devices/{rotated}/history")]);
	assert_eq!(status, 200, "{body}");
	let history: serde_json::Value = serde_json::from_str(&body).expect("JSON");
	let events: Vec<&str> = history["events"]
		.as_array()
		.unwrap()
		.iter()
		.map(|e| e["event"].as_str().unwrap())
		.collect();
	assert_eq!(
		events,
		[
			"DeviceRegistered",
			"KeyRotated",
			"DeviceTransferred",
			"DeviceTransferred",
			"DeviceSuspended"
		]
	);
	let covered = |name: &str| history[name].as_u64().expect("covered blocks");
	assert!(covered("fromBlock") <= history["events"][0]["block"].as_u64().unwrap());
	assert!(covered("toBlock") >= history["events"][4]["block"].as_u64().unwrap());
	assert_eq!(history["events"][2]["fields"][1][0], "to");
	assert_eq!(history["events"][2]["fields"][1][1], facts["payee"]);
	assert_eq!(curl(&[&format!("http://{http}/devices/nine/history")]).0, 400);

	let fleet_size: u64 =
		std::env::var("IOT_EXPLORER_FLEET").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000);
	let fleet = if fleet_size > 0 {
		let out = node_script(&web.join("test/fleet.mjs"), &[&url, &fleet_size.to_string()], &[]);
		out.lines().last().expect("the fleet seed prints what it made").to_string()
	} else {
		String::new()
	};

	let shots = std::env::var_os("IOT_EXPLORER_SHOTS").map(PathBuf::from).unwrap_or_else(|| {
		std::env::current_exe()
			.ok()
			.and_then(|exe| Some(exe.parent()?.parent()?.parent()?.join("explorer-screenshots")))
			.expect("target dir")
	});
	let explorer = format!("http://{http}/");
	node_script(
		&web.join("test/browser.mjs"),
		&[],
		&[
			("EXPLORER", &explorer),
			("RPC", &url),
			("SEED", &seed),
			("SHOTS", &shots.display().to_string()),
			("CHROMIUM", CHROMIUM),
			("FLEET", &fleet),
		],
	);
	eprintln!("explorer screenshots in {}", shots.display());
	drop(gateway);
}
