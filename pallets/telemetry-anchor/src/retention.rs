//! Retention: anchors and attestations leave the chain after their time, in `on_idle`, with
//! bounded work per block.
//!
//! Both are numbered in the order they were made and live for a fixed number of blocks, so the
//! oldest one is always the next to go: pruning walks a cursor forward and stops at the first
//! record still in its time.

use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

use crate::*;

impl<T: Config> Pallet<T> {
	/// Removes what has expired at `now`, within `limit`; returns the weight used.
	pub(crate) fn prune(now: BlockNumberFor<T>, limit: Weight) -> Weight {
		let anchors = Self::prune_anchors(now, limit);
		anchors.saturating_add(Self::expire_attestations(now, limit.saturating_sub(anchors)))
	}

	pub(crate) fn prune_anchors(now: BlockNumberFor<T>, limit: Weight) -> Weight {
		let base = T::WeightInfo::prune_anchors(0);
		let each = T::WeightInfo::prune_anchors(1).saturating_sub(base);
		if !limit.all_gte(base.saturating_add(each)) {
			return Weight::zero();
		}
		let (first, end) = (OldestAnchor::<T>::get(), NextAnchorId::<T>::get());
		let mut oldest = first;
		let mut used = base;
		let retention = T::Retention::get();
		while oldest < end && limit.all_gte(used.saturating_add(each)) {
			used.saturating_accrue(each);
			match Anchors::<T>::get(oldest) {
				Some(anchor) if anchor.block.saturating_add(retention) > now => break,
				Some(_) => Anchors::<T>::remove(oldest),
				None => {
					defensive!("anchors are kept without holes between the cursors");
				}
			}
			oldest.saturating_inc();
		}
		if oldest > first {
			OldestAnchor::<T>::put(oldest);
			Self::deposit_event(Event::AnchorsPruned { from: first, to: oldest.saturating_sub(1) });
		}
		used
	}

	pub(crate) fn expire_attestations(now: BlockNumberFor<T>, limit: Weight) -> Weight {
		let base = T::WeightInfo::expire_attestations(0);
		let each = T::WeightInfo::expire_attestations(1).saturating_sub(base);
		if !limit.all_gte(base.saturating_add(each)) {
			return Weight::zero();
		}
		let (first, end) = (OldestAttestation::<T>::get(), NextAttestationId::<T>::get());
		let mut oldest = first;
		let mut used = base;
		while oldest < end && limit.all_gte(used.saturating_add(each)) {
			used.saturating_accrue(each);
			match Attestations::<T>::get(oldest) {
				Some(a) if a.expires_at > now => break,
				Some(a) => {
					let r = &a.reading;
					AttestedReadings::<T>::remove((r.device, r.stream, r.sequence));
					Attestations::<T>::remove(oldest);
				}
				None => {
					defensive!("attestations are kept without holes between the cursors");
				}
			}
			oldest.saturating_inc();
		}
		if oldest > first {
			OldestAttestation::<T>::put(oldest);
			Self::deposit_event(Event::AttestationsExpired {
				from: first,
				to: oldest.saturating_sub(1),
			});
		}
		used
	}
}
