//! `iot-gateway load` (the throughput harness behind `scripts/bench.sh`) against a development
//! node: every workload lands, nothing valid is dropped, and the items counted from the blocks'
//! events match what each transaction carried.

mod common;

use common::*;

#[test]
fn every_workload_lands_and_its_items_are_counted() {
	let dir = TempDir::new("load");
	let port = free_port();
	let _node = node(&dir.0.join("node"), port);
	let report = dir.0.join("load.json");
	let args = [
		"--url",
		&format!("ws://127.0.0.1:{port}"),
		"--suri",
		"//Alice",
		"load",
		"--seconds",
		"3",
		"--senders",
		"8",
		"--window",
		"64",
		"--concurrency",
		"8",
		"--batch-readings",
		"256",
		"--devices-per-tx",
		"10",
		"--settlers",
		"2",
		"--vouchers-per-settlement",
		"8",
		"--json",
		&report.display().to_string(),
	]
	.map(String::from);

	let (ok, table) = gateway_once(&args);

	assert!(ok, "load failed:\n{table}");
	assert!(table.contains("x base") && table.contains("dropped: 0"), "{table}");
	let report: serde_json::Value =
		serde_json::from_str(&std::fs::read_to_string(&report).expect("report")).expect("JSON");
	let rows = report["rows"].as_array().expect("rows");
	let items_per_tx = [1, 10, 1, 256, 1, 8];
	assert_eq!(rows.len(), items_per_tx.len(), "{table}");
	for (row, per_tx) in rows.iter().zip(items_per_tx) {
		let t = &row["tally"];
		let count = |field: &str| t[field].as_u64().expect("a count");
		assert!(count("included") > 0, "{}: nothing included\n{table}", row["workload"]);
		assert_eq!(count("submitted"), count("included"), "{}\n{table}", row["workload"]);
		for field in ["dropped", "failed", "rejected"] {
			assert_eq!(count(field), 0, "{} {field}\n{table}", row["workload"]);
		}
		assert_eq!(count("items"), count("included") * per_tx, "{}\n{table}", row["workload"]);
	}
	assert!(report["node_peak_rss_kib"].is_null());
}
