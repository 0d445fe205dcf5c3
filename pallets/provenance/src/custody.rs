//! Two-party handoffs of custody and ownership: proposed and accepted on chain, or signed by
//! one party off chain and submitted by the other.

use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::provenance::ItemId;
use sp_runtime::traits::{Verify, Zero};

use crate::{
	Config, Error, Event, Handoff, Handoffs, HoldReason, Item, ItemStatus, Items, OpenLeg, Pallet,
	SignedHandoff, TraceEventKind, Transfer,
};

/// The domain of the message the other party of a signed handoff signs.
pub const HANDOFF_DOMAIN: &[u8] = b"iot/prov/hnd1";

impl<T: Config> Pallet<T> {
	pub(crate) fn do_propose_handoff(
		who: T::AccountId,
		id: ItemId,
		to: T::AccountId,
		transfer: Transfer,
	) -> DispatchResult {
		Self::check_offer(id, &who, &to, transfer)?;
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
		let item = Items::<T>::get(id).ok_or(Error::<T>::UnknownItem)?;
		ensure!(item.parent.is_none(), Error::<T>::Packed);
		ensure!(item.status == ItemStatus::Active, Error::<T>::NotActive);
		Self::ensure_room(&item)?;
		Self::release_handoff(id, &handoff)?;
		Self::hand_over(&who, id, item, handoff.from, who.clone(), handoff.transfer)
	}

	/// The submitter pays for the history entry.
	pub(crate) fn do_handoff_signed(
		who: T::AccountId,
		handoff: SignedHandoff<T>,
		signature: T::OffchainSignature,
	) -> DispatchResult {
		let other = match (who == handoff.from, who == handoff.to) {
			(true, _) => handoff.to.clone(),
			(_, true) => handoff.from.clone(),
			_ => return Err(Error::<T>::NotParty.into()),
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= handoff.deadline, Error::<T>::SignatureExpired);
		let item = Self::check_offer(handoff.item, &handoff.from, &handoff.to, handoff.transfer)?;
		Self::ensure_room(&item)?;
		let payload = Self::handoff_payload(&handoff, item.events);
		ensure!(signature.verify(&payload[..], &other), Error::<T>::BadSignature);
		let SignedHandoff { item: id, from, to, transfer, .. } = handoff;
		Self::hand_over(&who, id, item, from, to, transfer)
	}

	/// What the other party of a signed handoff signs: the domain, the genesis hash, the
	/// handoff and the length of the item's history (which any later event changes).
	pub fn handoff_payload(handoff: &SignedHandoff<T>, history: u32) -> alloc::vec::Vec<u8> {
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		(HANDOFF_DOMAIN, genesis, handoff, history).encode()
	}

	/// The unpacked, active item `id`, of which `from` holds what `transfer` offers `to`, with no
	/// handoff pending.
	fn check_offer(
		id: ItemId,
		from: &T::AccountId,
		to: &T::AccountId,
		transfer: Transfer,
	) -> Result<Item<T>, DispatchError> {
		let item = Items::<T>::get(id).ok_or(Error::<T>::UnknownItem)?;
		ensure!(item.parent.is_none(), Error::<T>::Packed);
		ensure!(item.status == ItemStatus::Active, Error::<T>::NotActive);
		ensure!(to != from, Error::<T>::SelfHandoff);
		if transfer.custody() {
			ensure!(item.custodian.as_ref() == Some(from), Error::<T>::NotCustodian);
		}
		if transfer.ownership() {
			ensure!(item.owner.as_ref() == Some(from), Error::<T>::NotOwner);
		}
		ensure!(!Handoffs::<T>::contains_key(id), Error::<T>::HandoffPending);
		Ok(item)
	}

	/// Passes what `transfer` names of `item` from `from` to `to`, recorded by `by`; ends the leg
	/// under way when custody passes.
	fn hand_over(
		by: &T::AccountId,
		id: ItemId,
		mut item: Item<T>,
		from: T::AccountId,
		to: T::AccountId,
		transfer: Transfer,
	) -> DispatchResult {
		if transfer.custody() {
			item.custodian = Some(to.clone());
		}
		if transfer.ownership() {
			item.owner = Some(to.clone());
		}
		let kind = TraceEventKind::Handoff { from: from.clone(), to: to.clone(), transfer };
		let event = Self::record(Self::chain_event(by, kind), alloc::vec![(id, item)])?;
		if transfer.custody() {
			if let Some(leg) = OpenLeg::<T>::get(id) {
				Self::do_end_leg(None, leg)?;
			}
		}
		Self::deposit_event(Event::HandoffAccepted { event, item: id, from, to, transfer });
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
