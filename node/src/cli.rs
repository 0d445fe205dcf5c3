//! Command-line interface: the standard Substrate flags plus `--sealing` for the dev chain.

use std::str::FromStr;

/// How the `--dev` chain makes blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sealing {
	/// Only when asked over RPC (`engine_createBlock`, `engine_finalizeBlock`).
	Manual,
	/// As soon as a transaction enters the pool; each block is finalized at once.
	#[default]
	Instant,
	/// A block every this many milliseconds, finalized at once, transactions or not.
	Interval(u64),
}

impl FromStr for Sealing {
	type Err = String;

	fn from_str(s: &str) -> Result<Self, Self::Err> {
		Ok(match s {
			"manual" => Self::Manual,
			"instant" => Self::Instant,
			ms => {
				let ms: u64 = ms.parse().map_err(|_| {
					format!("`{ms}` is not a sealing mode: use `manual`, `instant` or a number of milliseconds")
				})?;
				if ms == 0 {
					return Err("the sealing interval must be at least 1 ms".into());
				}
				Self::Interval(ms)
			}
		})
	}
}

#[derive(Debug, clap::Parser)]
#[command(
	version,
	propagate_version = true,
	args_conflicts_with_subcommands = true,
	subcommand_negates_reqs = true
)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	/// How the development chain (`--dev`) seals blocks: `manual`, `instant` or an interval in
	/// milliseconds. Networks (`--chain local` and chain-spec files) always use Aura and GRANDPA.
	#[arg(long, value_name = "MODE", default_value = "instant")]
	pub sealing: Sealing,
}

#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management utilities.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Export the chain specification (`--chain dev|local|production:<operator file>|<file>`)
	/// as JSON, plain or raw.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Benchmark the runtime's pallets (nodes built with `--features runtime-benchmarks`).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn sealing_modes_parse() {
		assert_eq!("manual".parse(), Ok(Sealing::Manual));
		assert_eq!("instant".parse(), Ok(Sealing::Instant));
		assert_eq!("1500".parse(), Ok(Sealing::Interval(1500)));
	}

	#[test]
	fn bad_sealing_modes_are_refused() {
		assert!("0".parse::<Sealing>().is_err());
		assert!("fast".parse::<Sealing>().unwrap_err().contains("not a sealing mode"));
		assert!("-5".parse::<Sealing>().is_err());
	}
}
