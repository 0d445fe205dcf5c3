//! Device spending limits: an allowance on the owner's funds, per period.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::{Precision, Preservation},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{traits::DeviceInspect, DeviceId};
use sp_runtime::traits::{CheckedAdd, Saturating, Zero};

use crate::{BalanceOf, Config, Error, Event, HoldReason, Pallet, SpendingLimit, SpendingLimits};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_spending_limit(
		who: T::AccountId,
		device: DeviceId,
		limit: BalanceOf<T>,
		period: BlockNumberFor<T>,
	) -> DispatchResult {
		let owner = T::Devices::owner(&device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(owner == who, Error::<T>::NotAuthorized);
		ensure!(!period.is_zero(), Error::<T>::ZeroPeriod);
		let record = match SpendingLimits::<T>::get(device) {
			// Lowering the limit below what the period already spent leaves nothing to spend
			// until the next period, and keeps `spent <= limit`.
			Some(current) if current.owner == who => {
				SpendingLimit { limit, period, spent: current.spent.min(limit), ..current }
			}
			stale => {
				let deposit = T::SpendingLimitDeposit::get();
				T::Currency::hold(&HoldReason::SpendingLimit.into(), &who, deposit)?;
				if let Some(stale) = stale {
					Self::release_limit_deposit(&stale);
				}
				SpendingLimit {
					owner: who.clone(),
					deposit,
					limit,
					period,
					period_start: frame_system::Pallet::<T>::block_number(),
					spent: Zero::zero(),
				}
			}
		};
		SpendingLimits::<T>::insert(device, record);
		Self::deposit_event(Event::SpendingLimitSet { device, owner: who, limit, period });
		Ok(())
	}

	pub(crate) fn do_remove_spending_limit(who: T::AccountId, device: DeviceId) -> DispatchResult {
		let record = SpendingLimits::<T>::get(device).ok_or(Error::<T>::NoSpendingLimit)?;
		let may_remove = match T::Devices::owner(&device) {
			None => true,
			Some(owner) => owner == who || record.owner == who,
		};
		ensure!(may_remove, Error::<T>::NotAuthorized);
		Self::release_limit_deposit(&record);
		SpendingLimits::<T>::remove(device);
		Self::deposit_event(Event::SpendingLimitRemoved { device });
		Ok(())
	}

	pub(crate) fn do_device_pay(
		who: T::AccountId,
		device: DeviceId,
		to: T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let owner = Self::authorize_spend(&who, device)?;
		let record = Self::charged(device, &owner, amount)?;
		T::Currency::transfer(&owner, &to, amount, Preservation::Preserve)?;
		let spent = record.spent;
		SpendingLimits::<T>::insert(device, record);
		Self::deposit_event(Event::DevicePaid { device, to, amount, spent });
		Ok(())
	}

	/// The owner of `device`, if it is active and `who` may spend for it.
	pub(crate) fn authorize_spend(
		who: &T::AccountId,
		device: DeviceId,
	) -> Result<T::AccountId, DispatchError> {
		let owner = T::Devices::owner(&device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(T::Devices::is_active(&device), Error::<T>::DeviceInactive);
		ensure!(T::Devices::may_act(&device, who, T::SpendRight::get()), Error::<T>::NotAuthorized);
		Ok(owner)
	}

	/// The device's limit record with `amount` spent in the current period (a new period starts
	/// once the last one is over), not yet stored.
	pub(crate) fn charged(
		device: DeviceId,
		owner: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<SpendingLimit<T>, DispatchError> {
		let mut record = SpendingLimits::<T>::get(device)
			.filter(|r| r.owner == *owner)
			.ok_or(Error::<T>::NoSpendingLimit)?;
		let now = frame_system::Pallet::<T>::block_number();
		if now >= record.period_start.saturating_add(record.period) {
			record.period_start = now;
			record.spent = Zero::zero();
		}
		record.spent = record
			.spent
			.checked_add(&amount)
			.filter(|spent| *spent <= record.limit)
			.ok_or(Error::<T>::SpendingLimitExceeded)?;
		Ok(record)
	}

	pub(crate) fn release_limit_deposit(record: &SpendingLimit<T>) {
		// Best effort: the deposit is held by this pallet alone, so it is all there.
		let _ = T::Currency::release(
			&HoldReason::SpendingLimit.into(),
			&record.owner,
			record.deposit,
			Precision::BestEffort,
		);
	}
}
