//! Paying a sponsored device's fee: the checks at validation, the charge before dispatch and the
//! refund after it.

use frame_support::traits::{
	fungible::{Balanced, BalancedHold, MutateHold},
	Get, Imbalance,
};
use iot_primitives::{traits::DeviceSigners, DeviceId};
use sp_runtime::traits::{CheckedAdd, Saturating, Zero};

use crate::*;

/// A sponsorship found for a transaction and the budget that pays for it.
pub(crate) struct Payer<T: Config> {
	pub account: T::AccountId,
	pub record: Sponsorship<T>,
	pub budget: Budget<BalanceOf<T>>,
}

impl<T: Config> Pallet<T> {
	/// Who pays `fee` for `who`'s `call`: `Ok(None)` if `who` is no sponsored device (it pays
	/// itself), the reason if its sponsorship does not cover the transaction. Reads only.
	pub(crate) fn payer(
		who: &T::AccountId,
		call: &<T as frame_system::Config>::RuntimeCall,
		fee: BalanceOf<T>,
	) -> Result<Option<Payer<T>>, Refusal> {
		// Only a sponsorship makes an account sufficient here, and `CheckNonce` has already read
		// the account: ordinary signers cost no extra storage read.
		if frame_system::Pallet::<T>::account(who).sufficients == 0 {
			return Ok(None);
		}
		let Some(mut record) = Sponsorships::<T>::get(who) else { return Ok(None) };
		let signer = T::Devices::signer(record.device)
			.filter(|signer| &signer.account == who && signer.owner == record.owner)
			.ok_or(Refusal::StaleSponsorship)?;
		if !signer.active {
			return Err(Refusal::DeviceInactive);
		}
		if !record.quota.scopes.contains(T::CallScope::scope(call)) {
			return Err(Refusal::CallNotSponsored);
		}
		Self::roll_period(&mut record);
		if record.transactions_used >= record.quota.transactions {
			return Err(Refusal::TransactionQuotaReached);
		}
		let fees = record.fees_used.checked_add(&fee).filter(|fees| *fees <= record.quota.fees);
		if fees.is_none() {
			return Err(Refusal::FeeQuotaReached);
		}
		let budget = Budgets::<T>::get(&record.owner)
			.filter(|budget| budget.amount >= fee)
			.ok_or(Refusal::BudgetExhausted)?;
		Ok(Some(Payer { account: who.clone(), record, budget }))
	}

	/// Takes `fee` from the payer's budget, counts it against the device's quota and returns it
	/// as a credit.
	pub(crate) fn charge(payer: Payer<T>, fee: BalanceOf<T>) -> Result<CreditOf<T>, Refusal> {
		let Payer { account, mut record, mut budget } = payer;
		let (credit, missing) =
			<T::Currency as BalancedHold<_>>::slash(&HoldReason::Budget.into(), &record.owner, fee);
		if !missing.is_zero() {
			// The budget is always held in full; should it not be, nothing is taken.
			frame_support::defensive!("a sponsorship budget is not held in full");
			let _ = T::Currency::resolve(&record.owner, credit);
			return Err(Refusal::BudgetExhausted);
		}
		record.fees_used = record.fees_used.saturating_add(fee);
		record.transactions_used = record.transactions_used.saturating_add(1);
		budget.amount = budget.amount.saturating_sub(fee);

		let next_fits = record.fees_used.saturating_add(fee) <= record.quota.fees;
		if record.transactions_used >= record.quota.transactions || !next_fits {
			Self::deposit_event(Event::QuotaReached {
				device: record.device,
				owner: record.owner.clone(),
			});
		}
		if budget.amount < budget.alert_below && !budget.alerted {
			budget.alerted = true;
			Self::deposit_event(Event::BudgetLow {
				owner: record.owner.clone(),
				budget: budget.amount,
			});
		}
		Budgets::<T>::insert(&record.owner, budget);
		Sponsorships::<T>::insert(&account, record);
		Ok(credit)
	}

	/// After dispatch: puts `refund` (what was charged above the actual fee) back into `owner`'s
	/// budget, takes it off the usage of the device signing as `account`, and records the `paid`
	/// fee.
	pub(crate) fn refund(
		account: &T::AccountId,
		owner: &T::AccountId,
		device: DeviceId,
		refund: CreditOf<T>,
		paid: BalanceOf<T>,
	) {
		let amount = refund.peek();
		if T::Currency::resolve(owner, refund).is_ok() {
			let _ = Budgets::<T>::try_mutate(owner, |budget| {
				let budget = budget.as_mut().ok_or(())?;
				T::Currency::hold(&HoldReason::Budget.into(), owner, amount).map_err(|_| ())?;
				budget.amount = budget.amount.saturating_add(amount);
				Ok::<_, ()>(())
			});
		}
		Sponsorships::<T>::mutate_extant(account, |record| {
			record.fees_used = record.fees_used.saturating_sub(amount);
		});
		Self::deposit_event(Event::FeeSponsored { device, owner: owner.clone(), fee: paid });
	}

	/// What the device signing as `account` may still spend in its current period.
	pub(crate) fn left(account: &T::AccountId) -> Option<(BalanceOf<T>, u32)> {
		let mut record = Sponsorships::<T>::get(account)?;
		Self::roll_period(&mut record);
		Some((
			record.quota.fees.saturating_sub(record.fees_used),
			record.quota.transactions.saturating_sub(record.transactions_used),
		))
	}

	/// Starts a new period if the record's has ended.
	fn roll_period(record: &mut Sponsorship<T>) {
		let now = frame_system::Pallet::<T>::block_number();
		if now >= record.period_start.saturating_add(T::Period::get()) {
			record.period_start = now;
			record.fees_used = Zero::zero();
			record.transactions_used = 0;
		}
	}
}
