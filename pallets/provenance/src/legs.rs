//! Transport legs: an item in a custodian's hands bound to a tracker's stream, judged on
//! device-signed anchored telemetry.

use alloc::vec::Vec;
use codec::Encode;
use frame_support::{ensure, pallet_prelude::*, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	payment::ConditionFailure,
	provenance::{HandlingBand, ItemId, LegId, LegVerdict},
	telemetry::{AnchorId, StreamId},
	traits::{DeviceInspect, LegVerdicts, TelemetryProof},
	DeviceId,
};
use sp_runtime::traits::Saturating;

use crate::{
	history::ENTRY_OVERHEAD, Config, Error, Event, ItemStatus, Items, Leg, Legs, NextLegId,
	OpenLeg, Pallet, TraceEventKind,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_start_leg(
		who: T::AccountId,
		id: ItemId,
		tracker: DeviceId,
		stream: StreamId,
		band: HandlingBand,
	) -> DispatchResult {
		let item = Items::<T>::get(id).ok_or(Error::<T>::UnknownItem)?;
		ensure!(item.parent.is_none(), Error::<T>::Packed);
		ensure!(item.status == ItemStatus::Active, Error::<T>::NotActive);
		let custodian = item.custodian.clone().ok_or(Error::<T>::Packed)?;
		ensure!(who == custodian || item.owner.as_ref() == Some(&who), Error::<T>::NotLegParty);
		ensure!(band.is_valid(), Error::<T>::InvalidBand);
		ensure!(T::Devices::owner(&tracker).is_some(), Error::<T>::UnknownDevice);
		ensure!(T::Devices::is_active(&tracker), Error::<T>::DeviceInactive);
		ensure!(!OpenLeg::<T>::contains_key(id), Error::<T>::LegUnderWay);
		Self::ensure_room(&item)?;
		let leg_id = NextLegId::<T>::get();
		let next = leg_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let leg = Leg::<T> {
			item: id,
			custodian: custodian.clone(),
			opened_by: who.clone(),
			tracker,
			certified: T::Devices::is_certified(&tracker),
			stream,
			band,
			from: Self::now_ms(),
			to: None,
			deadline: None,
			verdict: LegVerdict::Pending,
			deposit: Default::default(),
		};
		// The leg stays for good; its open-leg index goes when it ends.
		let bytes = leg.encoded_size().saturating_add(ENTRY_OVERHEAD.saturating_mul(2));
		let leg = Leg::<T> { deposit: Self::deposit_for(bytes), ..leg };
		Self::hold_records(&who, leg.deposit)?;
		let kind = TraceEventKind::Leg { leg: leg_id };
		Self::record(Self::chain_event(&who, kind), alloc::vec![(id, item)])?;
		NextLegId::<T>::put(next);
		Legs::<T>::insert(leg_id, leg);
		OpenLeg::<T>::insert(id, leg_id);
		Self::deposit_event(Event::LegStarted {
			leg: leg_id,
			item: id,
			custodian,
			tracker,
			stream,
			band,
		});
		Ok(())
	}

	/// Ends a leg now, by the item's owner (`who`) or by a delivery (`None`). The custodian
	/// cannot end its own leg: it would pick the moment that hides an excursion.
	pub(crate) fn do_end_leg(who: Option<T::AccountId>, leg_id: LegId) -> DispatchResult {
		let mut leg = Legs::<T>::get(leg_id).ok_or(Error::<T>::UnknownLeg)?;
		ensure!(leg.to.is_none(), Error::<T>::LegEnded);
		if let Some(who) = who {
			ensure!(Self::owner_of(leg.item)? == who, Error::<T>::NotLegParty);
		}
		let at = Self::now_ms();
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ProofPeriod::get());
		leg.to = Some(at);
		leg.deadline = Some(deadline);
		OpenLeg::<T>::remove(leg.item);
		Legs::<T>::insert(leg_id, leg);
		Self::deposit_event(Event::LegEnded { leg: leg_id, at, deadline });
		Ok(())
	}

	pub(crate) fn do_prove_leg(
		leg_id: LegId,
		anchors: BoundedVec<AnchorId, T::MaxWindowAnchors>,
	) -> DispatchResult {
		let (mut leg, to, _) = Self::undecided(leg_id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(leg.deadline.is_some_and(|deadline| now <= deadline), Error::<T>::DeadlinePassed);
		let ranges = anchors
			.iter()
			.map(|anchor| T::Telemetry::anchored_range(anchor, leg.tracker, leg.stream))
			.collect::<Option<Vec<_>>>()
			.ok_or(Error::<T>::NotAnchored)?;
		let verdict = leg.band.judge(leg.from, to, &ranges).map_err(Self::failure_error)?;
		leg.verdict = verdict;
		Legs::<T>::insert(leg_id, leg);
		Self::deposit_event(Event::LegJudged { leg: leg_id, verdict });
		Ok(())
	}

	pub(crate) fn do_expire_leg(leg_id: LegId) -> DispatchResult {
		let (mut leg, _, deadline) = Self::undecided(leg_id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > deadline, Error::<T>::DeadlineNotReached);
		leg.verdict = LegVerdict::Unproven;
		Legs::<T>::insert(leg_id, leg);
		Self::deposit_event(Event::LegJudged { leg: leg_id, verdict: LegVerdict::Unproven });
		Ok(())
	}

	/// An ended leg without a verdict, with its end and deadline.
	fn undecided(leg_id: LegId) -> Result<(Leg<T>, u64, BlockNumberFor<T>), DispatchError> {
		let leg = Legs::<T>::get(leg_id).ok_or(Error::<T>::UnknownLeg)?;
		let (Some(to), Some(deadline)) = (leg.to, leg.deadline) else {
			return Err(Error::<T>::LegNotEnded.into());
		};
		ensure!(leg.verdict == LegVerdict::Pending, Error::<T>::LegDecided);
		Ok((leg, to, deadline))
	}

	fn failure_error(failure: ConditionFailure) -> DispatchError {
		match failure {
			ConditionFailure::Unsigned => Error::<T>::UnsignedSummary,
			ConditionFailure::Gap => Error::<T>::SequenceGap,
			ConditionFailure::WindowNotCovered => Error::<T>::WindowNotCovered,
			_ => Error::<T>::NotAnchored,
		}
		.into()
	}
}

impl<T: Config> LegVerdicts for Pallet<T> {
	fn verdict(leg: LegId) -> Option<LegVerdict> {
		Legs::<T>::get(leg).map(|leg| leg.verdict)
	}
}
