//! The pallet's invariants, checked by `try_state` and after every unit test.

use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{traits::Saturating, TryRuntimeError};

use crate::*;

impl<T: Config> Pallet<T> {
	/// - Anchors are exactly the ids `OldestAnchor..NextAnchorId`, attestations exactly
	///   `OldestAttestation..NextAttestationId`, and the reading index matches the attestations.
	/// - Every signed range of a retained anchor lies at or before its stream's signed cursor (an
	///   owner's reset forgets only unsigned ranges), a signed cursor is never past the cursor,
	///   and every cursor points at an anchor that was made.
	/// - `StreamCount` counts each device's streams, within the limit.
	/// - Each depositor's held stream deposits equal the deposits of its streams.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let (oldest, next) = (OldestAnchor::<T>::get(), NextAnchorId::<T>::get());
		ensure!(oldest <= next, "anchor cursors crossed");
		let mut anchors: u64 = 0;
		for (id, anchor) in Anchors::<T>::iter() {
			ensure!(oldest <= id && id < next, "an anchor outside the cursors");
			anchors.saturating_inc();
			for r in anchor.ranges.iter() {
				let Some(stream) = Streams::<T>::get(r.range.device, r.range.stream) else {
					continue;
				};
				// An owner's reset forgets unsigned ranges, never signed ones.
				if r.summary.is_none() {
					continue;
				}
				let cursor = stream.signed_cursor.ok_or("a signed stream without a cursor")?;
				ensure!(cursor.last_sequence >= r.range.last_sequence, "a range past its cursor");
				ensure!(cursor.last_anchor >= id, "a cursor behind an anchor of its stream");
			}
		}
		ensure!(anchors == next.saturating_sub(oldest), "holes between the anchor cursors");

		let (oldest, next) = (OldestAttestation::<T>::get(), NextAttestationId::<T>::get());
		let mut attestations: u64 = 0;
		for (id, a) in Attestations::<T>::iter() {
			ensure!(oldest <= id && id < next, "an attestation outside the cursors");
			let r = &a.reading;
			ensure!(
				AttestedReadings::<T>::get((r.device, r.stream, r.sequence)) == Some(id),
				"an attestation missing from the index"
			);
			attestations.saturating_inc();
		}
		ensure!(attestations == next.saturating_sub(oldest), "holes between the cursors");
		ensure!(
			AttestedReadings::<T>::iter().count() as u64 == attestations,
			"an index entry without an attestation"
		);

		let mut counts: BTreeMap<_, u32> = BTreeMap::new();
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (device, _, stream) in Streams::<T>::iter() {
			counts.entry(device).or_default().saturating_inc();
			if let Some(c) = stream.cursor {
				ensure!(c.last_anchor < NextAnchorId::<T>::get(), "a cursor at an unmade anchor");
			}
			if let Some(signed) = stream.signed_cursor {
				let cursor = stream.cursor.ok_or("a signed cursor without a cursor")?;
				ensure!(signed.last_sequence <= cursor.last_sequence, "signed cursor ahead");
			}
			held.entry(stream.depositor).or_default().saturating_accrue(stream.deposit);
		}
		ensure!(
			StreamCount::<T>::iter().count() == counts.len(),
			"a stream count for a device without streams"
		);
		for (device, count) in counts {
			ensure!(StreamCount::<T>::get(device) == count, "stream count mismatch");
			ensure!(count <= T::MaxStreamsPerDevice::get(), "too many streams");
		}
		for (who, deposits) in held {
			let on_hold = T::Currency::balance_on_hold(&HoldReason::StreamDeposit.into(), &who);
			ensure!(on_hold == deposits, "held stream deposits differ from the streams'");
		}
		Ok(())
	}
}
