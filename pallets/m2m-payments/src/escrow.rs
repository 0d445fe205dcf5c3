//! Escrowed agreements: held payments released by confirmation or telemetry, or refunded after
//! the deadline. Disputes are in `disputes.rs`.

use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	payment::{AgreementId, AgreementStatus, Condition, ConditionFailure},
	provenance::LegVerdict,
	traits::{DeviceInspect, LegVerdicts, TelemetryProof},
};

use crate::{
	AgreementOf, Agreements, BalanceOf, Config, DisputeOf, Error, Event, Evidence, HoldReason,
	NextAgreementId, Pallet, Release, WeightInfo,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_agreement(
		consumer: T::AccountId,
		provider: T::AccountId,
		amount: BalanceOf<T>,
		condition: Condition,
		duration: BlockNumberFor<T>,
	) -> DispatchResult {
		ensure!(amount >= T::MinEscrow::get(), Error::<T>::AmountTooLow);
		let deadline = Self::deadline_after(duration)?;
		Self::validate_condition(&condition)?;
		let id = NextAgreementId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::Escrow.into(), &consumer, amount)?;
		NextAgreementId::<T>::put(next);
		let agreement = AgreementOf::<T> {
			consumer: consumer.clone(),
			provider: provider.clone(),
			amount,
			condition: condition.clone(),
			deadline,
			status: AgreementStatus::Active,
		};
		Agreements::<T>::insert(id, agreement);
		Self::deposit_event(Event::AgreementCreated {
			agreement: id,
			consumer,
			provider,
			amount,
			condition,
			deadline,
		});
		Ok(())
	}

	pub(crate) fn do_confirm(who: T::AccountId, id: AgreementId) -> DispatchResult {
		let agreement = Self::active_agreement(id)?;
		ensure!(who == agreement.consumer, Error::<T>::NotAuthorized);
		Self::pay_provider(id, agreement, Release::Confirmed)
	}

	/// Pays an active agreement's provider; on a disputed one, records the proof for the
	/// dispute's default rule. Either way the proof must come before the deadline: a dispute
	/// takes none of the provider's time to prove, and gives it none either.
	pub(crate) fn do_release(id: AgreementId, evidence: Evidence<T>) -> DispatchResult {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= agreement.deadline, Error::<T>::DeadlinePassed);
		if let AgreementStatus::Disputed(dispute) = &agreement.status {
			ensure!(!dispute.proven, Error::<T>::AlreadyProven);
		}
		Self::check_evidence(&agreement.condition, evidence)?;
		match agreement.status.clone() {
			AgreementStatus::Active => Self::pay_provider(id, agreement, Release::Proven),
			AgreementStatus::Disputed(dispute) => {
				let status = AgreementStatus::Disputed(DisputeOf::<T> { proven: true, ..dispute });
				Agreements::<T>::insert(id, AgreementOf::<T> { status, ..agreement });
				Self::deposit_event(Event::DisputedConditionProven { agreement: id });
				Ok(())
			}
		}
	}

	pub(crate) fn do_refund(id: AgreementId) -> DispatchResult {
		let agreement = Self::active_agreement(id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > agreement.deadline, Error::<T>::DeadlineNotReached);
		T::Currency::release(
			&HoldReason::Escrow.into(),
			&agreement.consumer,
			agreement.amount,
			Precision::Exact,
		)?;
		Agreements::<T>::remove(id);
		Self::deposit_event(Event::AgreementRefunded {
			agreement: id,
			consumer: agreement.consumer,
			amount: agreement.amount,
		});
		Ok(())
	}

	/// An agreement that is neither settled nor disputed.
	pub(crate) fn active_agreement(id: AgreementId) -> Result<AgreementOf<T>, DispatchError> {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(agreement.status == AgreementStatus::Active, Error::<T>::Disputed);
		Ok(agreement)
	}

	fn pay_provider(id: AgreementId, agreement: AgreementOf<T>, reason: Release) -> DispatchResult {
		T::Currency::transfer_on_hold(
			&HoldReason::Escrow.into(),
			&agreement.consumer,
			&agreement.provider,
			agreement.amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		Agreements::<T>::remove(id);
		Self::deposit_event(Event::AgreementReleased {
			agreement: id,
			provider: agreement.provider,
			amount: agreement.amount,
			reason,
		});
		Ok(())
	}

	fn validate_condition(condition: &Condition) -> DispatchResult {
		let well_formed = match *condition {
			Condition::ConsumerConfirms => true,
			Condition::AllReadingsWithin { from, to, min, max, .. } => from <= to && min <= max,
			Condition::ReadingWithin { min, max, .. } => min <= max,
			Condition::LegMet { .. } => true,
		};
		ensure!(well_formed, Error::<T>::InvalidCondition);
		if let Condition::LegMet { leg } = *condition {
			ensure!(T::Legs::verdict(leg).is_some(), Error::<T>::UnknownLeg);
		}
		if let Some((device, _)) = condition.stream() {
			ensure!(T::Devices::owner(&device).is_some(), Error::<T>::UnknownDevice);
		}
		Ok(())
	}

	fn check_evidence(condition: &Condition, evidence: Evidence<T>) -> DispatchResult {
		let proven = match (condition, evidence) {
			(Condition::AllReadingsWithin { device, stream, .. }, Evidence::Window(anchors)) => {
				let ranges = anchors
					.iter()
					.map(|anchor| T::Telemetry::anchored_range(anchor, *device, *stream))
					.collect::<Option<Vec<_>>>()
					.ok_or(Error::<T>::NotAnchored)?;
				condition.proven_by_ranges(&ranges)
			}
			(Condition::ReadingWithin { device, stream, .. }, Evidence::Reading(sequence)) => {
				let reading = T::Telemetry::attested_reading(*device, *stream, sequence)
					.ok_or(Error::<T>::ReadingNotAttested)?;
				condition.proven_by_reading(&reading)
			}
			(Condition::LegMet { leg }, Evidence::Leg) => match T::Legs::verdict(*leg) {
				Some(LegVerdict::Met) => Ok(()),
				_ => Err(ConditionFailure::LegNotMet),
			},
			_ => Err(ConditionFailure::WrongEvidence),
		};
		proven.map_err(|failure| Self::failure_error(failure).into())
	}

	fn failure_error(failure: ConditionFailure) -> Error<T> {
		match failure {
			ConditionFailure::WrongEvidence => Error::<T>::WrongEvidence,
			ConditionFailure::NotAnchored => Error::<T>::NotAnchored,
			ConditionFailure::Unsigned => Error::<T>::UnsignedSummary,
			ConditionFailure::Gap => Error::<T>::SequenceGap,
			ConditionFailure::WindowNotCovered => Error::<T>::WindowNotCovered,
			ConditionFailure::OutOfBounds => Error::<T>::ValueOutOfBounds,
			ConditionFailure::TooEarly => Error::<T>::ReadingTooEarly,
			ConditionFailure::LegNotMet => Error::<T>::LegNotMet,
		}
	}

	pub(crate) fn release_weight(evidence: &Evidence<T>) -> Weight {
		match evidence {
			Evidence::Window(anchors) => T::WeightInfo::release_window(
				(anchors.len() as u32).min(T::MaxWindowAnchors::get()),
			),
			// One read of another pallet's record, like an attested reading's.
			Evidence::Reading(_) | Evidence::Leg => T::WeightInfo::release_reading(),
		}
	}
}
