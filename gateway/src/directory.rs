//! What the gateway knows of devices and streams: fetched from chain on first use, cached, and
//! forgotten when a block's events touch the registry or the streams, so that a revoked or
//! re-keyed device is checked against its new record. The same follower indexes each finalized
//! block's registry events into the devices' histories ([`crate::history`]).

use std::{
	collections::HashMap,
	sync::{Arc, Mutex},
	time::Duration,
};

use iot_primitives::{
	device::DevicePublicKey,
	telemetry::{SignedReading, StreamId},
	DeviceId,
};
use sp_core::H256;

use crate::{
	chain::{Chain, DeviceView, StreamCursor},
	history,
	metrics::Metrics,
	refusal::Refusal,
	spool::Spool,
};

/// The device and stream cache.
pub struct Directory {
	chain: Arc<Chain>,
	genesis: H256,
	devices: Mutex<HashMap<DeviceId, Option<DeviceView>>>,
	streams: Mutex<HashMap<(DeviceId, StreamId), Option<StreamCursor>>>,
}

impl Directory {
	/// An empty cache for the chain with `genesis`.
	pub fn new(chain: Arc<Chain>, genesis: H256) -> Self {
		Self { chain, genesis, devices: Default::default(), streams: Default::default() }
	}

	async fn device(&self, id: DeviceId) -> Result<Option<DeviceView>, Refusal> {
		if let Some(known) = self.devices.lock().expect("not poisoned").get(&id) {
			return Ok(known.clone());
		}
		let fetched = self.chain.device(id).await.map_err(|e| {
			tracing::warn!(device = id, error = %e, "device lookup failed");
			Refusal::ChainUnavailable
		})?;
		self.devices.lock().expect("not poisoned").insert(id, fetched.clone());
		Ok(fetched)
	}

	async fn stream(
		&self,
		device: DeviceId,
		stream: StreamId,
	) -> Result<Option<StreamCursor>, Refusal> {
		if let Some(known) = self.streams.lock().expect("not poisoned").get(&(device, stream)) {
			return Ok(*known);
		}
		let fetched = self.chain.stream(device, stream).await.map_err(|e| {
			tracing::warn!(device, stream, error = %e, "stream lookup failed");
			Refusal::ChainUnavailable
		})?;
		self.streams.lock().expect("not poisoned").insert((device, stream), fetched);
		Ok(fetched)
	}

	/// The key `signed` must be signed with, after checking that its device exists and is
	/// active: `None` for an unsigned reading of a `trusted` transport.
	pub async fn signer(
		&self,
		signed: &SignedReading,
		trusted: bool,
	) -> Result<Option<DevicePublicKey>, Refusal> {
		let device = self.device(signed.reading.device).await?.ok_or(Refusal::UnknownDevice)?;
		if !device.active {
			return Err(Refusal::DeviceInactive);
		}
		match &signed.signature {
			Some(_) => Ok(Some(device.key)),
			None if trusted => Ok(None),
			None => Err(Refusal::Unsigned),
		}
	}

	/// Whether each reading's signature is its key's over that reading on this chain, in input
	/// order ([`crate::verify`]: in batches, on every core).
	pub fn verify_all(&self, jobs: &[(&DevicePublicKey, &SignedReading)]) -> Vec<bool> {
		crate::verify::verify_all(self.genesis, jobs)
	}

	/// The cursor on chain of `signed`'s stream, which must be declared.
	pub async fn cursor(&self, signed: &SignedReading) -> Result<StreamCursor, Refusal> {
		let reading = &signed.reading;
		self.stream(reading.device, reading.stream).await?.ok_or(Refusal::UnknownStream)
	}

	/// Forgets everything: the next reading of each device fetches it again.
	pub fn forget(&self) {
		self.devices.lock().expect("not poisoned").clear();
		self.streams.lock().expect("not poisoned").clear();
	}
}

/// Follows finalized blocks: forgets the cache when a block changed devices or streams, indexes
/// the devices' histories into `spool`, and tracks the chain's height. Reconnects after failures.
pub async fn follow(
	chain: Arc<Chain>,
	directory: Arc<Directory>,
	metrics: Arc<Metrics>,
	spool: Spool,
) {
	loop {
		if let Err(e) = follow_once(&chain, &directory, &metrics, &spool).await {
			tracing::warn!(error = %e, "block subscription lost; retrying");
			metrics.set_connected(false);
			chain.reset().await;
		}
		tokio::time::sleep(Duration::from_secs(1)).await;
	}
}

async fn follow_once(
	chain: &Chain,
	directory: &Directory,
	metrics: &Metrics,
	spool: &Spool,
) -> anyhow::Result<()> {
	let conn = chain.conn().await?;
	let mut blocks = conn.api.stream_blocks().await?;
	let (to_index, indexed) = tokio::sync::mpsc::channel(history::QUEUE);
	// Dropping the set when this connection ends stops its indexer, so that only one writes.
	let mut indexer = tokio::task::JoinSet::new();
	indexer.spawn(history::run(conn.api.clone(), spool.clone(), indexed));
	metrics.set_connected(true);
	while let Some(block) = blocks.next().await {
		let block = block?;
		metrics.set_best_block(block.number());
		let events = block.at().await?.events().fetch().await?;
		let touched = events.iter().flatten().any(|e| {
			e.pallet_name() == "DeviceRegistry"
				|| (e.pallet_name() == "TelemetryAnchor"
					&& matches!(e.event_name(), "StreamDeclared" | "StreamReaped"))
		});
		if touched {
			directory.forget();
		}
		if to_index.try_send((block.number(), history::changes(&events))).is_err() {
			tracing::debug!(block = block.number(), "history indexer behind; it will backfill");
		}
	}
	anyhow::bail!("block stream ended")
}
