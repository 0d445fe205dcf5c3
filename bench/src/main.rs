//! The `iot-bench` command: load generation and throughput measurement for the IoT chain and its
//! gateway. A tool for whoever measures, kept out of the `iot-gateway` binary that operators run;
//! it uses the gateway as a library (its chain client, configuration, pipeline and onboarding).
//!
//! - `load`: the chain's sustained throughput per workload, against balance transfers.
//! - `gateway`: readings anchored per second through the gateway, against one extrinsic per
//!   reading.
//! - `http-bodies`: signed request bodies for an HTTP load test by another process.

mod gateway;
mod http_bodies;
mod load;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use iot_gateway::cli::{init_logs, BatchFlags, ChainFlags};
use serde::Serialize;

#[derive(Parser)]
#[command(
	name = "iot-bench",
	version,
	about = "Measures the IoT chain's and the gateway's throughput against a running node."
)]
struct Cli {
	#[command(flatten)]
	chain: ChainFlags,
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Measures the chain's sustained throughput per workload (transfers as the baseline, device
	/// registrations, anchors of one and of many readings, claims, settlements) on the node at
	/// --url, with many senders funded by --suri.
	Load {
		/// How long each workload is sent.
		#[arg(long, default_value_t = 60)]
		seconds: u64,
		#[arg(long, default_value_t = 256)]
		senders: usize,
		/// Most transactions in the pool at once.
		#[arg(long, default_value_t = 4_096)]
		window: usize,
		/// Most submissions awaiting the node's answer.
		#[arg(long, default_value_t = 64)]
		concurrency: usize,
		/// Readings per anchor in the batched workload.
		#[arg(long, default_value_t = 4_096)]
		batch_readings: u64,
		#[arg(long, default_value_t = 100)]
		devices_per_tx: usize,
		/// Senders that settle, each through this many channels per settlement.
		#[arg(long, default_value_t = 16)]
		settlers: usize,
		#[arg(long, default_value_t = 256)]
		vouchers_per_settlement: usize,
		/// Runs only the transfers, the baseline: with a long --seconds, a soak that shows whether
		/// the node keeps including valid transactions (dropped and stuck ones are reported).
		#[arg(long)]
		transfers_only: bool,
		/// The node's process id, to report its peak memory.
		#[arg(long)]
		node_pid: Option<u32>,
		/// The node's block interval, for the report.
		#[arg(long)]
		block_ms: Option<u64>,
		/// Also write the report as JSON to this file.
		#[arg(long)]
		json: Option<PathBuf>,
	},
	/// Measures readings anchored per second through the gateway (ingest, spool, batch, anchor;
	/// fresh devices and a temporary spool) against one extrinsic per reading, on the node at
	/// --url.
	Gateway {
		#[arg(long, default_value_t = 10)]
		devices: usize,
		#[arg(long, default_value_t = 20_000)]
		readings: usize,
		/// How long to run one extrinsic per reading.
		#[arg(long, default_value_t = 30)]
		per_reading_seconds: u64,
		#[command(flatten)]
		batch: BatchFlags,
		/// Also write the report as JSON to this file.
		#[arg(long)]
		json: Option<PathBuf>,
	},
	/// Registers --devices devices on the node at --url and writes --readings signed readings as
	/// `POST /readings` bodies, one file per connection of the load (see scripts/http-load.sh).
	HttpBodies {
		#[arg(long, default_value_t = 64)]
		devices: usize,
		/// Connections of the load: each gets its own devices and its own file.
		#[arg(long, default_value_t = 16)]
		connections: usize,
		/// Readings per request body.
		#[arg(long, default_value_t = 50)]
		per_body: usize,
		#[arg(long, default_value_t = 400_000)]
		readings: usize,
		/// The directory the bodies are written to.
		#[arg(long)]
		out: PathBuf,
	},
}

/// Writes `report` as pretty JSON to `path`.
fn write_json(path: &Path, report: &impl Serialize) -> Result<()> {
	std::fs::write(path, serde_json::to_string_pretty(report)?)
		.with_context(|| format!("writing {}", path.display()))
}

#[tokio::main]
async fn main() -> Result<()> {
	let cli = Cli::parse();
	init_logs(cli.chain.log_json);
	let mut config = cli.chain.config()?;
	match &cli.command {
		Command::Load {
			seconds,
			senders,
			window,
			concurrency,
			batch_readings,
			devices_per_tx,
			settlers,
			vouchers_per_settlement,
			transfers_only,
			node_pid,
			block_ms,
			json,
		} => {
			let args = load::LoadArgs {
				url: config.chain.url.clone(),
				suri: config.chain.suri.clone(),
				senders: *senders,
				pace: load::Pace { seconds: *seconds, window: *window, concurrency: *concurrency },
				batch_readings: *batch_readings,
				devices_per_tx: *devices_per_tx,
				settlers: *settlers,
				vouchers_per_settlement: *vouchers_per_settlement,
				transfers_only: *transfers_only,
				node_pid: *node_pid,
				block_ms: *block_ms,
			};
			let report = load::run(&args).await?;
			print!("{}", load::table(&report));
			if let Some(path) = json {
				write_json(path, &report)?;
			}
		}
		Command::Gateway { devices, readings, per_reading_seconds, batch, json } => {
			batch.apply(&mut config);
			let args = gateway::BenchArgs {
				devices: *devices,
				readings: *readings,
				per_reading_seconds: *per_reading_seconds,
			};
			let report = gateway::run(&config, args).await?;
			print!("{}", gateway::table(&report));
			if let Some(path) = json {
				write_json(path, &report)?;
			}
		}
		Command::HttpBodies { devices, connections, per_body, readings, out } => {
			let chain = iot_gateway::chain::Chain::new(
				&config.chain.url,
				iot_gateway::pipeline::keypair(&config.chain.suri)?,
			);
			let args = http_bodies::BodiesArgs {
				devices: *devices,
				connections: *connections,
				per_body: *per_body,
				readings: *readings,
				out: out.clone(),
			};
			http_bodies::write(&chain, &args).await?;
		}
	}
	Ok(())
}
