//! # Telemetry anchor
//!
//! ## Overview
//!
//! Raw sensor data stays off chain; the chain keeps a commitment that makes it tamper-evident and
//! provable. A gateway (or a device) builds a Merkle tree over a batch of readings, of any size,
//! and anchors its root in one extrinsic whose cost does not depend on the number of readings.
//! Anyone holding a reading and its proof can then show, on chain or through a free runtime
//! call, that the reading was part of an anchored batch.
//!
//! ## Terminology
//!
//! - *Stream*: a device's series of readings (temperature, humidity, ...), declared by the owner or
//!   a telemetry operator with a unit and an expected interval. Readings in a stream carry
//!   increasing sequence numbers.
//! - *Anchor*: a batch's root, leaf count, one [`StreamRange`] per (device, stream) it covers (one
//!   gateway batch may cover many devices), an optional off-chain locator, submitter and block.
//! - *Continuity*: a stream's anchored ranges never overlap; a gap is allowed but recorded, with an
//!   event, so missing data is visible.
//! - *Signed summary*: a device that signs its own batch header also signs the min, max and sum of
//!   its values, so a condition over every reading of a window can be proven without the readings.
//! - *Attestation*: a reading whose proof was checked on chain, kept for a while as a fact that
//!   other pallets can act on (through [`iot_primitives::traits::TelemetryProof`]).
//! - *Retention*: anchors older than [`Config::Retention`] blocks are pruned in `on_idle`.
//!
//! ## Usage
//!
//! Build a batch with `iot_primitives::telemetry::Batch`, declare the streams once with
//! [`Pallet::declare_stream`], then call [`Pallet::anchor_batch`] with the root, the leaf count and
//! `batch.ranges()`. Verify a reading with the `verify_reading` view function or runtime API;
//! attest it with [`Pallet::attest_reading`].
//!
//! Anchors and attestations pay a fee by their size (to [`Config::FeeDestination`]); they live for
//! a bounded time. Streams hold a deposit, returned when the stream is reaped after its device
//! left the registry.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;

mod anchoring;
mod attestation;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod invariants;
mod lifecycle;
pub mod migrations;
#[cfg(test)]
mod mock;
mod retention;
#[cfg(test)]
mod security_tests;
mod streams;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use weights::WeightInfo;

use frame_support::traits::fungible;
use iot_primitives::traits::DeviceInspect;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// What paying a fee withdraws from the payer.
pub type CreditOf<T> =
	fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

/// The right the device registry grants over a device.
pub type RightOf<T> =
	<<T as Config>::Devices as DeviceInspect<<T as frame_system::Config>::AccountId>>::Right;

