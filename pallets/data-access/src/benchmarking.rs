//! Benchmarks (v2) of every call, each in its worst case: a grant that first settles an expired
//! subscription, a revocation in mid-period that pays and refunds, a device that leaves with as
//! many subscriptions and offers as it may have.

use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, Get};
use frame_system::RawOrigin;
use iot_primitives::{data::PaymentSource, DeviceId};
use sp_runtime::traits::Bounded;

use crate::*;

/// What benchmarks need from the device registry.
pub trait BenchmarkHelper<AccountId> {
	/// Stores an active device owned by `owner` and returns its id.
	fn register_device(owner: &AccountId) -> DeviceId;
}

fn funded<T: Config>(who: T::AccountId) -> T::AccountId {
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 4_096u32.into());
	who
}

/// The signer of the benchmarked call (whitelisted: the fee payment touched its account).
fn caller<T: Config>() -> T::AccountId {
	funded::<T>(whitelisted_caller())
}

fn reader<T: Config>(n: u32) -> T::AccountId {
	funded::<T>(account("reader", n, 0))
}

fn price<T: Config>() -> BalanceOf<T> {
	1_000_000u32.into()
}

/// An offer on `device`'s `stream` of `max_periods` periods of 10 blocks.
fn offered<T: Config>(owner: &T::AccountId, device: DeviceId, stream: u16) {
	let terms = Terms {
		price: price::<T>(),
		period: 10u32.into(),
		max_periods: T::MaxPeriods::get(),
		from: 0,
	};
	Pallet::<T>::do_offer(owner.clone(), device, stream, terms).expect("the owner offers");
}

/// `who` subscribes to `device`'s `stream` for every period the chain allows.
fn subscribed<T: Config>(who: &T::AccountId, device: DeviceId, stream: u16) {
	Pallet::<T>::do_subscribe(
		who.clone(),
		device,
		stream,
		T::MaxPeriods::get(),
		price::<T>(),
		PaymentSource::Own,
	)
	.expect("the reader subscribes");
}

fn run_to<T: Config>(n: u32) {
	frame_system::Pallet::<T>::set_block_number(n.into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_encryption_key() {
		let who = caller::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), [9; 32]);
		assert!(EncryptionKeys::<T>::contains_key(&who));
	}

	#[benchmark]
	fn remove_encryption_key() {
		let who = caller::<T>();
		Pallet::<T>::do_set_encryption_key(who.clone(), [9; 32]).expect("a usable key");
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!EncryptionKeys::<T>::contains_key(&who));
	}

	#[benchmark]
	fn grant() {
		let owner = caller::<T>();
		let device = T::BenchmarkHelper::register_device(&owner);
		let bob = reader::<T>(0);
		offered::<T>(&owner, device, 1);
		subscribed::<T>(&bob, device, 1);
		run_to::<T>(10 * T::MaxPeriods::get() + 2);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device, 1, bob.clone(), 5, Some(1_000), None);
		let access = Grants::<T>::get((device, 1, bob)).expect("granted");
		assert!(access.subscription.is_none());
	}

	#[benchmark]
	fn revoke() {
		let owner = caller::<T>();
		let device = T::BenchmarkHelper::register_device(&owner);
		let bob = reader::<T>(0);
		offered::<T>(&owner, device, 1);
		subscribed::<T>(&bob, device, 1);
		run_to::<T>(15);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device, 1, bob.clone());
		assert!(!Grants::<T>::contains_key((device, 1, bob)));
	}

	#[benchmark]
	fn offer() {
		let owner = caller::<T>();
		let device = T::BenchmarkHelper::register_device(&owner);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device, 1, price::<T>(), 10u32.into(), T::MaxPeriods::get(), 0);
		assert!(Offers::<T>::contains_key(device, 1));
	}

	#[benchmark]
	fn withdraw_offer() {
		let owner = caller::<T>();
		let device = T::BenchmarkHelper::register_device(&owner);
		offered::<T>(&owner, device, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), device, 1);
		assert!(!Offers::<T>::contains_key(device, 1));
	}

	#[benchmark]
	fn subscribe() {
		let owner = funded::<T>(account("owner", 0, 0));
		let device = T::BenchmarkHelper::register_device(&owner);
		let bob = caller::<T>();
		offered::<T>(&owner, device, 1);
		subscribed::<T>(&bob, device, 1);
		run_to::<T>(10 * T::MaxPeriods::get() + 2);
		let periods = T::MaxPeriods::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(bob.clone()), device, 1, periods, price::<T>(), PaymentSource::Own);
		let access = Grants::<T>::get((device, 1, bob)).expect("subscribed");
		assert!(access.is_live(&frame_system::Pallet::<T>::block_number()));
	}

	#[benchmark]
	fn settle() {
		let owner = funded::<T>(account("owner", 0, 0));
		let device = T::BenchmarkHelper::register_device(&owner);
		let bob = reader::<T>(0);
		offered::<T>(&owner, device, 1);
		subscribed::<T>(&bob, device, 1);
		run_to::<T>(10 * T::MaxPeriods::get() + 2);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller::<T>()), device, 1, bob.clone());
		assert!(!Grants::<T>::contains_key((device, 1, bob)));
	}

	#[benchmark]
	fn clear_device(
		g: Linear<1, { T::MaxGrantsPerDevice::get() }>,
		o: Linear<1, { T::MaxOffersPerDevice::get() }>,
	) {
		let owner = caller::<T>();
		let device = T::BenchmarkHelper::register_device(&owner);
		for stream in 0..o {
			offered::<T>(&owner, device, stream as u16);
		}
		for n in 0..g {
			subscribed::<T>(&reader::<T>(n), device, 0);
		}
		run_to::<T>(15);
		#[block]
		{
			Pallet::<T>::clear_device(device);
		}
		assert_eq!(DeviceCounts::<T>::get(device), Counts::default());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::new_ext(), crate::mock::Test);
}
