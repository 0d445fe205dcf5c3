//! `iot-gateway data …`: the reader's commands.
//!
//! - `keygen --out reader.key [--publish]`: a new X25519 key file; prints the public key, and
//!   with `--publish` sets it on chain as the `--suri` account's encryption key.
//! - `fetch --device D --stream S --from N [--to M] --key reader.key [--gateway URL]
//!   [--save FILE]`: signs requests as the `--suri` account, fetches, decrypts and verifies.
//! - `open --file FILE --key reader.key`: the same checks over answers saved by `fetch --save`.
//!
//! Each reading is printed as a JSON line ([`Checked`]); a summary goes to standard error. The
//! command fails (exit status 1) if any reading could not be decrypted or verified.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Subcommand;
use iot_data_crypto::ReaderSecret;
use iot_metadata::iot;

use super::{
	fetch,
	open::{check_with_chain, Checked},
	request::DataRequest,
	wire::DataAnswer,
};
use crate::{chain::Chain, config::Config, pipeline::keypair};

/// The `data` subcommands.
#[derive(Subcommand, Debug)]
pub enum DataCommand {
	/// Creates a reader key file (X25519, readable by its owner only) and prints its public key.
	Keygen {
		/// The new key file; an existing file is never replaced.
		#[arg(long)]
		out: PathBuf,
		/// Also publish the public key on chain as the --suri account's encryption key.
		#[arg(long)]
		publish: bool,
	},
	/// Fetches a range of a private stream as the --suri account, decrypts it with the key file
	/// and verifies each reading's device signature and sealed leaf on chain.
	Fetch {
		#[arg(long)]
		device: u64,
		#[arg(long)]
		stream: u16,
		/// The first sequence.
		#[arg(long)]
		from: u64,
		/// The last sequence (default: every sealed reading from --from on).
		#[arg(long)]
		to: Option<u64>,
		/// The reader's key file (from `data keygen`).
		#[arg(long)]
		key: PathBuf,
		/// The gateway's HTTP address.
		#[arg(long, default_value = "http://127.0.0.1:8080")]
		gateway: String,
		/// Also write the gateway's answers (JSON, one per line) to this file.
		#[arg(long)]
		save: Option<PathBuf>,
		/// Accept readings that carry no device signature (a trusted transport's).
		#[arg(long)]
		allow_unsigned: bool,
	},
	/// Decrypts and verifies answers saved by `fetch --save`.
	Open {
		/// The saved answers.
		#[arg(long)]
		file: PathBuf,
		/// The reader's key file.
		#[arg(long)]
		key: PathBuf,
		/// Accept readings that carry no device signature.
		#[arg(long)]
		allow_unsigned: bool,
	},
}

/// Runs `command`; answers whether every reading was decrypted and verified.
pub async fn run(config: &Config, command: &DataCommand) -> Result<bool> {
	match command {
		DataCommand::Keygen { out, publish } => {
			let secret = ReaderSecret::generate()?;
			secret.write_file(out)?;
			let public = sp_core::bytes::to_hex(&secret.public(), false);
			if *publish {
				let chain = Chain::new(&config.chain.url, keypair(&config.chain.suri)?);
				let call = iot::tx().data_access().set_encryption_key(secret.public());
				chain.send(&call).await.context("publishing the encryption key")?;
			}
			println!("{}", serde_json::json!({"public": public, "published": publish}));
			Ok(true)
		}
		DataCommand::Fetch { device, stream, from, to, key, gateway, save, allow_unsigned } => {
			// The key file first: a reader with a broken key learns it before any request.
			let secret = ReaderSecret::read_file(key)?;
			let signer = keypair(&config.chain.suri)?;
			let chain = Chain::new(&config.chain.url, signer.clone());
			let genesis = chain.genesis().await?;
			let request = DataRequest { device: *device, stream: *stream, from: *from, to: *to };
			let pages = fetch::all_pages(gateway, genesis, &signer, request).await?;
			if let Some(path) = save {
				let text: String = pages.iter().map(|(t, _)| format!("{t}\n")).collect();
				std::fs::write(path, text)
					.with_context(|| format!("writing {}", path.display()))?;
			}
			let answers: Vec<DataAnswer> = pages.into_iter().map(|(_, a)| a).collect();
			report(&chain, &answers, &secret, *allow_unsigned).await
		}
		DataCommand::Open { file, key, allow_unsigned } => {
			let secret = ReaderSecret::read_file(key)?;
			let text = std::fs::read_to_string(file)
				.with_context(|| format!("reading {}", file.display()))?;
			let answers = text
				.lines()
				.filter(|l| !l.trim().is_empty())
				.map(|l| serde_json::from_str(l).context("not a saved data answer"))
				.collect::<Result<Vec<DataAnswer>>>()?;
			let chain = Chain::new(&config.chain.url, keypair(&config.chain.suri)?);
			report(&chain, &answers, &secret, *allow_unsigned).await
		}
	}
}

/// Checks every answer, prints a JSON line per reading and a summary; answers whether all held.
async fn report(
	chain: &Chain,
	answers: &[DataAnswer],
	secret: &ReaderSecret,
	allow_unsigned: bool,
) -> Result<bool> {
	let mut checked: Vec<Checked> = Vec::new();
	for answer in answers {
		checked.extend(check_with_chain(chain, answer, secret, allow_unsigned).await?);
	}
	for c in &checked {
		println!("{}", serde_json::to_string(c)?);
	}
	let failed: Vec<u64> = checked.iter().filter(|c| !c.ok()).map(|c| c.sequence).collect();
	let good = checked.len() - failed.len();
	if failed.is_empty() {
		eprintln!("{good} readings decrypted and verified");
	} else {
		eprintln!(
			"{good} of {} readings decrypted and verified; could not decrypt or verify: {failed:?}",
			checked.len()
		);
	}
	Ok(failed.is_empty())
}
