//! `iot-bench load`: the chain's sustained throughput, workload by workload, on one node in
//! one run, against `Balances::transfer_keep_alive` as the baseline every Substrate chain has.
//!
//! Many pre-funded senders sign offline with their own nonces; a window of transactions is kept
//! in the pool for the set time; inclusion, failures and the workload's items (transfers,
//! devices, anchored readings, claimed vouchers) are counted from the finalized blocks' events.

mod driver;
mod senders;
mod setup;
mod targets;
mod workloads;

use std::fmt::Write;

use anyhow::{bail, Result};
use driver::{drive, Tracker};
pub use driver::{Item, Pace, Tally};
use iot_gateway::{chain::Chain, pipeline::keypair};
use senders::Senders;
use workloads::{Anchoring, Onboarding, Paying, Signing, Turns};

/// What to run.
#[derive(Clone, Debug)]
pub struct LoadArgs {
	pub url: String,
	/// The account that funds the senders.
	pub suri: String,
	pub senders: usize,
	pub pace: Pace,
	/// Readings per anchor in the batched anchoring workload.
	pub batch_readings: u64,
	/// Devices per `register_devices`.
	pub devices_per_tx: usize,
	/// Senders that settle, and channels each of them pays through.
	pub settlers: usize,
	pub vouchers_per_settlement: usize,
	/// Stop after the transfers (a soak).
	pub transfers_only: bool,
	/// The node's process, for its peak memory.
	pub node_pid: Option<u32>,
	/// The node's block interval, for the report.
	pub block_ms: Option<u64>,
}

/// One workload's line.
#[derive(serde::Serialize, Debug)]
pub struct Row {
	pub workload: String,
	pub unit: &'static str,
	pub tally: Tally,
}

/// The figures of a run.
#[derive(serde::Serialize, Debug)]
pub struct LoadReport {
	pub rows: Vec<Row>,
	pub node_peak_rss_kib: Option<u64>,
	/// The node's resident memory before the load began (`VmRSS`), in KiB.
	pub node_idle_rss_kib: Option<u64>,
	pub block_ms: Option<u64>,
}

/// Runs every workload in turn, `args.pace.seconds` each.
pub async fn run(args: &LoadArgs) -> Result<LoadReport> {
	if args.senders < 2 || args.settlers > args.senders {
		bail!("load needs at least 2 senders, and no more settlers than senders");
	}
	// Read before this client sends anything: the node as it idles.
	let idle = args.node_pid.and_then(|pid| status_kib(pid, "VmRSS:"));
	let chain = Chain::new(&args.url, keypair(&args.suri)?);
	let conn = chain.conn().await?;
	let genesis = chain.genesis().await?;
	let tracker = Tracker::new();
	tokio::spawn(driver::follow(conn.clone(), tracker.clone()));

	let mut senders = Senders::derive(args.senders)?;
	let prepared = setup::prepare(&chain, &mut senders, genesis, args).await?;
	let at = conn.api.at_current_block().await?;
	let mut s = Signing { at: &at, genesis, senders: &mut senders };
	let pace = args.pace;
	let mut rows = Vec::new();
	let mut record = |name: String, unit, tally: Tally| {
		tracing::info!(workload = %name, ?tally, "workload done");
		eprintln!("{name}: {:.1} tx/s, {:.1} {unit}/s", tally.tx_per_s(), tally.items_per_s());
		rows.push(Row { workload: name, unit, tally });
	};

	let mut turns = Turns::new(args.senders);
	let t = drive(&conn, &tracker, Item::new("Balances", "Transfer", 1), pace, || {
		workloads::transfer(&mut s, &mut turns)
	})
	.await?;
	record("Balances::transfer_keep_alive".into(), "transfers", t);
	let report = |rows| LoadReport {
		rows,
		node_peak_rss_kib: args.node_pid.and_then(|pid| status_kib(pid, "VmHWM:")),
		node_idle_rss_kib: idle,
		block_ms: args.block_ms,
	};
	if args.transfers_only {
		return Ok(report(rows));
	}

	let mut onboarding = Onboarding {
		turns: Turns::new(args.senders),
		per_tx: args.devices_per_tx,
		rounds: vec![1; args.senders],
	};
	let t =
		drive(&conn, &tracker, Item::new("DeviceRegistry", "DeviceRegistered", 1), pace, || {
			onboarding.next(&mut s)
		})
		.await?;
	record(
		format!("DeviceRegistry::register_devices ({} per tx)", args.devices_per_tx),
		"devices",
		t,
	);

	let mut streams = prepared.streams.clone();
	for per_tx in [1, args.batch_readings] {
		let mut anchoring =
			Anchoring { turns: Turns::new(args.senders), per_tx, streams: streams.clone() };
		let anchored = Item::new("TelemetryAnchor", "BatchAnchored", per_tx);
		let t = drive(&conn, &tracker, anchored, pace, || anchoring.next(&mut s)).await?;
		streams = anchoring.streams;
		record(format!("TelemetryAnchor::anchor_batch ({per_tx} readings)"), "readings", t);
	}

	let claimed = Item::new("M2mPayments", "VoucherClaimed", 1);
	let mut claims = Paying { turns: Turns::new(args.senders), channels: prepared.claim_channels };
	let t = drive(&conn, &tracker, claimed, pace, || claims.claim(&mut s)).await?;
	record("M2mPayments::claim".into(), "vouchers", t);

	let mut settling =
		Paying { turns: Turns::new(args.settlers), channels: prepared.settle_channels };
	let t = drive(&conn, &tracker, claimed, pace, || settling.settle(&mut s)).await?;
	record(
		format!("M2mPayments::settle ({} vouchers)", args.vouchers_per_settlement),
		"vouchers",
		t,
	);

	Ok(report(rows))
}

