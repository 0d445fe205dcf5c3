//! What the gateway's binaries (`iot-gateway`, and `iot-bench`, which uses the gateway as a
//! library) share on their command lines: the configuration file and the chain settings that
//! override it, the batching flags, and how they log.

use std::path::PathBuf;

use anyhow::Result;

use crate::config::Config;

/// The configuration file and the chain settings that override it, taken by every command.
#[derive(clap::Args)]
pub struct ChainFlags {
	/// The configuration file (TOML); flags override it.
	#[arg(long, global = true)]
	pub config: Option<PathBuf>,
	/// The node's WebSocket URL.
	#[arg(long, global = true)]
	pub url: Option<String>,
	/// The secret URI of the account that signs and pays for the transactions.
	#[arg(long, global = true)]
	pub suri: Option<String>,
	/// Logs as JSON lines.
	#[arg(long, global = true)]
	pub log_json: bool,
}

impl ChainFlags {
	/// The configuration file's settings (or the defaults) with these flags applied.
	pub fn config(&self) -> Result<Config> {
		let mut config = Config::load(self.config.as_ref())?;
		if let Some(url) = &self.url {
			config.chain.url = url.clone();
		}
		if let Some(suri) = &self.suri {
			config.chain.suri = suri.clone();
		}
		Ok(config)
	}
}

/// How readings are cut into batches and anchored.
#[derive(clap::Args)]
pub struct BatchFlags {
	/// Readings per batch at most.
	#[arg(long)]
	pub batch_size: Option<usize>,
	/// Cut a batch when its oldest reading waited this long (ms).
	#[arg(long)]
	pub batch_ms: Option<u64>,
	/// Anchor transactions in flight.
	#[arg(long)]
	pub in_flight: Option<usize>,
}

impl BatchFlags {
	pub fn apply(&self, config: &mut Config) {
		if let Some(n) = self.batch_size {
			config.batch.max_readings = n;
		}
		if let Some(ms) = self.batch_ms {
			config.batch.max_age_ms = ms;
		}
		if let Some(n) = self.in_flight {
			config.batch.in_flight = n;
		}
	}
}

/// Logs to stderr, as JSON lines when `json` (for collectors), filtered by `RUST_LOG` (default
/// `info`).
pub fn init_logs(json: bool) {
	let filter =
		tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
	// Colours only on a terminal: logs that go to a file or a collector stay plain text.
	let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
	let logs = tracing_subscriber::fmt()
		.with_env_filter(filter)
		.with_writer(std::io::stderr)
		.with_ansi(ansi);
	if json {
		logs.json().init();
	} else {
		logs.init();
	}
}