/// What benchmarks need from the device registry.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Stores an active device with `key`, owned by `owner`, and returns its id.
	fn register_device(
		owner: &AccountId,
		key: iot_primitives::device::DevicePublicKey,
	) -> iot_primitives::DeviceId;
	/// Lets `operator` report telemetry for every device of `owner`.
	fn grant_telemetry(owner: &AccountId, operator: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible::MutateHold, tokens::fungible::Balanced, OnUnbalanced, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use iot_primitives::{
		telemetry::{AnchoredRange, Reading, ReadingProof, Sequence, StreamId},
		DeviceId,
	};
	use sp_core::H256;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>, Hash = H256> {
		/// The currency stream deposits are held in and fees are paid with.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Balanced<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The device registry.
		type Devices: DeviceInspect<Self::AccountId, DeviceId = DeviceId>;

		/// The registry's right to report telemetry for a device.
		type TelemetryRight: Get<RightOf<Self>>;

		/// Told of every device whose telemetry is anchored (DePIN liveness).
		type OnAnchored: iot_primitives::traits::OnAnchored;

		/// Where anchor and attestation fees go (dropping the credit burns it).
		type FeeDestination: OnUnbalanced<CreditOf<Self>>;

		/// The deposit a stream declaration holds.
		#[pallet::constant]
		type StreamDeposit: Get<BalanceOf<Self>>;

		/// The fee every anchor pays.
		#[pallet::constant]
		type AnchorFeeBase: Get<BalanceOf<Self>>;

		/// The fee per byte of a stored anchor.
		#[pallet::constant]
		type AnchorFeePerByte: Get<BalanceOf<Self>>;

		/// The fee of an attestation.
		#[pallet::constant]
		type AttestationFee: Get<BalanceOf<Self>>;

		/// Most streams per device.
		#[pallet::constant]
		type MaxStreamsPerDevice: Get<u32>;

		/// Longest stream name.
		#[pallet::constant]
		type MaxStreamNameLen: Get<u32>;

		/// Most (device, stream) ranges in one anchor.
		#[pallet::constant]
		type MaxRangesPerAnchor: Get<u32>;

		/// Longest off-chain locator (CID or URI).
		#[pallet::constant]
		type MaxLocatorLen: Get<u32>;

		/// Deepest reading proof (2^depth readings per batch).
		#[pallet::constant]
		type MaxProofDepth: Get<u32>;

		/// How many blocks an anchor is kept.
		#[pallet::constant]
		type Retention: Get<BlockNumberFor<Self>>;

		/// How many blocks an attestation is kept.
		#[pallet::constant]
		type AttestationPeriod: Get<BlockNumberFor<Self>>;

		/// The chain's clock, against which readings' timestamps are bounded.
		type Time: UnixTime;

		/// How far past the chain's clock a reading's timestamp may be, in milliseconds
		/// (devices' clocks drift).
		#[pallet::constant]
		type MaxFutureSkew: Get<u64>;

		/// How many sequence numbers one anchor may move a stream forward, counted from the
		/// stream's last anchored sequence number (or the range's first, for a new stream).
		#[pallet::constant]
		type MaxAnchorSpan: Get<u64>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up devices for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposit of a stream declaration.
		StreamDeposit,
	}

	/// Declared streams.
	#[pallet::storage]
	pub type Streams<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DeviceId, Blake2_128Concat, StreamId, Stream<T>>;

	/// How many streams each device has.
	#[pallet::storage]
	pub type StreamCount<T: Config> = StorageMap<_, Twox64Concat, DeviceId, u32, ValueQuery>;

	/// The id the next anchor gets.
	#[pallet::storage]
	pub type NextAnchorId<T> = StorageValue<_, AnchorId, ValueQuery>;

	/// The oldest anchor not yet pruned; anchors are kept for ids in `OldestAnchor..NextAnchorId`.
	#[pallet::storage]
	pub type OldestAnchor<T> = StorageValue<_, AnchorId, ValueQuery>;

	/// Anchored batches.
	#[pallet::storage]
	pub type Anchors<T: Config> = StorageMap<_, Twox64Concat, AnchorId, Anchor<T>>;

	/// The id the next attestation gets.
	#[pallet::storage]
	pub type NextAttestationId<T> = StorageValue<_, AttestationId, ValueQuery>;

	/// The oldest attestation not yet expired and removed.
	#[pallet::storage]
	pub type OldestAttestation<T> = StorageValue<_, AttestationId, ValueQuery>;

	/// Attested readings.
	#[pallet::storage]
	pub type Attestations<T: Config> = StorageMap<_, Twox64Concat, AttestationId, Attestation<T>>;

	/// Index: the attestation of (device, stream, sequence).
	#[pallet::storage]
	pub type AttestedReadings<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, DeviceId>,
			NMapKey<Blake2_128Concat, StreamId>,
			NMapKey<Blake2_128Concat, Sequence>,
		),
		AttestationId,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A stream was declared, or its description changed.
		StreamDeclared {
			device: DeviceId,
			stream: StreamId,
			name: BoundedVec<u8, T::MaxStreamNameLen>,
			unit: u32,
			interval_ms: u64,
		},
		/// A stream of a device that left the registry was removed and its deposit returned.
		StreamReaped { device: DeviceId, stream: StreamId },
		/// A device changed owner: its new owner now pays the stream's deposit, and the
		/// previous depositor has it back.
		StreamDepositMoved {
			device: DeviceId,
			stream: StreamId,
			from: T::AccountId,
			to: T::AccountId,
		},
		/// A batch was anchored.
		BatchAnchored {
			anchor: AnchorId,
			submitter: T::AccountId,
			root: H256,
			leaf_count: u32,
			ranges: BoundedVec<AnchoredRange, T::MaxRangesPerAnchor>,
			locator: Option<BoundedVec<u8, T::MaxLocatorLen>>,
			fee: BalanceOf<T>,
		},
		/// A stream's readings are missing: `missing_before` sequence numbers between its previous
		/// anchor and this one, `missing_within` inside this anchor's range.
		SequenceGap {
			anchor: AnchorId,
			device: DeviceId,
			stream: StreamId,
			missing_before: u64,
			missing_within: u64,
		},
		/// A reading was proven against an anchor and is kept until `expires_at`.
		ReadingAttested {
			attestation: AttestationId,
			anchor: AnchorId,
			reading: Reading,
			attester: T::AccountId,
			expires_at: BlockNumberFor<T>,
		},
		/// Anchors `from..=to` passed retention and were removed.
		AnchorsPruned { from: AnchorId, to: AnchorId },
		/// Attestations `from..=to` expired and were removed.
		AttestationsExpired { from: AttestationId, to: AttestationId },
		/// The stream takes device-signed ranges only from now on.
		StreamSignedOnly { device: DeviceId, stream: StreamId },
		/// The owner set the stream's cursor back to its last device-signed range.
		StreamReset { device: DeviceId, stream: StreamId, cursor: Option<Cursor> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The device is not in the registry.
		UnknownDevice,
		/// The device is suspended or revoked.
		DeviceInactive,
		/// The caller is neither the device, its owner, nor an operator with the telemetry right.
		NotAuthorized,
		/// The stream is not declared.
		UnknownStream,
		/// The device has as many streams as allowed.
		TooManyStreams,
		/// The stream name is longer than allowed. No longer returned: the call's name is bounded
		/// (M-5); kept so that the errors after it keep their indices.
		StreamNameTooLong,
		/// The device is still registered, so its streams stay.
		DeviceStillRegistered,
		/// The batch has no readings or no ranges.
		EmptyBatch,
		/// More ranges than an anchor may hold.
		TooManyRanges,
		/// The ranges are not in strictly increasing (device, stream) order.
		RangesNotSorted,
		/// A range is inverted in sequence or time, or counts no readings or more than it spans.
		InvalidRange,
		/// The ranges' counts do not add up to the leaf count.
		CountMismatch,
		/// A range starts at or before the stream's last anchored sequence number.
		SequenceOverlap,
		/// A range starts before the stream's latest anchored timestamp.
		TimeWentBackwards,
		/// A signed summary is inconsistent (min above max) or its signature is not the device's.
		BadBatchSignature,
		/// The locator is longer than allowed. No longer returned: the call's locator is bounded
		/// (M-5); kept so that the errors after it keep their indices.
		LocatorTooLong,
		/// The payer cannot pay the fee.
		CannotPayFee,
		/// No such anchor, or it was pruned.
		UnknownAnchor,
		/// The reading's device, stream, sequence or time is outside every range of the anchor.
		NotInAnchor,
		/// The proof does not show the reading under the anchor's root.
		InvalidProof,
		/// The proof is deeper than any batch can be.
		ProofTooDeep,
		/// The reading is already attested.
		AlreadyAttested,
		/// An identifier counter is exhausted.
		Overflow,
		/// The stream takes device-signed ranges only, or the reading to attest is in an
		/// unsigned range: evidence that pays money must be signed by the device.
		UnsignedRange,
		/// A reading's timestamp is further in the future than `MaxFutureSkew`.
		TimestampInFuture,
		/// The range moves the stream further than `MaxAnchorSpan` sequence numbers.
		SpanTooLong,
		/// Only the device's owner may do this.
		NotOwner,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(now: BlockNumberFor<T>, limit: Weight) -> Weight {
			Self::prune(now, limit)
		}

		fn integrity_test() {
			assert!(T::MaxRangesPerAnchor::get() > 0);
			assert!(T::MaxStreamsPerDevice::get() > 0);
			assert!(T::MaxProofDepth::get() <= 32, "a batch of more than 2^32 readings");
			assert!(T::Retention::get() > 0u32.into());
			assert!(T::AttestationPeriod::get() > 0u32.into());
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Declares `stream` of `device`, or updates its description (its anchored readings are
		/// kept). A new stream holds [`Config::StreamDeposit`] from the caller.
		///
		/// Origin: the device's owner, the device itself, or an operator with the telemetry
		/// right; the device must be active. Emits `StreamDeclared`.
		/// Errors: `UnknownDevice`, `DeviceInactive`, `NotAuthorized`, `TooManyStreams`, or the
		/// hold failing. A name longer than [`Config::MaxStreamNameLen`] does not decode.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::declare_stream())]
		pub fn declare_stream(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
			name: BoundedVec<u8, T::MaxStreamNameLen>,
			unit: u32,
			interval_ms: u64,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_declare_stream(who, device, stream, name, unit, interval_ms)
		}

		/// Removes a stream of a device that is no longer in the registry and returns the
		/// deposit to whoever paid it.
		///
		/// Origin: any signed account. Emits `StreamReaped`.
		/// Errors: `UnknownStream`, `DeviceStillRegistered`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::reap_stream())]
		pub fn reap_stream(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_reap_stream(device, stream)
		}

		/// Anchors a batch: its Merkle root, leaf count and one range per (device, stream) it
		/// covers, ordered by (device, stream), each optionally with the device's signed summary.
		/// Pays [`Config::AnchorFeeBase`] plus [`Config::AnchorFeePerByte`] per stored byte. The
		/// cost does not depend on how many readings the batch holds. The weight
		/// [`Config::OnAnchored`] did not use is refunded.
		///
		/// Origin: for every device in the batch, the device itself, its owner or an operator with
		/// the telemetry right. Emits `BatchAnchored`, and `SequenceGap` per range with missing
		/// readings.
		/// More than [`Config::MaxRangesPerAnchor`] ranges, or a locator longer than
		/// [`Config::MaxLocatorLen`], do not decode.
		/// Errors: `EmptyBatch`, `RangesNotSorted`,
		/// `InvalidRange`, `CountMismatch`, `UnknownDevice`, `DeviceInactive`, `NotAuthorized`,
		/// `UnknownStream`, `UnsignedRange`, `SpanTooLong`, `TimestampInFuture`,
		/// `SequenceOverlap`, `TimeWentBackwards`, `BadBatchSignature`, `CannotPayFee`.
		#[pallet::call_index(2)]
		#[pallet::weight(Pallet::<T>::anchor_weight(ranges))]
		pub fn anchor_batch(
			origin: OriginFor<T>,
			root: H256,
			leaf_count: u32,
			ranges: BoundedVec<RangeInput, T::MaxRangesPerAnchor>,
			locator: Option<BoundedVec<u8, T::MaxLocatorLen>>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_anchor(who, root, leaf_count, ranges, locator)
		}

		/// Proves `reading` is leaf `leaf_index` of `anchor` with `siblings`, and keeps it on
		/// chain for [`Config::AttestationPeriod`] blocks. Pays [`Config::AttestationFee`]. Only
		/// readings of device-signed ranges are attested: an attested reading releases escrows.
		///
		/// Origin: any signed account. Emits `ReadingAttested`.
		/// More than [`Config::MaxProofDepth`] siblings do not decode.
		/// Errors: `UnknownAnchor`, `NotInAnchor`, `UnsignedRange`,
		/// `InvalidProof`, `AlreadyAttested`, `CannotPayFee`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::attest_reading(siblings.len() as u32))]
		pub fn attest_reading(
			origin: OriginFor<T>,
			anchor: AnchorId,
			reading: Reading,
			leaf_index: u32,
			siblings: BoundedVec<H256, T::MaxProofDepth>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let proof = ReadingProof { leaf_index, siblings: siblings.into_inner() };
			Self::do_attest(who, anchor, reading, proof)
		}

		/// Makes the stream take device-signed ranges only (its first signed range does so too);
		/// for a stream whose device signs, before its first anchor.
		///
		/// Origin: the device's owner. Emits `StreamSignedOnly`.
		/// Errors: `UnknownStream`, `NotOwner`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::require_signed())]
		pub fn require_signed(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_require_signed(who, device, stream)
		}

		/// Recovers a stream poisoned by unsigned ranges: sets its cursor back to the end of its
		/// last device-signed range (or to none), so that the device's next signed batch is
		/// taken, and makes it take signed ranges only.
		///
		/// Origin: the device's owner. Emits `StreamReset`.
		/// Errors: `UnknownStream`, `NotOwner`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reset_stream())]
		pub fn reset_stream(
			origin: OriginFor<T>,
			device: DeviceId,
			stream: StreamId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reset_stream(who, device, stream)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// Whether `proof` shows `reading` under the root of the retained `anchor`, inside one of
		/// its ranges.
		pub fn verify_reading(anchor: AnchorId, reading: Reading, proof: ReadingProof) -> bool {
			Self::check_reading(anchor, &reading, &proof).is_ok()
		}

		/// Whether `proof` shows a private stream's sealed `reading` under the root of the
		/// retained `anchor`, inside one of its ranges.
		pub fn verify_sealed(
			anchor: AnchorId,
			reading: iot_primitives::data::SealedReading,
			proof: ReadingProof,
		) -> bool {
			let at = (reading.device, reading.stream, reading.sequence, reading.timestamp);
			Self::check_leaf(anchor, at, reading.leaf_hash(), &proof).is_ok()
		}

		/// An anchored batch.
		pub fn anchor(id: AnchorId) -> Option<Anchor<T>> {
			Anchors::<T>::get(id)
		}

		/// A declared stream with its cursor.
		pub fn stream(device: DeviceId, stream: StreamId) -> Option<Stream<T>> {
			Streams::<T>::get(device, stream)
		}

		/// The attestation of a reading, if it has not expired.
		pub fn attestation(
			device: DeviceId,
			stream: StreamId,
			sequence: Sequence,
		) -> Option<Attestation<T>> {
			AttestedReadings::<T>::get((device, stream, sequence)).and_then(Attestations::<T>::get)
		}
	}
}