/// A memory figure of the process's status (`VmHWM:` the peak resident memory, `VmRSS:` the
/// current one), in KiB.
pub fn status_kib(pid: u32, field: &str) -> Option<u64> {
	let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
	let line = status.lines().find(|l| l.starts_with(field))?;
	line.split_whitespace().nth(1)?.parse().ok()
}

/// The report as a table: each workload's rates and their ratio to the transfers' rate.
pub fn table(report: &LoadReport) -> String {
	let base = report.rows.first().map(|r| r.tally.tx_per_s()).unwrap_or(0.0);
	let ratio = |x: f64| if base > 0.0 { x / base } else { 0.0 };
	let mut out = String::new();
	if let Some(ms) = report.block_ms {
		let _ =
			writeln!(out, "one node, blocks every {ms} ms; each workload sent for its own window");
	}
	let _ = writeln!(
		out,
		"{:<48} {:>8} {:>7} {:>11} {:>9} {:>8} {:>9} {:>9} {:>7} {:>7} {:>8} {:>6} {:>7}",
		"workload",
		"tx/s",
		"x base",
		"items/s",
		"item",
		"x base",
		"submitted",
		"included",
		"failed",
		"dropped",
		"rejected",
		"secs",
		"max/blk"
	);
	for row in &report.rows {
		let t = &row.tally;
		let _ = writeln!(
			out,
			"{:<48} {:>8.1} {:>7.2} {:>11.1} {:>9} {:>8.2} {:>9} {:>9} {:>7} {:>7} {:>8} {:>6.1} {:>7}",
			row.workload,
			t.tx_per_s(),
			ratio(t.tx_per_s()),
			t.items_per_s(),
			row.unit,
			ratio(t.items_per_s()),
			t.submitted,
			t.included,
			t.failed,
			t.dropped,
			t.rejected,
			t.seconds,
			t.per_block
		);
	}
	let readings = |n: usize| report.rows.get(n).map(|r| r.tally.items_per_s()).unwrap_or(0.0);
	if readings(2) > 0.0 {
		let _ = writeln!(
			out,
			"anchored readings/s, batched / one per extrinsic: {:.0}x",
			readings(3) / readings(2)
		);
	}
	let mib = |kib: u64| kib as f64 / 1024.0;
	if let Some(kib) = report.node_idle_rss_kib {
		let _ = writeln!(out, "node idle memory (VmRSS before the load): {:.1} MiB", mib(kib));
	}
	if let Some(kib) = report.node_peak_rss_kib {
		let _ = writeln!(out, "node peak memory (VmHWM): {:.1} MiB", mib(kib));
	}
	let dropped: u64 = report.rows.iter().map(|r| r.tally.dropped).sum();
	let rejected: u64 = report.rows.iter().map(|r| r.tally.rejected).sum();
	let failed: u64 = report.rows.iter().map(|r| r.tally.failed).sum();
	let _ = writeln!(out, "dropped: {dropped}, rejected: {rejected}, failed: {failed}");
	out.push_str(&targets::table(report));
	out
}
