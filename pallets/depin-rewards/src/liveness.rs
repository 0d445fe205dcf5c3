//! Liveness: nodes whose telemetry is anchored earn credit, capped per cell, settled lazily.

use frame_support::{pallet_prelude::*, weights::Weight};
use iot_primitives::{rewards::NodeId, traits::OnAnchored, DeviceId};
use sp_runtime::traits::{CheckedDiv, Saturating, Zero};

use crate::{
	BalanceOf, CellLiveness, Config, CurrentEpoch, EpochLiveness, Error, Event, NodeOf, Nodes,
	Pallet, WeightInfo,
};

impl<T: Config> OnAnchored for Pallet<T> {
	fn on_anchored(device: DeviceId) -> Weight {
		Self::mark_live(device)
	}

	fn weight() -> Weight {
		T::WeightInfo::mark_live()
	}
}

impl<T: Config> Pallet<T> {
	/// Marks the node of `device` live in the running epoch, once; returns the weight used.
	pub(crate) fn mark_live(id: NodeId) -> Weight {
		let Some(mut node) = Nodes::<T>::get(id) else { return T::DbWeight::get().reads(1) };
		let epoch = CurrentEpoch::<T>::get();
		if node.live_epoch == Some(epoch) {
			return T::DbWeight::get().reads(2);
		}
		Self::settle_liveness(&mut node);
		let mut cell = CellLiveness::<T>::get(epoch, node.cell).unwrap_or_default();
		let mut tally = EpochLiveness::<T>::get(epoch).unwrap_or_default();
		if cell.live == 0 {
			tally.live_cells = tally.live_cells.saturating_add(1);
		}
		cell.live = cell.live.saturating_add(1);
		cell.unsettled = cell.unsettled.saturating_add(1);
		tally.unsettled = tally.unsettled.saturating_add(1);
		CellLiveness::<T>::insert(epoch, node.cell, cell);
		EpochLiveness::<T>::insert(epoch, tally);
		node.live_epoch = Some(epoch);
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::NodeLive { node: id, epoch });
		T::WeightInfo::mark_live()
	}

	/// The credit of the node's last live epoch, if that epoch ended: the epoch's liveness pool
	/// shared equally between live cells, and the cell's share between its live nodes.
	fn ended_credit(node: &NodeOf<T>) -> Option<BalanceOf<T>> {
		let epoch = node.live_epoch.filter(|e| *e < CurrentEpoch::<T>::get())?;
		let tally = EpochLiveness::<T>::get(epoch)?;
		let cell = CellLiveness::<T>::get(epoch, node.cell)?;
		Some(
			tally
				.pool
				.checked_div(&tally.live_cells.into())
				.and_then(|per_cell| per_cell.checked_div(&cell.live.into()))
				.unwrap_or_else(Zero::zero),
		)
	}

	/// Adds the credit of the node's last live epoch once it ended, and lets go of the epoch's
	/// tallies when the last of its live nodes has settled.
	pub(crate) fn settle_liveness(node: &mut NodeOf<T>) {
		let Some(epoch) = node.live_epoch.filter(|e| *e < CurrentEpoch::<T>::get()) else {
			return;
		};
		let credit = Self::ended_credit(node).unwrap_or_else(Zero::zero);
		node.liveness_unclaimed = node.liveness_unclaimed.saturating_add(credit);
		node.live_epoch = None;
		if let Some(mut cell) = CellLiveness::<T>::get(epoch, node.cell) {
			cell.unsettled = cell.unsettled.saturating_sub(1);
			match cell.unsettled {
				0 => CellLiveness::<T>::remove(epoch, node.cell),
				_ => CellLiveness::<T>::insert(epoch, node.cell, cell),
			}
		}
		if let Some(mut tally) = EpochLiveness::<T>::get(epoch) {
			tally.unsettled = tally.unsettled.saturating_sub(1);
			match tally.unsettled {
				0 => EpochLiveness::<T>::remove(epoch),
				_ => EpochLiveness::<T>::insert(epoch, tally),
			}
		}
	}

	/// The liveness credit a node can claim now.
	pub(crate) fn claimable_liveness(node: &NodeOf<T>) -> BalanceOf<T> {
		node.liveness_unclaimed.saturating_add(Self::ended_credit(node).unwrap_or_else(Zero::zero))
	}

	pub(crate) fn do_claim_liveness(id: NodeId) -> DispatchResult {
		let mut node = Nodes::<T>::get(id).ok_or(Error::<T>::UnknownNode)?;
		let amount = Self::claimable_liveness(&node);
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
		Self::settle_liveness(&mut node);
		let (to_owner, to_host) = Self::pay(&node, amount)?;
		node.liveness_unclaimed = Zero::zero();
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::LivenessClaimed { node: id, to_owner, to_host });
		Ok(())
	}
}
