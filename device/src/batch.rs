//! A device-signed batch, built one reading at a time in a fixed stack of hashes.
//!
//! The tree is the chain's (`iot_primitives::merkle`, on `binary-merkle-tree`): leaves are
//! reading leaf hashes, not hashed again; a pair hashes `left || right` unsorted; an odd last
//! node is carried up unchanged; one leaf is its own root. With those rules a tree of `n` leaves
//! is its perfect subtrees, largest first, each joined to the join of those right of it; so a
//! builder keeps one root per set bit of the count (at most 32 hashes, 1 KiB) instead of the
//! leaves.

use iot_encoding::{
	hash::node_hash,
	telemetry::{BatchHeader, Reading, StreamRange, ValueSummary},
	H256,
};

use crate::Error;

/// Levels of the tree a builder can hold: `u32` leaves.
const LEVELS: usize = 32;

/// The batch of one stream of one device, as the device builds it to sign its header.
#[derive(Clone)]
pub struct BatchBuilder {
	/// `subtrees[level]` is the root of a perfect subtree of `2^level` leaves when bit `level`
	/// of `count` is set.
	subtrees: [H256; LEVELS],
	count: u32,
	range: Option<StreamRange>,
	summary: Option<ValueSummary>,
}

impl Default for BatchBuilder {
	fn default() -> Self {
		Self::new()
	}
}

impl BatchBuilder {
	/// An empty batch.
	pub const fn new() -> Self {
		Self { subtrees: [H256::zero(); LEVELS], count: 0, range: None, summary: None }
	}

	/// Adds `reading` as the next leaf. It must be of the batch's device and stream, carry a
	/// scalar value (the header summarises them), and come after the last one in sequence.
	pub fn add(&mut self, reading: &Reading) -> Result<(), Error> {
		let value = reading.scalar().ok_or(Error::BadBatch)?;
		let count = self.count.checked_add(1).ok_or(Error::BadBatch)?;
		let range = match self.range {
			None => StreamRange {
				device: reading.device,
				stream: reading.stream,
				first_sequence: reading.sequence,
				last_sequence: reading.sequence,
				first_timestamp: reading.timestamp,
				last_timestamp: reading.timestamp,
				count: 1,
			},
			Some(r) => {
				if r.device != reading.device
					|| r.stream != reading.stream
					|| reading.sequence <= r.last_sequence
				{
					return Err(Error::BadBatch);
				}
				StreamRange {
					last_sequence: reading.sequence,
					first_timestamp: r.first_timestamp.min(reading.timestamp),
					last_timestamp: r.last_timestamp.max(reading.timestamp),
					count,
					..r
				}
			}
		};
		let mut node = reading.leaf_hash();
		let mut level = 0;
		while self.count & (1 << level) != 0 {
			node = node_hash(&self.subtrees[level], &node);
			level += 1;
		}
		self.subtrees[level] = node;
		self.count = count;
		self.range = Some(range);
		let one = ValueSummary::of(value);
		self.summary = Some(self.summary.map_or(one, |s| s.merge(one)));
		Ok(())
	}

	/// How many readings the batch holds.
	pub fn len(&self) -> u32 {
		self.count
	}

	/// Whether the batch holds no reading.
	pub fn is_empty(&self) -> bool {
		self.count == 0
	}

	/// The root of the tree over the readings so far (zero for none, as the chain has it).
	pub fn root(&self) -> H256 {
		let mut root: Option<H256> = None;
		for level in 0..LEVELS {
			if self.count & (1 << level) != 0 {
				root = Some(match root {
					None => self.subtrees[level],
					Some(right) => node_hash(&self.subtrees[level], &right),
				});
			}
		}
		root.unwrap_or_default()
	}

	/// The header the device signs over the batch; `BadBatch` if it is empty.
	pub fn header(&self) -> Result<BatchHeader, Error> {
		let (Some(range), Some(summary)) = (self.range, self.summary) else {
			return Err(Error::BadBatch);
		};
		Ok(BatchHeader { root: self.root(), leaf_count: self.count, range, summary })
	}
}
