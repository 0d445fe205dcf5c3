//! The pallet's invariants, checked by `try-runtime` and after every unit test.

use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

use crate::*;

impl<T: Config> Pallet<T> {
	/// - every budget is exactly what its owner has on hold for budgets (a budget the fees
	///   emptied stays, with its alert level, until it is funded again);
	/// - every sponsorship is indexed by its device under the account it is stored at, and the
	///   index has no other entries;
	/// - no device used more than its quota in its period;
	/// - what each owner has on hold for sponsorship deposits is the sum of its records'
	///   deposits;
	/// - every sponsored or retained device account is kept alive by a sufficient reference,
	///   and no account is both.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (owner, budget) in Budgets::<T>::iter() {
			let held = T::Currency::balance_on_hold(&HoldReason::Budget.into(), &owner);
			ensure!(held == budget.amount, "a budget differs from what is held for it");
		}

		let mut deposits = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		let mut records = 0usize;
		for (account, record) in Sponsorships::<T>::iter() {
			records = records.saturating_add(1);
			ensure!(
				SponsoredDevices::<T>::get(record.device).as_ref() == Some(&account),
				"a sponsorship is not indexed by its device"
			);
			ensure!(record.fees_used <= record.quota.fees, "a device paid over its fee quota");
			ensure!(
				record.transactions_used <= record.quota.transactions,
				"a device sent over its transaction quota"
			);
			ensure!(
				frame_system::Pallet::<T>::account(&account).sufficients > 0,
				"a sponsored account has no sufficient reference"
			);
			ensure!(
				!RetainedAccounts::<T>::contains_key(&account),
				"a sponsored account is also retained"
			);
			let deposit = deposits.entry(record.owner).or_insert_with(Zero::zero);
			*deposit = deposit.saturating_add(record.deposit);
		}
		ensure!(SponsoredDevices::<T>::iter().count() == records, "stray device index entries");
		for (account, ()) in RetainedAccounts::<T>::iter() {
			ensure!(
				frame_system::Pallet::<T>::account(&account).sufficients > 0,
				"a retained account has no sufficient reference"
			);
		}
		for (owner, deposit) in deposits {
			let held = T::Currency::balance_on_hold(&HoldReason::SponsorshipDeposit.into(), &owner);
			ensure!(held == deposit, "sponsorship deposits differ from what is held");
		}
		Ok(())
	}
}
