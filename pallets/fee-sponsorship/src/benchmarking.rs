//! Benchmarks of the calls (worst cases) and of paying a sponsored fee.

use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Balanced, Inspect},
	tokens::Precision,
	Get, Imbalance,
};
use frame_system::RawOrigin;
use sp_runtime::traits::{Bounded, Saturating, Zero};

use crate::*;

/// An owner with funds for a budget of `MinBudget * 1000` and many deposits.
fn owner<T: Config>() -> T::AccountId {
	let owner: T::AccountId = account("owner", 0, 0);
	let amount = T::MinBudget::get()
		.saturating_mul(10_000u32.into())
		.saturating_add(T::SponsorshipDeposit::get().saturating_mul(100u32.into()))
		.saturating_add(T::Currency::minimum_balance());
	let _ = T::Currency::deposit(&owner, amount, Precision::Exact);
	owner
}

fn budget<T: Config>() -> BalanceOf<T> {
	T::MinBudget::get().saturating_mul(1_000u32.into())
}

fn quota<T: Config>() -> Quota<BalanceOf<T>> {
	Quota { fees: BalanceOf::<T>::max_value(), transactions: u32::MAX, scopes: Scopes::ALL }
}

/// A device of `owner` signing as `signer`, sponsored by `owner` with a funded budget.
fn sponsored<T: Config>(owner: &T::AccountId, signer: &T::AccountId) -> iot_primitives::DeviceId {
	let device = T::BenchmarkHelper::register_device(owner, signer);
	Pallet::<T>::do_fund(owner.clone(), budget::<T>()).expect("the owner can fund");
	Pallet::<T>::do_sponsor(owner.clone(), device, quota::<T>()).expect("the owner sponsors");
	device
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn fund() {
		let owner = owner::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), budget::<T>());
		assert_eq!(Budgets::<T>::get(&owner).map(|b| b.amount), Some(budget::<T>()));
	}

	#[benchmark]
	fn withdraw() {
		let owner = owner::<T>();
		Pallet::<T>::do_fund(owner.clone(), budget::<T>()).expect("the owner can fund");
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), budget::<T>());
		assert!(Budgets::<T>::get(&owner).is_none());
	}

	#[benchmark]
	fn set_alert() {
		let owner = owner::<T>();
		Pallet::<T>::do_fund(owner.clone(), budget::<T>()).expect("the owner can fund");
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), budget::<T>());
		assert_eq!(Budgets::<T>::get(&owner).map(|b| b.alert_below), Some(budget::<T>()));
	}

	#[benchmark]
	fn sponsor_device() {
		let owner = owner::<T>();
		let old: T::AccountId = account("device", 0, 0);
		let new: T::AccountId = account("device", 1, 0);
		let device = sponsored::<T>(&owner, &old);
		// The key rotated: sponsoring again replaces the stale record.
		T::BenchmarkHelper::set_signer(device, &new);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device, quota::<T>());
		assert_eq!(SponsoredDevices::<T>::get(device), Some(new));
		assert!(Sponsorships::<T>::get(&old).is_none());
	}

	#[benchmark]
	fn unsponsor_device() {
		let owner = owner::<T>();
		let signer: T::AccountId = account("device", 0, 0);
		let device = sponsored::<T>(&owner, &signer);
		// A device that has transacted: its account is retained, not reaped.
		frame_system::Pallet::<T>::inc_account_nonce(&signer);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device);
		assert!(SponsoredDevices::<T>::get(device).is_none());
	}

	#[benchmark]
	fn charge_sponsored() {
		let owner = owner::<T>();
		let signer: T::AccountId = account("device", 0, 0);
		let device = sponsored::<T>(&owner, &signer);
		// Both events fire: the budget falls below its alert level and the quota is reached.
		Pallet::<T>::do_set_alert(owner.clone(), budget::<T>()).expect("a budget exists");
		let fee = T::MinBudget::get();
		let mut tight = quota::<T>();
		tight.transactions = 1;
		Pallet::<T>::do_sponsor(owner.clone(), device, tight).expect("the owner sponsors");
		let call: <T as frame_system::Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: Default::default() }.into();

		#[block]
		{
			let payer = Pallet::<T>::payer(&signer, &call, fee).expect("the fee is sponsored");
			let credit = Pallet::<T>::charge(payer.expect("a sponsored device"), fee)
				.expect("the budget pays");
			let (paid, refund) = credit.split(fee / 2u32.into());
			Pallet::<T>::refund(&signer, &owner, device, refund, paid.peek());
		}

		let spent = budget::<T>()
			.saturating_sub(Budgets::<T>::get(&owner).map_or(Zero::zero(), |b| b.amount));
		assert_eq!(spent, fee.saturating_sub(fee / 2u32.into()));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
