//! The running gateway: spool, intake, anchorer and the chain follower wired together; sources
//! (MQTT, HTTP, a file, the benchmark) feed its intake.

use std::{str::FromStr, sync::Arc, time::Duration};

use anyhow::{anyhow, Result};
use subxt_signer::{sr25519::Keypair, SecretUri};
use tokio::{
	sync::{mpsc, Notify},
	task::JoinHandle,
};

use crate::{
	anchorer,
	chain::Chain,
	config::Config,
	directory::{self, Directory},
	intake::{self, BatchPolicy, Intake},
	metrics::Metrics,
	private::{audience::Audiences, PrivateStreams},
	spool::Spool,
	vouchers,
};

/// A started gateway.
pub struct Pipeline {
	/// Where sources send readings.
	pub intake: Intake,
	/// The spool.
	pub spool: Spool,
	/// The metrics.
	pub metrics: Arc<Metrics>,
	/// The chain.
	pub chain: Arc<Chain>,
	/// Its genesis hash.
	pub genesis: sp_core::H256,
	/// The streams sealed for their readers.
	pub private: Arc<PrivateStreams>,
	writer: JoinHandle<Result<()>>,
}

/// The signing key for `suri` (`//Alice`, a mnemonic, …).
pub fn keypair(suri: &str) -> Result<Keypair> {
	let uri = SecretUri::from_str(suri).map_err(|e| anyhow!("signer URI: {e}"))?;
	Keypair::from_uri(&uri).map_err(|e| anyhow!("signer URI: {e}"))
}

/// Connects (waiting for the node if it is not up yet), opens the spool and starts the tasks.
pub async fn start(config: &Config) -> Result<Pipeline> {
	let chain = Arc::new(Chain::new(&config.chain.url, keypair(&config.chain.suri)?));
	let genesis = loop {
		match chain.genesis().await {
			Ok(g) => break g,
			Err(e) => {
				tracing::warn!(url = chain.url(), error = %e, "waiting for the node");
				chain.reset().await;
				tokio::time::sleep(Duration::from_secs(2)).await;
			}
		}
	};
	let spool = Spool::open(&config.spool.path)?;
	let metrics = Arc::new(Metrics::default());
	let directory = Arc::new(Directory::new(chain.clone(), genesis));
	tokio::spawn(directory::follow(
		chain.clone(),
		directory.clone(),
		metrics.clone(),
		spool.clone(),
	));
	let cut = Arc::new(Notify::new());
	tokio::spawn(anchorer::run(
		chain.clone(),
		spool.clone(),
		metrics.clone(),
		cut.clone(),
		config.batch.in_flight.max(1),
	));
	tokio::spawn(vouchers::settle_forever(
		chain.clone(),
		spool.clone(),
		metrics.clone(),
		Duration::from_millis(config.payments.settle_ms.max(100)),
	));
	let policy = BatchPolicy {
		max_readings: config.batch.max_readings.max(1),
		max_age_ms: config.batch.max_age_ms,
	};
	let private = Arc::new(PrivateStreams::new(config.private.streams.iter().copied()));
	let audiences = Arc::new(Audiences::new(chain.clone(), private.clone()));
	let (intake, rx) = mpsc::channel(8192);
	let writer = tokio::spawn(intake::run(
		rx,
		spool.clone(),
		directory,
		metrics.clone(),
		policy,
		cut,
		audiences,
	));
	tracing::info!(
		account = %chain.account(),
		spool = %config.spool.path.display(),
		private_streams = private.len(),
		"gateway started"
	);
	Ok(Pipeline { intake, spool, metrics, chain, genesis, private, writer })
}

impl Pipeline {
	/// Waits until the writer stops (it only stops on an error, such as a full disk, while
	/// sources hold the intake): the gateway must not go on answering nothing.
	pub async fn writer_stopped(&mut self) -> anyhow::Error {
		match (&mut self.writer).await {
			Ok(Ok(())) => anyhow!("the spool writer stopped"),
			Ok(Err(e)) => e.context("the spool writer failed"),
			Err(e) => anyhow!("the spool writer panicked: {e}"),
		}
	}

	/// Stops taking readings, cuts what is spooled and waits until every batch is anchored.
	pub async fn finish(self) -> Result<()> {
		drop(self.intake);
		self.writer.await??;
		loop {
			let depth = tokio::task::block_in_place(|| self.spool.depth())?;
			if depth.pending == 0 && depth.open_batches == 0 {
				return Ok(());
			}
			tokio::time::sleep(Duration::from_millis(100)).await;
		}
	}
}

/// Logs a progress line every `every` while the gateway runs.
pub async fn progress(metrics: Arc<Metrics>, every: Duration) {
	let started = std::time::Instant::now();
	let mut last = 0;
	loop {
		tokio::time::sleep(every).await;
		let (accepted, refused, anchored) = metrics.totals();
		let rate = (anchored - last) as f64 / every.as_secs_f64();
		last = anchored;
		tracing::info!(
			elapsed_s = started.elapsed().as_secs(),
			accepted,
			refused,
			anchored,
			anchored_per_s = format!("{rate:.0}"),
			"progress"
		);
	}
}
