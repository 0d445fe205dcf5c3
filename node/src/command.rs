//! Dispatches the command line to the node service or to a subcommand.

use sc_cli::SubstrateCli;
use sc_service::{ChainType, PartialComponents};

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"IoT Chain Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://example.invalid/iot-chain/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		Ok(match id {
			"dev" => Box::new(chain_spec::development()?),
			"" | "local" => Box::new(chain_spec::local_testnet()?),
			path => {
				if let Some(operator_file) = path.strip_prefix("production:") {
					let operator_file = std::path::Path::new(operator_file);
					return Ok(Box::new(chain_spec::production(operator_file)?));
				}
				let file = std::path::PathBuf::from(path);
				if !file.exists() {
					return Err(format!(
						"unknown chain `{path}`: use `dev`, `local`, `production:<operator file>` \
						 or the path of a chain-spec JSON file (see `iot-node export-chain-spec \
						 --help`)"
					));
				}
				Box::new(chain_spec::ChainSpec::from_json_file(file)?)
			}
		})
	}
}

/// Whether `config` is for the single-node development chain (sealed on demand, no GRANDPA).
fn is_dev(config: &sc_service::Configuration) -> bool {
	config.chain_spec.chain_type() == ChainType::Development
}

/// Whether the command line gives `flag` (`--flag value` or `--flag=value`). The dev chain picks
/// its own defaults where the user gave none: the single-state pool instead of sc-cli's fork-aware
/// one, which under the dev chain's instant and manual sealing stops offering valid transactions
/// to the block builder or drops them (paritytech/polkadot-sdk#9323, #10104), and smaller caches.
fn flag_given(args: impl IntoIterator<Item = std::ffi::OsString>, flag: &str) -> bool {
	args.into_iter().any(|arg| {
		arg.to_str()
			.is_some_and(|a| a == flag || a.strip_prefix(flag).is_some_and(|v| v.starts_with('=')))
	})
}

/// The dev chain's state (trie) cache unless `--trie-cache-size` is given. sc-cli's default,
/// 1 GiB, let a dev node under load grow past 2 GiB (2,180.8 MiB after a 10-minute soak on
/// 2026-12-02), while a dev chain's state fits in a fraction of it. (The node stores blocks in
/// ParityDB, which has no cache to set.)
const DEV_TRIE_CACHE_BYTES: usize = 64 * 1024 * 1024;

/// Caps the dev chain's state cache where the command line left it at sc-cli's default.
fn dev_caches(config: &mut sc_service::Configuration, args: &[std::ffi::OsString]) {
	if !flag_given(args.iter().cloned(), "--trie-cache-size") {
		config.trie_cache_maximum_size = Some(DEV_TRIE_CACHE_BYTES);
		log::info!(
			"Development chain: state cache {} MiB (--trie-cache-size to change)",
			DEV_TRIE_CACHE_BYTES / (1024 * 1024)
		);
	}
}

/// The single-state pool's limits from the command line, by sc-cli's rules: the future queue holds
/// a tenth of the ready queue's limits, and `--dev` bans nothing unless `--tx-ban-seconds` says.
/// (sc-cli's own options keep these private, and the dev chain builds its pool itself.)
fn single_state_options(
	params: &sc_cli::TransactionPoolParams,
	dev_flag: bool,
) -> sc_transaction_pool::Options {
	let bytes = params.pool_kbytes.saturating_mul(1024);
	let limit = |count, total_bytes| sc_transaction_pool::PoolLimit { count, total_bytes };
	let ban = match params.tx_ban_seconds {
		Some(seconds) => seconds,
		None if dev_flag => 0,
		None => 30 * 60,
	};
	sc_transaction_pool::Options {
		ready: limit(params.pool_limit, bytes),
		future: limit(params.pool_limit / 10, bytes / 10),
		reject_future_transactions: false,
		ban_time: std::time::Duration::from_secs(ban),
	}
}

/// Parses the command line and runs what it asks for.
pub fn run() -> sc_cli::Result<()> {
	let cli = Cli::from_args();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let spec = cli.load_spec(&cmd.chain)?;
			cmd.run(spec)
		}
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, is_dev(&config), None)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, is_dev(&config), None)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		}
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, is_dev(&config), None)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		}
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, is_dev(&config), None)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		}
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config, is_dev(&config), None)?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		}
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| match cmd {
				frame_benchmarking_cli::BenchmarkCmd::Pallet(cmd) => cmd
					.run_with_spec::<sp_runtime::traits::HashingFor<
					iot_runtime::opaque::Block,
				>, ()>(Some(
					config.chain_spec,
				)),
				_ => Err("only `benchmark pallet` is supported".into()),
			})
		}
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<iot_runtime::opaque::Block>(&config))
		}
		None => {
			let runner = cli.create_runner(&cli.run)?;
			let sealing = cli.sealing;
			let args: Vec<_> = std::env::args_os().collect();
			let pool_chosen = flag_given(args.iter().cloned(), "--pool-type");
			let dev_flag = cli.run.shared_params.dev;
			let single_state_chosen = pool_chosen
				&& matches!(
					cli.run.pool_config.pool_type,
					sc_cli::TransactionPoolType::SingleState
				);
			let dev_pool = (!pool_chosen || single_state_chosen)
				.then(|| single_state_options(&cli.run.pool_config, dev_flag));
			runner.run_node_until_exit(|mut config| async move {
				if is_dev(&config) {
					dev_caches(&mut config, &args);
					// `dev_pool` is then Some: the dev service builds the pool from it, not from
					// `config.transaction_pool`.
					if !pool_chosen {
						log::info!(
							"Development chain: single-state transaction pool (the fork-aware \
							 pool can lose transactions under instant and manual sealing; \
							 choose with --pool-type)"
						);
					}
					service::new_dev(config, sealing, dev_pool).map_err(sc_cli::Error::Service)
				} else {
					service::new_full(config).map_err(sc_cli::Error::Service)
				}
			})
		}
	}
}

#[cfg(test)]
mod tests {
	use super::single_state_options;
	use sc_cli::{CliConfiguration, RunCmd};

	#[test]
	fn an_explicit_flag_is_seen_in_both_spellings() {
		let given = |list: &[&str], flag| {
			super::flag_given(list.iter().map(|a| a.into()).collect::<Vec<_>>(), flag)
		};
		assert!(!given(&["iot-node", "--dev", "--pool-limit", "10"], "--pool-type"));
		assert!(given(&["iot-node", "--dev", "--pool-type", "fork-aware"], "--pool-type"));
		assert!(given(&["iot-node", "--pool-type=single-state", "--dev"], "--pool-type"));
		assert!(!given(&["iot-node", "--pool-types"], "--pool-type"));
		assert!(given(&["iot-node", "--trie-cache-size=16"], "--trie-cache-size"));
	}

	#[test]
	fn the_dev_pool_takes_the_limits_sc_cli_would_give() {
		let cases: [&[&str]; 3] = [
			&["iot-node", "--dev"],
			&["iot-node", "--dev", "--pool-limit", "100", "--pool-kbytes", "512"],
			&["iot-node", "--chain", "dev", "--tx-ban-seconds", "7"],
		];
		for args in cases {
			let cmd = <RunCmd as clap::Parser>::try_parse_from(args).unwrap();
			let dev = cmd.shared_params().is_dev();
			let theirs = format!("{:?}", cmd.pool_config.transaction_pool(dev));
			let ours = format!("{:?}", single_state_options(&cmd.pool_config, dev));
			assert!(theirs.contains(&ours), "{args:?}: sc-cli {theirs}, ours {ours}");
		}
	}
}
