//! Nodes whose device changed hands or left the registry (M-2): the node leaves its owner at
//! once, so the buyer can register it and the seller earns nothing more from it, while what the
//! seller put in stays answerable for the seller's tenure until it unlocks.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
	weights::Weight,
};
use iot_primitives::{rewards::NodeId, traits::DeviceLifecycle, DeviceId};
use sp_runtime::traits::{Saturating, Zero};

use crate::{
	Config, CountedStake, CurrentEpoch, EpochLiveness, Error, Event, HoldReason, NodeOf, Nodes,
	Pallet, RetiredNode, RetiredNodes, WeightInfo,
};

impl<T: Config> DeviceLifecycle<T::AccountId> for Pallet<T> {
	fn on_transferred(
		device: DeviceId,
		_from: &T::AccountId,
		_to: &T::AccountId,
	) -> DispatchResult {
		Self::retire(device);
		Ok(())
	}

	fn on_removed(device: DeviceId, _owner: &T::AccountId) {
		Self::retire(device);
	}

	fn weight() -> Weight {
		T::WeightInfo::retire_node()
	}
}

impl<T: Config> Pallet<T> {
	/// Takes the node of `device` from its owner: ended epochs' liveness credit is kept for
	/// them, the running epoch's is forfeited (the device's telemetry from here on is not
	/// theirs), and stake, deposit and credit wait in the owner's retired record, the stake
	/// unbonding and slashable for [`Config::UnbondingPeriod`].
	pub(crate) fn retire(id: NodeId) {
		let Some(mut node) = Nodes::<T>::take(id) else { return };
		Self::settle_liveness(id, &mut node);
		Self::forfeit_running_epoch(id, &node);
		let now = frame_system::Pallet::<T>::block_number();
		let unlock_at = node
			.unbonding
			.map_or(now, |(_, at)| at)
			.max(now.saturating_add(T::UnbondingPeriod::get()));
		let stake = Self::slashable_stake(&node);
		let NodeOf::<T> { owner, deposit, liveness_unclaimed, host, host_share, .. } = node;
		let mut record =
			RetiredNode::<T> { stake, deposit, liveness_unclaimed, unlock_at, host, host_share };
		// The seller bought the device back and sold it again: one record.
		if let Some(earlier) = RetiredNodes::<T>::get(id, &owner) {
			record.stake.saturating_accrue(earlier.stake);
			record.deposit.saturating_accrue(earlier.deposit);
			record.liveness_unclaimed.saturating_accrue(earlier.liveness_unclaimed);
			record.unlock_at = record.unlock_at.max(earlier.unlock_at);
		}
		RetiredNodes::<T>::insert(id, &owner, record);
		Self::deposit_event(Event::NodeRetired { node: id, owner, unlock_at });
	}

	/// Counts a node that is live in the running epoch out of it, so that the epoch's pool is
	/// shared among the others.
	fn forfeit_running_epoch(id: NodeId, node: &NodeOf<T>) {
		let epoch = CurrentEpoch::<T>::get();
		if node.live_epoch != Some(epoch) {
			return;
		}
		let counted = CountedStake::<T>::take(id).unwrap_or_else(Zero::zero);
		EpochLiveness::<T>::mutate_exists(epoch, |tally| {
			if let Some(t) = tally {
				t.live_stake = t.live_stake.saturating_sub(counted);
				t.unsettled = t.unsettled.saturating_sub(1);
				if t.unsettled == 0 {
					*tally = None;
				}
			}
		});
	}

	pub(crate) fn do_withdraw_retired(who: T::AccountId, id: NodeId) -> DispatchResult {
		let record = RetiredNodes::<T>::get(id, &who).ok_or(Error::<T>::UnknownNode)?;
		Self::ensure_unchallenged(id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= record.unlock_at, Error::<T>::NothingToWithdraw);
		if !record.liveness_unclaimed.is_zero() {
			Self::pay_to(&who, record.host.as_ref(), record.host_share, record.liveness_unclaimed)?;
		}
		T::Currency::release(&HoldReason::Stake.into(), &who, record.stake, Precision::BestEffort)?;
		T::Currency::release(
			&HoldReason::NodeDeposit.into(),
			&who,
			record.deposit,
			Precision::BestEffort,
		)?;
		RetiredNodes::<T>::remove(id, &who);
		Self::deposit_event(Event::RetiredWithdrawn { node: id, owner: who, stake: record.stake });
		Ok(())
	}
}
