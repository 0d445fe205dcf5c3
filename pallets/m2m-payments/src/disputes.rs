//! Disputes of escrowed agreements: a bond to raise one, the arbiter to settle it, and a default
//! rule once the arbiter's time is up.
//!
//! Why a bond and a deadline (the review's L-8): a consumer could front-run a provable release
//! with a free dispute and leave the provider waiting on an arbiter with no deadline. Now:
//! - raising a dispute holds [`Config::DisputeBond`] from the disputer;
//! - a dispute takes nothing from the provider's proof: until the deadline `release` records
//!   device-signed evidence on the dispute (it does not pay, so the arbiter can still weigh a
//!   consumer's claim that the device was tampered with);
//! - the arbiter splits the payment as it sees fit; if it has not ruled within
//!   [`Config::DisputeTimeout`] blocks of the dispute, and the deadline has passed, anyone settles
//!   by the default rule: recorded proof pays the provider, no proof refunds the consumer, which
//!   is what the agreement would have done without the dispute;
//! - either way the disputer keeps the share of its bond that the settlement awards it, and the
//!   rest goes to the other party, whose payment the dispute delayed (a lost dispute forfeits the
//!   whole bond, a won one costs nothing).

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::payment::{AgreementId, AgreementStatus};
use sp_runtime::{traits::Zero, PerThing, Perbill, Saturating};

use crate::{
	AgreementOf, Agreements, BalanceOf, Config, DisputeOf, Error, Event, HoldReason, Pallet,
};

/// What a settled dispute moved.
struct Settlement<Balance> {
	to_provider: Balance,
	to_consumer: Balance,
	bond_returned: Balance,
	bond_forfeited: Balance,
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_dispute(who: T::AccountId, id: AgreementId) -> DispatchResult {
		let mut agreement = Self::active_agreement(id)?;
		ensure!(who == agreement.consumer || who == agreement.provider, Error::<T>::NotAuthorized);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= agreement.deadline, Error::<T>::DeadlinePassed);
		let bond = T::DisputeBond::get();
		T::Currency::hold(&HoldReason::DisputeBond.into(), &who, bond)?;
		agreement.status = AgreementStatus::Disputed(DisputeOf::<T> {
			by: who.clone(),
			raised_at: now,
			bond,
			proven: false,
		});
		Agreements::<T>::insert(id, agreement);
		Self::deposit_event(Event::AgreementDisputed { agreement: id, by: who, bond });
		Ok(())
	}

	pub(crate) fn do_resolve_dispute(id: AgreementId, provider_share: Perbill) -> DispatchResult {
		let (agreement, dispute) = Self::disputed_agreement(id)?;
		let s = Self::settle_dispute(id, agreement, dispute, provider_share)?;
		Self::deposit_event(Event::DisputeResolved {
			agreement: id,
			to_provider: s.to_provider,
			to_consumer: s.to_consumer,
			bond_returned: s.bond_returned,
			bond_forfeited: s.bond_forfeited,
		});
		Ok(())
	}

	pub(crate) fn do_settle_expired_dispute(id: AgreementId) -> DispatchResult {
		let (agreement, dispute) = Self::disputed_agreement(id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > Self::dispute_expiry(&agreement, &dispute), Error::<T>::DisputeNotExpired);
		let provider_share = if dispute.proven { Perbill::one() } else { Perbill::zero() };
		let s = Self::settle_dispute(id, agreement, dispute, provider_share)?;
		Self::deposit_event(Event::DisputeExpired {
			agreement: id,
			to_provider: s.to_provider,
			to_consumer: s.to_consumer,
			bond_returned: s.bond_returned,
			bond_forfeited: s.bond_forfeited,
		});
		Ok(())
	}

	/// The last block in which only the arbiter may settle a dispute: the arbiter always has
	/// `DisputeTimeout` blocks, and an early dispute never cuts the provider's time to prove
	/// short (a settlement before the deadline would refund a delivery still under way).
	pub(crate) fn dispute_expiry(
		agreement: &AgreementOf<T>,
		dispute: &DisputeOf<T>,
	) -> BlockNumberFor<T> {
		dispute.raised_at.saturating_add(T::DisputeTimeout::get()).max(agreement.deadline)
	}

	fn disputed_agreement(
		id: AgreementId,
	) -> Result<(AgreementOf<T>, DisputeOf<T>), DispatchError> {
		let agreement = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		match &agreement.status {
			AgreementStatus::Disputed(dispute) => {
				let dispute = dispute.clone();
				Ok((agreement, dispute))
			}
			AgreementStatus::Active => Err(Error::<T>::NotDisputed.into()),
		}
	}

	/// Pays `provider_share` of the payment to the provider and the rest back to the consumer,
	/// and splits the bond the same way: the disputer keeps the share awarded to it, the other
	/// party gets the share awarded to it. The call is transactional, so a failing transfer
	/// leaves nothing half done.
	fn settle_dispute(
		id: AgreementId,
		agreement: AgreementOf<T>,
		dispute: DisputeOf<T>,
		provider_share: Perbill,
	) -> Result<Settlement<BalanceOf<T>>, DispatchError> {
		let to_provider = provider_share.mul_floor(agreement.amount);
		let to_consumer = agreement.amount.saturating_sub(to_provider);
		let (other, other_share) = if dispute.by == agreement.consumer {
			(&agreement.provider, provider_share)
		} else {
			(&agreement.consumer, provider_share.left_from_one())
		};
		let bond_forfeited = other_share.mul_floor(dispute.bond);
		let bond_returned = dispute.bond.saturating_sub(bond_forfeited);

		let escrow = HoldReason::Escrow.into();
		if !to_provider.is_zero() {
			T::Currency::transfer_on_hold(
				&escrow,
				&agreement.consumer,
				&agreement.provider,
				to_provider,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
		}
		T::Currency::release(&escrow, &agreement.consumer, to_consumer, Precision::Exact)?;
		let bond = HoldReason::DisputeBond.into();
		if !bond_forfeited.is_zero() {
			T::Currency::transfer_on_hold(
				&bond,
				&dispute.by,
				other,
				bond_forfeited,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
		}
		T::Currency::release(&bond, &dispute.by, bond_returned, Precision::Exact)?;
		Agreements::<T>::remove(id);
		Ok(Settlement { to_provider, to_consumer, bond_returned, bond_forfeited })
	}
}
