//! Checking reading proofs and attesting readings on chain.

use frame_support::{ensure, pallet_prelude::*};
use iot_primitives::{
	merkle,
	telemetry::{AnchoredRange, Moment, Reading, ReadingProof, Sequence, StreamId},
	traits::TelemetryProof,
	DeviceId,
};
use sp_core::H256;
use sp_runtime::traits::Saturating;

use crate::*;

impl<T: Config> Pallet<T> {
	/// Checks that `proof` shows `reading` under the root of the retained `anchor`, inside one of
	/// its ranges, and returns that range.
	pub fn check_reading(
		anchor: AnchorId,
		reading: &Reading,
		proof: &ReadingProof,
	) -> Result<AnchoredRange, Error<T>> {
		let at = (reading.device, reading.stream, reading.sequence, reading.timestamp);
		Self::check_leaf(anchor, at, reading.leaf_hash(), proof)
	}

	/// Whether `proof` shows `leaf` (a reading's, or a private stream's sealed reading's) under
	/// the retained anchor's root, at a (device, stream, sequence, timestamp) inside one of its
	/// ranges; returns that range.
	pub fn check_leaf(
		anchor: AnchorId,
		(device, stream, sequence, timestamp): (DeviceId, StreamId, Sequence, Moment),
		leaf: H256,
		proof: &ReadingProof,
	) -> Result<AnchoredRange, Error<T>> {
		ensure!(proof.siblings.len() as u32 <= T::MaxProofDepth::get(), Error::<T>::ProofTooDeep);
		let record = Self::retained_anchor(anchor).ok_or(Error::<T>::UnknownAnchor)?;
		let range = record
			.ranges
			.iter()
			.find(|r| r.range.contains(device, stream, sequence, timestamp))
			.ok_or(Error::<T>::NotInAnchor)?;
		ensure!(
			merkle::verify(
				&record.root,
				&proof.siblings,
				record.leaf_count,
				proof.leaf_index,
				leaf
			),
			Error::<T>::InvalidProof
		);
		Ok(range.clone())
	}

	/// The anchor, unless its retention is over: what `on_idle` has not pruned yet (full blocks
	/// starve it) counts for nothing (L-3).
	fn retained_anchor(anchor: AnchorId) -> Option<Anchor<T>> {
		let now = frame_system::Pallet::<T>::block_number();
		Anchors::<T>::get(anchor).filter(|a| a.block.saturating_add(T::Retention::get()) > now)
	}

	pub(crate) fn do_attest(
		who: T::AccountId,
		anchor: AnchorId,
		reading: Reading,
		proof: ReadingProof,
	) -> DispatchResult {
		// H-3: an attested reading releases escrows, so it must come from a range the device
		// signed (its signature covers the batch's root, hence every reading under it).
		let range = Self::check_reading(anchor, &reading, &proof)?;
		ensure!(range.summary.is_some(), Error::<T>::UnsignedRange);
		let key = (reading.device, reading.stream, reading.sequence);
		ensure!(!AttestedReadings::<T>::contains_key(key), Error::<T>::AlreadyAttested);
		let id = NextAttestationId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Self::charge(&who, T::AttestationFee::get())?;

		let expires_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::AttestationPeriod::get());
		AttestedReadings::<T>::insert(key, id);
		Attestations::<T>::insert(
			id,
			Attestation::<T> {
				reading: reading.clone(),
				anchor,
				attester: who.clone(),
				expires_at,
			},
		);
		NextAttestationId::<T>::put(next);
		Self::deposit_event(Event::ReadingAttested {
			attestation: id,
			anchor,
			reading,
			attester: who,
			expires_at,
		});
		Ok(())
	}
}

impl<T: Config> TelemetryProof for Pallet<T> {
	type AnchorId = AnchorId;

	fn anchored_range(
		anchor: &AnchorId,
		device: DeviceId,
		stream: StreamId,
	) -> Option<AnchoredRange> {
		Self::retained_anchor(*anchor)?
			.ranges
			.into_iter()
			.find(|r| r.range.device == device && r.range.stream == stream)
	}

	fn attested_reading(device: DeviceId, stream: StreamId, sequence: Sequence) -> Option<Reading> {
		let id = AttestedReadings::<T>::get((device, stream, sequence))?;
		let now = frame_system::Pallet::<T>::block_number();
		Attestations::<T>::get(id).filter(|a| a.expires_at > now).map(|a| a.reading)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Stores an anchor of `ranges` as a gateway would have anchored it, for the benchmarks of
	/// pallets that act on anchored telemetry.
	pub fn benchmark_insert_anchor(
		submitter: T::AccountId,
		ranges: alloc::vec::Vec<AnchoredRange>,
	) -> AnchorId {
		let id = NextAnchorId::<T>::get();
		NextAnchorId::<T>::put(id.saturating_add(1));
		let leaf_count = ranges.iter().fold(0u32, |n, r| n.saturating_add(r.range.count));
		let anchor = Anchor::<T> {
			root: sp_core::H256::zero(),
			leaf_count,
			ranges: BoundedVec::truncate_from(ranges),
			locator: None,
			submitter,
			block: frame_system::Pallet::<T>::block_number(),
		};
		Anchors::<T>::insert(id, anchor);
		id
	}

	/// Stores `reading` as attested, for the benchmarks of pallets that act on attestations.
	pub fn benchmark_insert_attestation(attester: T::AccountId, reading: Reading) {
		let id = NextAttestationId::<T>::get();
		NextAttestationId::<T>::put(id.saturating_add(1));
		AttestedReadings::<T>::insert((reading.device, reading.stream, reading.sequence), id);
		let expires_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::AttestationPeriod::get());
		Attestations::<T>::insert(
			id,
			Attestation::<T> { reading, anchor: 0, attester, expires_at },
		);
	}
}
