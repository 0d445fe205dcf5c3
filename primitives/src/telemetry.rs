//! Telemetry: the canonical reading, its leaf hash, batches of readings as Merkle trees, and the
//! header a device signs over its own batch.
//!
//! Raw readings stay off chain. A gateway (or the device) builds a [`Batch`], anchors its root on
//! chain with one [`StreamRange`] per (device, stream) it covers, and keeps the readings to prove
//! any one of them later with a [`ReadingProof`].
//!
//! A device that signs its own batches also signs a [`ValueSummary`] (min, max, sum) of the
//! stream's values in the batch: with every batch of a window anchored and no sequence gaps, a
//! condition over every reading ("never above 8.0 °C") is proven without revealing the readings.

use alloc::{collections::BTreeMap, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;

pub use iot_encoding::telemetry::*;

use crate::{merkle, DeviceId};

/// An anchored batch's identifier, in the order batches were anchored.
pub type AnchorId = u64;

/// A stream range as an anchor keeps it: with the device-signed summary, if any, and the number
/// of readings missing between the stream's previous anchor and this one.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct AnchoredRange {
	/// The committed range.
	pub range: StreamRange,
	/// The summary of the values, signed by the device.
	pub summary: Option<ValueSummary>,
	/// Sequence numbers skipped since the stream's previous anchor.
	pub missing_before: u64,
}

impl AnchoredRange {
	/// Whether no reading of the range is missing, inside it or before it.
	pub fn is_complete(&self) -> bool {
		self.missing_before == 0 && self.range.span() == Some(u64::from(self.range.count))
	}
}

/// The proof that a reading is a leaf of a batch: its index and the sibling hashes.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct ReadingProof {
	/// The reading's position in the batch.
	pub leaf_index: u32,
	/// The sibling hashes from the leaf up to the root.
	pub siblings: Vec<H256>,
}

/// Whether `proof` shows that `reading` is in the batch tree with `root` and `leaf_count` leaves.
pub fn verify_reading(
	root: &H256,
	leaf_count: u32,
	reading: &Reading,
	proof: &ReadingProof,
) -> bool {
	merkle::verify(root, &proof.siblings, leaf_count, proof.leaf_index, reading.leaf_hash())
}

/// A batch of readings and its Merkle tree, as a gateway or device builds it off chain.
#[derive(Clone, Debug)]
pub struct Batch {
	readings: Vec<Reading>,
	tree: merkle::ChunkedTree,
}

impl Batch {
	/// Hashes `readings` in order into a tree.
	pub fn new(readings: Vec<Reading>) -> Self {
		let tree = merkle::ChunkedTree::new(readings.iter().map(Reading::leaf_hash).collect());
		Self { readings, tree }
	}

	/// The tree's root.
	pub fn root(&self) -> H256 {
		self.tree.root()
	}

	/// The number of readings, `None` past `u32::MAX`.
	pub fn leaf_count(&self) -> Option<u32> {
		u32::try_from(self.readings.len()).ok()
	}

	/// The readings, in leaf order.
	pub fn readings(&self) -> &[Reading] {
		&self.readings
	}

	/// The proof of leaf `index`.
	pub fn proof(&self, index: u32) -> Option<ReadingProof> {
		self.tree.proof(index).map(|siblings| ReadingProof { leaf_index: index, siblings })
	}

	/// One range per (device, stream) in the batch, ordered by (device, stream) as the chain
	/// expects them.
	pub fn ranges(&self) -> Vec<StreamRange> {
		let mut ranges: BTreeMap<(DeviceId, StreamId), StreamRange> = BTreeMap::new();
		for r in &self.readings {
			ranges
				.entry((r.device, r.stream))
				.and_modify(|range| {
					range.first_sequence = range.first_sequence.min(r.sequence);
					range.last_sequence = range.last_sequence.max(r.sequence);
					range.first_timestamp = range.first_timestamp.min(r.timestamp);
					range.last_timestamp = range.last_timestamp.max(r.timestamp);
					range.count = range.count.saturating_add(1);
				})
				.or_insert(StreamRange {
					device: r.device,
					stream: r.stream,
					first_sequence: r.sequence,
					last_sequence: r.sequence,
					first_timestamp: r.timestamp,
					last_timestamp: r.timestamp,
					count: 1,
				});
		}
		ranges.into_values().collect()
	}

