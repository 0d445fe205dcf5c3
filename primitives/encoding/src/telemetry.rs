//! Telemetry as devices produce it: the canonical reading and its leaf hash, the signed reading a
//! device hands to a gateway, and the header a device signs over its own batch (see
//! `iot_primitives::telemetry` for batches, proofs and anchors).

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use primitive_types::H256;
use scale_info::TypeInfo;

use crate::{
	device::DeviceSignature,
	hash::leaf_hash,
	payload::{signing_payload, DomainTag, SliceWriter, TELEMETRY_BATCH, TELEMETRY_READING},
	DeviceId,
};

/// The longest SCALE encoding of a [`Reading`] (a payload hash and a salt).
pub const READING_MAX_LEN: usize = 76;

/// A device's stream (temperature, humidity, GPS fix, ...), numbered by the device's owner.
pub type StreamId = u16;

/// A reading's position in its stream; each stream counts up from any start.
pub type Sequence = u64;

/// Milliseconds since the Unix epoch, as devices stamp their readings.
pub type Moment = u64;

/// The leaf tag of a telemetry reading.
pub const READING_LEAF: DomainTag = *b"iot/leaf/reading";

/// What a reading says.
#[derive(
	Clone, Copy, PartialEq, Eq, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub enum ReadingValue {
	/// A number in the stream's unit, fixed point with the scale its schema declares (for example
	/// milli-degrees Celsius: 8.0 °C is 8000).
	Scalar(i64),
	/// The hash of a payload kept off chain (an image, a waveform, a JSON document).
	PayloadHash(H256),
}

/// One sensor reading, as it is hashed into a batch.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub struct Reading {
	/// The device that measured it.
	pub device: DeviceId,
	/// The device's stream it belongs to.
	pub stream: StreamId,
	/// Its position in the stream.
	pub sequence: Sequence,
	/// When it was measured.
	pub timestamp: Moment,
	/// The value.
	pub value: ReadingValue,
	/// Random bytes that make the leaf unguessable: without them, a proof's sibling hash over a
	/// low-entropy neighbour (a temperature, a door state) could be brute-forced.
	pub salt: Option<[u8; 16]>,
}

impl Reading {
	/// The reading's leaf in a batch tree: `blake2_256(READING_LEAF || SCALE(reading))`.
	pub fn leaf_hash(&self) -> H256 {
		let mut buffer = [0u8; READING_MAX_LEN];
		let mut writer = SliceWriter::new(&mut buffer);
		self.encode_to(&mut writer);
		let len = writer.written();
		leaf_hash(READING_LEAF, &buffer[..len])
	}

	/// The bytes a device signs to vouch for this reading to a gateway, on the chain with
	/// `genesis_hash`: `SCALE("iot/telemetry/r1", genesis_hash, reading)`.
	pub fn signing_payload(&self, genesis_hash: H256) -> Vec<u8> {
		signing_payload(TELEMETRY_READING, genesis_hash, self)
	}

	/// The scalar value, if the reading carries one.
	pub fn scalar(&self) -> Option<i64> {
		match self.value {
			ReadingValue::Scalar(v) => Some(v),
			ReadingValue::PayloadHash(_) => None,
		}
	}
}

/// A reading as a device hands it to a gateway: signed with the device's key, or unsigned when the
/// gateway trusts its transport (a broker that authenticated the device).
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub struct SignedReading {
	/// The reading.
	pub reading: Reading,
	/// The device's signature over [`Reading::signing_payload`].
	pub signature: Option<DeviceSignature>,
}

/// Minimum, maximum and sum of scalar values.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub struct ValueSummary {
	/// The smallest value.
	pub min: i64,
	/// The largest value.
	pub max: i64,
	/// The sum of the values (i128 cannot overflow for fewer than 2^64 readings).
	pub sum: i128,
}

impl ValueSummary {
	/// The summary of one value.
	pub fn of(value: i64) -> Self {
		Self { min: value, max: value, sum: value as i128 }
	}

