//! A batch as the spool keeps it, and its Merkle leaves.

use codec::{Decode, Encode, Input};
use iot_primitives::{
	data::SealedReading,
	merkle::ChunkedTree,
	telemetry::{AnchorId, Reading, ReadingValue, StreamId},
	DeviceId,
};
use sp_core::H256;
use std::collections::BTreeSet;

use crate::private::store::SealedStream;

/// A batch as the spool keeps it.
///
/// A reading of a sealed stream (one of `sealed`) is kept without its plaintext: its `value` is
/// `PayloadHash(blake2_256(ciphertext))` and its `salt` is `None`, and its leaf is that of its
/// [`SealedReading`]. Records written before private streams existed end at `state` and decode
/// with no sealed stream.
#[derive(Encode, Clone, Debug)]
pub struct BatchRecord {
	/// The readings, in leaf order.
	pub readings: Vec<Reading>,
	/// The tree's root.
	pub root: H256,
	/// When it was cut (ms since the Unix epoch).
	pub cut_ms: u64,
	/// What became of it.
	pub state: BatchState,
	/// The private streams sealed in it.
	pub sealed: Vec<SealedStream>,
}

impl Decode for BatchRecord {
	fn decode<I: Input>(input: &mut I) -> Result<Self, codec::Error> {
		let readings = Decode::decode(input)?;
		let root = Decode::decode(input)?;
		let cut_ms = Decode::decode(input)?;
		let state = Decode::decode(input)?;
		let sealed = match input.remaining_len()? {
			Some(0) => Vec::new(),
			_ => Decode::decode(input)?,
		};
		Ok(Self { readings, root, cut_ms, state, sealed })
	}
}

impl BatchRecord {
	/// How `device`'s `stream` was sealed in this batch, if it was.
	pub fn sealing(&self, device: DeviceId, stream: StreamId) -> Option<&SealedStream> {
		self.sealed.iter().find(|s| s.device == device && s.stream == stream)
	}

	/// Leaf `index` as a sealed reading, if its stream was sealed.
	pub fn sealed_reading(&self, index: usize) -> Option<SealedReading> {
		let r = self.readings.get(index)?;
		self.sealing(r.device, r.stream)?;
		sealed_reading(r)
	}

	/// The tree's leaves, in order.
	pub fn leaves(&self) -> Vec<H256> {
		let sealed: BTreeSet<_> = self.sealed.iter().map(|s| (s.device, s.stream)).collect();
		self.readings
			.iter()
			.map(|r| match sealed.contains(&(r.device, r.stream)).then(|| sealed_reading(r)) {
				Some(Some(s)) => s.leaf_hash(),
				// A sealed stream's reading always carries its ciphertext's hash; a record that
				// does not (damaged) gets a leaf nothing can prove.
				Some(None) => H256::zero(),
				None => r.leaf_hash(),
			})
			.collect()
	}

	/// The tree over [`Self::leaves`].
	pub fn tree(&self) -> ChunkedTree {
		ChunkedTree::new(self.leaves())
	}
}

/// The sealed reading a kept reading of a sealed stream stands for.
fn sealed_reading(r: &Reading) -> Option<SealedReading> {
	let ReadingValue::PayloadHash(ciphertext) = r.value else { return None };
	Some(SealedReading {
		device: r.device,
		stream: r.stream,
		sequence: r.sequence,
		timestamp: r.timestamp,
		ciphertext,
	})
}

/// A batch's life.
#[derive(Encode, Decode, Clone, Debug, PartialEq, Eq)]
pub enum BatchState {
	/// Cut, never submitted.
	Cut,
	/// Submitted at least once; anchors from `scan_from` on may hold it.
	Submitted { scan_from: AnchorId },
	/// Anchored on chain.
	Anchored { anchor: AnchorId },
	/// The chain refused it for good (another gateway anchored those sequences first).
	Refused { reason: String },
}