	/// The summary of the scalar values of (device, stream), `None` if it has none.
	pub fn summary(&self, device: DeviceId, stream: StreamId) -> Option<ValueSummary> {
		ValueSummary::of_all(
			self.readings
				.iter()
				.filter(|r| r.device == device && r.stream == stream)
				.filter_map(Reading::scalar),
		)
	}

	/// The header a device signs for its stream in this batch.
	pub fn header(&self, device: DeviceId, stream: StreamId) -> Option<BatchHeader> {
		let range = self.ranges().into_iter().find(|r| r.device == device && r.stream == stream)?;
		Some(BatchHeader {
			root: self.root(),
			leaf_count: self.leaf_count()?,
			range,
			summary: self.summary(device, stream)?,
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn reading(device: DeviceId, stream: StreamId, sequence: Sequence, value: i64) -> Reading {
		Reading {
			device,
			stream,
			sequence,
			timestamp: 1_700_000_000_000 + sequence * 1000,
			value: ReadingValue::Scalar(value),
			salt: Some([sequence as u8; 16]),
		}
	}

	fn batch(n: u64) -> Batch {
		Batch::new((0..n).map(|i| reading(i % 3, (i % 2) as u16, 100 + i, i as i64 - 5)).collect())
	}

	#[test]
	fn every_reading_of_every_small_batch_verifies() {
		for n in 1..=40u64 {
			let batch = batch(n);
			for (i, r) in batch.readings().iter().enumerate() {
				let proof = batch.proof(i as u32).unwrap();
				assert!(verify_reading(&batch.root(), n as u32, r, &proof), "n={n} i={i}");
			}
			assert!(batch.proof(n as u32).is_none());
		}
	}

	#[test]
	fn any_change_to_reading_index_or_sibling_fails() {
		for n in 2..=24u64 {
			let batch = batch(n);
			let count = n as u32;
			for (i, r) in batch.readings().iter().enumerate() {
				let proof = batch.proof(i as u32).unwrap();
				let root = batch.root();
				let mut changed = [r.clone(), r.clone(), r.clone(), r.clone(), r.clone()];
				changed[0].sequence += 1;
				changed[1].timestamp += 1;
				changed[2].value = ReadingValue::Scalar(r.scalar().unwrap() + 1);
				changed[3].salt = None;
				changed[4].device += 1;
				for c in &changed {
					assert!(!verify_reading(&root, count, c, &proof));
				}
				let moved = ReadingProof { leaf_index: (i as u32 + 1) % count, ..proof.clone() };
				assert!(!verify_reading(&root, count, r, &moved));
				for s in 0..proof.siblings.len() {
					let mut tampered = proof.clone();
					tampered.siblings[s].0[31] ^= 0x80;
					assert!(!verify_reading(&root, count, r, &tampered), "n={n} i={i} s={s}");
				}
				assert!(!verify_reading(&H256::repeat_byte(1), count, r, &proof));
			}
		}
	}

	#[test]
	fn ranges_and_summaries_cover_each_stream() {
		let batch = batch(12);
		let ranges = batch.ranges();
		assert_eq!(ranges.len(), 6);
		assert_eq!(ranges.iter().map(|r| r.count).sum::<u32>(), 12);
		let keys: Vec<_> = ranges.iter().map(|r| (r.device, r.stream)).collect();
		let mut sorted = keys.clone();
		sorted.sort();
		assert_eq!(keys, sorted);
		// Device 0 stream 0 holds readings i = 0 and 6 (values -5 and 1).
		let first = &ranges[0];
		assert_eq!((first.first_sequence, first.last_sequence, first.count), (100, 106, 2));
		assert_eq!(first.span(), Some(7));
		assert_eq!(batch.summary(0, 0), Some(ValueSummary { min: -5, max: 1, sum: -4 }));
		for (i, r) in batch.readings().iter().enumerate() {
			let range = ranges.iter().find(|g| g.covers(r)).unwrap();
			assert_eq!((range.device, range.stream), (r.device, r.stream), "leaf {i}");
		}
	}

	#[test]
	fn headers_bind_root_range_and_summary_to_the_chain() {
		let batch = batch(6);
		let header = batch.header(1, 1).unwrap();
		assert_eq!(header.root, batch.root());
		assert_eq!(header.leaf_count, 6);
		let payload = header.signing_payload(H256::zero());
		assert_eq!(&payload[..16], b"iot/telemetry/b1");
		assert_ne!(payload, header.signing_payload(H256::repeat_byte(1)));
		assert!(batch.header(9, 0).is_none());
		let hashes = Batch::new(vec![Reading {
			value: ReadingValue::PayloadHash(H256::zero()),
			..reading(1, 0, 1, 0)
		}]);
		assert!(hashes.header(1, 0).is_none(), "payload hashes have no summary");
	}

	fn arbitrary_batch() -> impl proptest::strategy::Strategy<Value = Vec<Reading>> {
		use proptest::prelude::*;
		prop::collection::vec(
			(any::<u64>(), any::<u16>(), any::<u64>(), any::<u64>(), any::<i64>(), any::<bool>()),
			1..300,
		)
		.prop_map(|rows| {
			rows.into_iter()
				.map(|(device, stream, sequence, timestamp, value, salted)| Reading {
					device,
					stream,
					sequence,
					timestamp,
					value: ReadingValue::Scalar(value),
					salt: salted.then_some(sequence.to_le_bytes().repeat(2).try_into().unwrap()),
				})
				.collect()
		})
	}

	proptest::proptest! {
		#[test]
		fn proofs_verify_and_any_change_breaks_them(
			readings in arbitrary_batch(),
			pick in proptest::prelude::any::<proptest::sample::Index>(),
			sibling in proptest::prelude::any::<proptest::sample::Index>(),
			bit in 0u8..8,
		) {
			let batch = Batch::new(readings);
			let count = batch.leaf_count().unwrap();
			let index = pick.index(count as usize) as u32;
			let reading = batch.readings()[index as usize].clone();
			let proof = batch.proof(index).unwrap();
			proptest::prop_assert!(verify_reading(&batch.root(), count, &reading, &proof));

			let changed = Reading { sequence: reading.sequence.wrapping_add(1), ..reading.clone() };
			proptest::prop_assert!(!verify_reading(&batch.root(), count, &changed, &proof));
			if count > 1 {
				let moved = ReadingProof { leaf_index: (index + 1) % count, ..proof.clone() };
				// Two equal readings share a leaf; only then may another index verify.
				let twin = batch.readings()[moved.leaf_index as usize] == reading;
				proptest::prop_assert!(twin || !verify_reading(&batch.root(), count, &reading, &moved));
			}
			if !proof.siblings.is_empty() {
				let mut tampered = proof.clone();
				let s = sibling.index(tampered.siblings.len());
				tampered.siblings[s].0[(bit as usize * 4) % 32] ^= 1 << bit;
				proptest::prop_assert!(!verify_reading(&batch.root(), count, &reading, &tampered));
			}
		}
	}

	#[test]
	fn salt_changes_the_leaf_and_the_tag_separates_it() {
		let r = reading(1, 1, 1, 20);
		let unsalted = Reading { salt: None, ..r.clone() };
		assert_ne!(r.leaf_hash(), unsalted.leaf_hash());
		assert_ne!(r.leaf_hash(), merkle::leaf_hash(merkle::DEVICE_KEY_LEAF, &r.encode()));
		assert_eq!(Reading::max_encoded_len(), 8 + 2 + 8 + 8 + 33 + 17);
	}
}