	/// The summary of this and `other` together.
	pub fn merge(self, other: Self) -> Self {
		Self {
			min: self.min.min(other.min),
			max: self.max.max(other.max),
			sum: self.sum.saturating_add(other.sum),
		}
	}

	/// The summary of `values`, `None` if there are none.
	pub fn of_all(values: impl IntoIterator<Item = i64>) -> Option<Self> {
		values.into_iter().map(Self::of).reduce(Self::merge)
	}
}

/// What a batch holds of one (device, stream): committed on chain with the batch's root.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub struct StreamRange {
	/// The device.
	pub device: DeviceId,
	/// The device's stream.
	pub stream: StreamId,
	/// The first sequence number in the batch.
	pub first_sequence: Sequence,
	/// The last sequence number in the batch.
	pub last_sequence: Sequence,
	/// The earliest timestamp in the batch.
	pub first_timestamp: Moment,
	/// The latest timestamp in the batch.
	pub last_timestamp: Moment,
	/// How many readings of the stream the batch holds; fewer than the sequence span means some
	/// are missing.
	pub count: u32,
}

impl StreamRange {
	/// How many sequence numbers the range spans, `None` if it is inverted.
	pub fn span(&self) -> Option<u64> {
		self.last_sequence.checked_sub(self.first_sequence)?.checked_add(1)
	}

	/// Whether `reading` falls inside this range.
	pub fn covers(&self, reading: &Reading) -> bool {
		self.contains(reading.device, reading.stream, reading.sequence, reading.timestamp)
	}

	/// Whether a reading at this position and time falls inside this range.
	pub fn contains(
		&self,
		device: DeviceId,
		stream: StreamId,
		sequence: Sequence,
		timestamp: Moment,
	) -> bool {
		device == self.device
			&& stream == self.stream
			&& (self.first_sequence..=self.last_sequence).contains(&sequence)
			&& (self.first_timestamp..=self.last_timestamp).contains(&timestamp)
	}
}

/// What a device signs over its own batch: the tree, its stream range and a summary of values.
#[derive(Clone, PartialEq, Eq, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub struct BatchHeader {
	/// The batch tree's root.
	pub root: H256,
	/// The number of leaves of the tree.
	pub leaf_count: u32,
	/// The device's readings in the batch.
	pub range: StreamRange,
	/// The values of those readings.
	pub summary: ValueSummary,
}

// `ReadingValue` and `BatchHeader` hold an `H256`, whose SCALE encoding (impl-codec's) builds a
// `Vec` for every hash. These two impls write the hash's bytes directly instead, so a device
// encodes them without a heap; the bytes are the derived encoding's (tests compare them).
impl Encode for ReadingValue {
	fn size_hint(&self) -> usize {
		1 + match self {
			Self::Scalar(_) => 8,
			Self::PayloadHash(_) => 32,
		}
	}

	fn encode_to<T: codec::Output + ?Sized>(&self, dest: &mut T) {
		match self {
			Self::Scalar(value) => {
				dest.push_byte(0);
				value.encode_to(dest);
			}
			Self::PayloadHash(hash) => {
				dest.push_byte(1);
				dest.write(hash.as_bytes());
			}
		}
	}
}

impl codec::EncodeLike for ReadingValue {}

impl Encode for BatchHeader {
	fn size_hint(&self) -> usize {
		32 + 4 + self.range.size_hint() + self.summary.size_hint()
	}

	fn encode_to<T: codec::Output + ?Sized>(&self, dest: &mut T) {
		dest.write(self.root.as_bytes());
		self.leaf_count.encode_to(dest);
		self.range.encode_to(dest);
		self.summary.encode_to(dest);
	}
}

impl codec::EncodeLike for BatchHeader {}

