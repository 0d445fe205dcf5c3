//! Two-party handoffs of custody and ownership.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use iot_primitives::provenance::ItemId;

use crate::{
	Config, Error, Event, Handoff, Handoffs, HoldReason, ItemStatus, Items, OpenLeg, Pallet,
	TraceEventKind, Transfer,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_propose_handoff(
		who: T::AccountId,
		id: ItemId,
		to: T::AccountId,
		transfer: Transfer,
	) -> DispatchResult {
		let item = Items::<T>::get(id).ok_or(Error::<T>::UnknownItem)?;
		ensure!(item.parent.is_none(), Error::<T>::Packed);
		ensure!(item.status == ItemStatus::Active, Error::<T>::NotActive);
		ensure!(to != who, Error::<T>::SelfHandoff);
		if transfer.custody() {
			ensure!(item.custodian.as_ref() == Some(&who), Error::<T>::NotCustodian);
		}
		if transfer.ownership() {
			ensure!(item.owner.as_ref() == Some(&who), Error::<T>::NotOwner);
		}
		ensure!(!Handoffs::<T>::contains_key(id), Error::<T>::HandoffPending);
		let deposit = T::HandoffDeposit::get();
		T::Currency::hold(&HoldReason::Handoff.into(), &who, deposit)?;
		Handoffs::<T>::insert(id, Handoff { from: who.clone(), to: to.clone(), transfer, deposit });
		Self::deposit_event(Event::HandoffProposed { item: id, from: who, to, transfer });
		Ok(())
	}

	/// The receiver pays for the history entry: it chose to take the item.
	pub(crate) fn do_accept_handoff(who: T::AccountId, id: ItemId) -> DispatchResult {
		let handoff = Handoffs::<T>::get(id).ok_or(Error::<T>::NoHandoff)?;
		ensure!(handoff.to == who, Error::<T>::NotReceiver);
		let mut item = Items::<T>::get(id).ok_or(Error::<T>::UnknownItem)?;
		ensure!(item.parent.is_none(), Error::<T>::Packed);
		ensure!(item.status == ItemStatus::Active, Error::<T>::NotActive);
		Self::ensure_room(&item)?;
		let transfer = handoff.transfer;
		if transfer.custody() {
			item.custodian = Some(who.clone());
		}
		if transfer.ownership() {
			item.owner = Some(who.clone());
		}
		let kind =
			TraceEventKind::Handoff { from: handoff.from.clone(), to: who.clone(), transfer };
		let event = Self::record(Self::chain_event(&who, kind), alloc::vec![(id, item)])?;
		Self::release_handoff(id, &handoff)?;
		if transfer.custody() {
			if let Some(leg) = OpenLeg::<T>::get(id) {
				Self::do_end_leg(None, leg)?;
			}
		}
		Self::deposit_event(Event::HandoffAccepted {
			event,
			item: id,
			from: handoff.from,
			to: who,
			transfer,
		});
		Ok(())
	}

	/// Rejects (by the receiver) or cancels (by the proposer) a pending handoff.
	pub(crate) fn do_close_handoff(who: T::AccountId, id: ItemId, cancel: bool) -> DispatchResult {
		let handoff = Handoffs::<T>::get(id).ok_or(Error::<T>::NoHandoff)?;
		if cancel {
			ensure!(handoff.from == who, Error::<T>::NotProposer);
		} else {
			ensure!(handoff.to == who, Error::<T>::NotReceiver);
		}
		Self::release_handoff(id, &handoff)?;
		Self::deposit_event(if cancel {
			Event::HandoffCancelled { item: id }
		} else {
			Event::HandoffRejected { item: id }
		});
		Ok(())
	}

	fn release_handoff(id: ItemId, handoff: &Handoff<T>) -> DispatchResult {
		T::Currency::release(
			&HoldReason::Handoff.into(),
			&handoff.from,
			handoff.deposit,
			Precision::BestEffort,
		)?;
		Handoffs::<T>::remove(id);
		Ok(())
	}
}
