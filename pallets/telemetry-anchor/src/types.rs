//! The records the pallet keeps.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	device::DeviceSignature,
	telemetry::{AnchoredRange, Moment, Reading, Sequence, StreamRange, ValueSummary},
};
use scale_info::TypeInfo;
use sp_core::H256;

use crate::{BalanceOf, Config};

pub use iot_primitives::telemetry::AnchorId;

/// An attestation's identifier, in the order attestations were made.
pub type AttestationId = u64;

/// Where a stream's anchored readings end.
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
pub struct Cursor {
	/// The last anchored sequence number.
	pub last_sequence: Sequence,
	/// The latest anchored timestamp.
	pub last_timestamp: Moment,
	/// The anchor that holds them.
	pub last_anchor: AnchorId,
}

/// A declared stream of a device.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Stream<T: Config> {
	/// A short name, e.g. `temperature`.
	pub name: BoundedVec<u8, T::MaxStreamNameLen>,
	/// The unit and schema of its values (an id from the network's schema registry, e.g. milli-degrees Celsius).
	pub unit: u32,
	/// How often the device is expected to report, in milliseconds.
	pub interval_ms: u64,
	/// Who declared it and pays its deposit.
	pub depositor: T::AccountId,
	/// The deposit held.
	pub deposit: BalanceOf<T>,
	/// The end of its anchored readings, `None` before the first anchor.
	pub cursor: Option<Cursor>,
	/// The end of its readings anchored in device-signed ranges: what the owner can set the
	/// cursor back to when unsigned ranges poisoned it.
	pub signed_cursor: Option<Cursor>,
	/// Whether it takes device-signed ranges only: set by its first signed range, or by the
	/// owner before any, so that unsigned ranges cannot front-run or poison what the device signs.
	pub signed_only: bool,
	/// Readings anchored over the stream's life.
	pub anchored: u64,
	/// Sequence numbers skipped over the stream's life, between anchors and inside them.
	pub missing: u64,
}

/// An anchored batch.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Anchor<T: Config> {
	/// The root of the batch's Merkle tree of reading leaves.
	pub root: H256,
	/// How many readings the tree holds.
	pub leaf_count: u32,
	/// What it holds of each (device, stream), ordered by (device, stream).
	pub ranges: BoundedVec<AnchoredRange, T::MaxRangesPerAnchor>,
	/// Where the readings are kept off chain (a CID or URI).
	pub locator: Option<BoundedVec<u8, T::MaxLocatorLen>>,
	/// Who anchored it.
	pub submitter: T::AccountId,
	/// The block it was anchored in.
	pub block: BlockNumberFor<T>,
}

/// One (device, stream) of a batch to anchor, optionally with the device's signature over its
/// batch header (root, leaf count, this range and the summary of the values).
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct RangeInput {
	/// The committed range.
	pub range: StreamRange,
	/// The summary of the range's values and the device's signature over the batch header.
	pub signed_summary: Option<(ValueSummary, DeviceSignature)>,
}

/// A reading proven against an anchor, kept on chain for a while so other pallets can act on it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Attestation<T: Config> {
	/// The reading.
	pub reading: Reading,
	/// The anchor it was proven against.
	pub anchor: AnchorId,
	/// Who proved it.
	pub attester: T::AccountId,
	/// The first block at which it is gone.
	pub expires_at: BlockNumberFor<T>,
}