impl BatchHeader {
	/// The bytes the device signs, for the chain with `genesis_hash`.
	pub fn signing_payload(&self, genesis_hash: H256) -> Vec<u8> {
		signing_payload(TELEMETRY_BATCH, genesis_hash, self)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The derived encodings, to hold the hand-written ones to.
	#[derive(Encode)]
	enum DerivedValue {
		Scalar(i64),
		PayloadHash([u8; 32]),
	}

	#[derive(Encode)]
	struct DerivedHeader {
		root: [u8; 32],
		leaf_count: u32,
		range: StreamRange,
		summary: ValueSummary,
	}

	proptest::proptest! {
		#[test]
		fn hand_written_encodings_equal_the_derived_ones_for_any_value(
			scalar: i64,
			hash: [u8; 32],
			leaf_count: u32,
			numbers: (u64, u16, u64, u64, u64, u64, u32),
			summary: (i64, i64, i128),
		) {
			for (value, derived) in [
				(ReadingValue::Scalar(scalar), DerivedValue::Scalar(scalar)),
				(ReadingValue::PayloadHash(H256(hash)), DerivedValue::PayloadHash(hash)),
			] {
				proptest::prop_assert_eq!(value.encode(), derived.encode());
				proptest::prop_assert_eq!(value.encoded_size(), value.encode().len());
			}
			let (device, stream, first_sequence, last_sequence, first_timestamp, last_timestamp, count) =
				numbers;
			let range = StreamRange {
				device,
				stream,
				first_sequence,
				last_sequence,
				first_timestamp,
				last_timestamp,
				count,
			};
			let summary = ValueSummary { min: summary.0, max: summary.1, sum: summary.2 };
			let header = BatchHeader { root: H256(hash), leaf_count, range, summary };
			let derived = DerivedHeader { root: hash, leaf_count, range, summary };
			proptest::prop_assert_eq!(header.encode(), derived.encode());
			proptest::prop_assert_eq!(header.encoded_size(), header.encode().len());
			let reading = Reading {
				device,
				stream,
				sequence: first_sequence,
				timestamp: first_timestamp,
				value: ReadingValue::Scalar(scalar),
				salt: Some([count as u8; 16]),
			};
			let mut joined = READING_LEAF.to_vec();
			joined.extend_from_slice(&reading.encode());
			proptest::prop_assert_eq!(reading.leaf_hash(), H256(sp_crypto_hashing::blake2_256(&joined)));
		}
	}

	#[test]
	fn hand_written_encodings_are_the_derived_ones() {
		for (value, derived) in [
			(ReadingValue::Scalar(-5), DerivedValue::Scalar(-5)),
			(ReadingValue::PayloadHash(H256::repeat_byte(9)), DerivedValue::PayloadHash([9; 32])),
		] {
			assert_eq!(value.encode(), derived.encode());
			assert_eq!(value.encoded_size(), derived.encode().len());
			assert_eq!(ReadingValue::decode(&mut &value.encode()[..]).unwrap(), value);
		}
		let range = StreamRange {
			device: 1,
			stream: 2,
			first_sequence: 3,
			last_sequence: 4,
			first_timestamp: 5,
			last_timestamp: 6,
			count: 2,
		};
		let summary = ValueSummary { min: -1, max: 7, sum: 6 };
		let header = BatchHeader { root: H256::repeat_byte(3), leaf_count: 9, range, summary };
		let derived = DerivedHeader { root: [3; 32], leaf_count: 9, range, summary };
		assert_eq!(header.encode(), derived.encode());
		assert_eq!(BatchHeader::decode(&mut &header.encode()[..]).unwrap(), header);
	}

	#[test]
	fn the_reading_buffer_fits_the_longest_reading() {
		assert_eq!(Reading::max_encoded_len(), READING_MAX_LEN);
		let reading = Reading {
			device: u64::MAX,
			stream: u16::MAX,
			sequence: u64::MAX,
			timestamp: u64::MAX,
			value: ReadingValue::PayloadHash(H256::repeat_byte(0xee)),
			salt: Some([0xff; 16]),
		};
		let mut joined = READING_LEAF.to_vec();
		joined.extend_from_slice(&reading.encode());
		assert_eq!(reading.leaf_hash(), H256(sp_crypto_hashing::blake2_256(&joined)));
	}
}
