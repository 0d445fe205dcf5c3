//! Liveness: staked nodes whose device signed anchored telemetry earn credit in proportion to
//! their stake, settled lazily.

use frame_support::{pallet_prelude::*, weights::Weight};
use iot_primitives::{rewards::NodeId, traits::OnAnchored, DeviceId};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Saturating, Zero},
	Rounding, SaturatedConversion,
};

use crate::{
	BalanceOf, Config, CountedStake, CurrentEpoch, EpochLiveness, Error, Event, NodeOf, Nodes,
	Pallet, WeightInfo,
};

/// The telemetry anchors call this for device-signed ranges only: the owner's own unsigned
/// anchors keep no node live.
impl<T: Config> OnAnchored for Pallet<T> {
	fn on_anchored(device: DeviceId) -> Weight {
		Self::mark_live(device)
	}

	fn weight() -> Weight {
		T::WeightInfo::mark_live()
	}
}

impl<T: Config> Pallet<T> {
	/// Marks the node of `device` live in the running epoch, once, counting its bonded stake if
	/// it is at least [`Config::MinNodeStake`] (and its device is certified where the chain
	/// requires it); returns the weight used.
	pub(crate) fn mark_live(id: NodeId) -> Weight {
		let Some(mut node) = Nodes::<T>::get(id) else { return T::DbWeight::get().reads(1) };
		let epoch = CurrentEpoch::<T>::get();
		if node.live_epoch == Some(epoch) || node.stake < T::MinNodeStake::get() {
			return T::DbWeight::get().reads(2);
		}
		// A certification revoked (or a maker removed) since registration ends the earning.
		if !Self::certified_enough(id) {
			return T::DbWeight::get().reads(5);
		}
		Self::settle_liveness(id, &mut node);
		let mut tally = EpochLiveness::<T>::get(epoch).unwrap_or_default();
		tally.live_stake = tally.live_stake.saturating_add(node.stake);
		tally.unsettled = tally.unsettled.saturating_add(1);
		EpochLiveness::<T>::insert(epoch, tally);
		CountedStake::<T>::insert(id, node.stake);
		node.live_epoch = Some(epoch);
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::NodeLive { node: id, epoch });
		T::WeightInfo::mark_live()
	}

	/// The credit of the node's last live epoch, if that epoch ended: the epoch's liveness pool
	/// times the node's counted stake over all the stake counted in the epoch.
	fn ended_credit(id: NodeId, node: &NodeOf<T>) -> Option<BalanceOf<T>> {
		let epoch = node.live_epoch.filter(|e| *e < CurrentEpoch::<T>::get())?;
		let tally = EpochLiveness::<T>::get(epoch)?;
		let stake = CountedStake::<T>::get(id)?;
		Some(Self::stake_share(tally.pool, stake, tally.live_stake))
	}

	/// `pool * stake / total`, rounded down: the sum over the live nodes never exceeds the pool.
	fn stake_share(pool: BalanceOf<T>, stake: BalanceOf<T>, total: BalanceOf<T>) -> BalanceOf<T> {
		let (pool, stake, total): (u128, u128, u128) =
			(pool.saturated_into(), stake.saturated_into(), total.saturated_into());
		multiply_by_rational_with_rounding(pool, stake, total, Rounding::Down)
			.map_or_else(Zero::zero, BalanceOf::<T>::saturated_from)
	}

	/// Adds the credit of the node's last live epoch once it ended, and lets go of the epoch's
	/// tally when the last of its live nodes has settled.
	pub(crate) fn settle_liveness(id: NodeId, node: &mut NodeOf<T>) {
		let Some(epoch) = node.live_epoch.filter(|e| *e < CurrentEpoch::<T>::get()) else {
			return;
		};
		let credit = Self::ended_credit(id, node).unwrap_or_else(Zero::zero);
		node.liveness_unclaimed = node.liveness_unclaimed.saturating_add(credit);
		node.live_epoch = None;
		CountedStake::<T>::remove(id);
		if let Some(mut tally) = EpochLiveness::<T>::get(epoch) {
			tally.unsettled = tally.unsettled.saturating_sub(1);
			match tally.unsettled {
				0 => EpochLiveness::<T>::remove(epoch),
				_ => EpochLiveness::<T>::insert(epoch, tally),
			}
		}
	}

	/// The liveness credit a node can claim now.
	pub(crate) fn claimable_liveness(id: NodeId, node: &NodeOf<T>) -> BalanceOf<T> {
		node.liveness_unclaimed
			.saturating_add(Self::ended_credit(id, node).unwrap_or_else(Zero::zero))
	}

	pub(crate) fn do_claim_liveness(id: NodeId) -> DispatchResult {
		let mut node = Nodes::<T>::get(id).ok_or(Error::<T>::UnknownNode)?;
		Self::ensure_unchallenged(id)?;
		let amount = Self::claimable_liveness(id, &node);
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
		Self::settle_liveness(id, &mut node);
		let (to_owner, to_host) = Self::pay(&node, amount)?;
		node.liveness_unclaimed = Zero::zero();
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::LivenessClaimed { node: id, to_owner, to_host });
		Ok(())
	}
}
