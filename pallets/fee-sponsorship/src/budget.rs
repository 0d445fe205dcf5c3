//! Budgets: what owners hold to pay their devices' fees.

use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::traits::{CheckedAdd, CheckedSub, Zero};

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_fund(owner: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut budget = match Budgets::<T>::get(&owner) {
			Some(budget) => budget,
			None => {
				ensure!(amount >= T::MinBudget::get(), Error::<T>::BelowMinBudget);
				Budget { amount: Zero::zero(), alert_below: Zero::zero(), alerted: false }
			}
		};
		budget.amount = budget.amount.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::Budget.into(), &owner, amount)?;
		if budget.amount >= budget.alert_below {
			budget.alerted = false;
		}
		let total = budget.amount;
		Budgets::<T>::insert(&owner, budget);
		Self::deposit_event(Event::BudgetFunded { owner, amount, budget: total });
		Ok(())
	}

	pub(crate) fn do_withdraw(owner: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut budget = Budgets::<T>::get(&owner).ok_or(Error::<T>::NoBudget)?;
		budget.amount = budget.amount.checked_sub(&amount).ok_or(Error::<T>::InsufficientBudget)?;
		T::Currency::release(&HoldReason::Budget.into(), &owner, amount, Precision::Exact)?;
		let left = budget.amount;
		if left.is_zero() {
			Budgets::<T>::remove(&owner);
		} else {
			Budgets::<T>::insert(&owner, budget);
		}
		Self::deposit_event(Event::BudgetWithdrawn { owner, amount, budget: left });
		Ok(())
	}

	pub(crate) fn do_set_alert(owner: T::AccountId, below: BalanceOf<T>) -> DispatchResult {
		Budgets::<T>::try_mutate(&owner, |budget| {
			let budget = budget.as_mut().ok_or(Error::<T>::NoBudget)?;
			budget.alert_below = below;
			budget.alerted = false;
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::AlertSet { owner, below });
		Ok(())
	}
}
