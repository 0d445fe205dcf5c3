//! What the gateway knows of devices and streams: fetched from chain on first use, cached, and
//! forgotten when a block's events touch the registry or the streams, so that a revoked or
//! re-keyed device is checked against its new record.

use std::{
	collections::HashMap,
	sync::{Arc, Mutex},
	time::Duration,
};

use iot_primitives::{
	telemetry::{SignedReading, StreamId},
	DeviceId,
};
use sp_core::H256;

use crate::{
	chain::{Chain, DeviceView, StreamCursor},
	metrics::Metrics,
	refusal::Refusal,
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

	/// Checks everything about `signed` that does not depend on the spool: the device exists and
	/// is active, the signature is its key's over this reading on this chain (or the transport is
	/// `trusted`), the stream is declared. Answers the stream's cursor on chain.
	pub async fn check(
		&self,
		signed: &SignedReading,
		trusted: bool,
	) -> Result<StreamCursor, Refusal> {
		let reading = &signed.reading;
		let device = self.device(reading.device).await?.ok_or(Refusal::UnknownDevice)?;
		if !device.active {
			return Err(Refusal::DeviceInactive);
		}
		match &signed.signature {
			Some(signature) => {
				let payload = reading.signing_payload(self.genesis);
				if !device.key.verify(&payload, signature) {
					return Err(Refusal::BadSignature);
				}
			}
			None if trusted => {}
			None => return Err(Refusal::Unsigned),
		}
		self.stream(reading.device, reading.stream).await?.ok_or(Refusal::UnknownStream)
	}

	/// Forgets everything: the next reading of each device fetches it again.
	pub fn forget(&self) {
		self.devices.lock().expect("not poisoned").clear();
		self.streams.lock().expect("not poisoned").clear();
	}
}

/// Follows finalized blocks: forgets the cache when a block changed devices or streams, and
/// tracks the chain's height. Reconnects after failures.
pub async fn follow(chain: Arc<Chain>, directory: Arc<Directory>, metrics: Arc<Metrics>) {
	loop {
		if let Err(e) = follow_once(&chain, &directory, &metrics).await {
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
) -> anyhow::Result<()> {
	let conn = chain.conn().await?;
	let mut blocks = conn.api.stream_blocks().await?;
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
	}
	anyhow::bail!("block stream ended")
}
