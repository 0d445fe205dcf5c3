//! The pallet's invariants, checked after every test and by `try-runtime`.
//!
//! - Every grant has its reader index entry and vice versa; a stream's reader count is its
//!   number of grants, and a stream without grants has no record.
//! - A device's counts are its numbers of grants and offers, within the bounds.
//! - What each account has on hold is what its records say: its key deposit, the deposits of
//!   the grants and offers it pays for, and the unpaid periods of the subscriptions it pays.

use alloc::collections::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use iot_primitives::{telemetry::StreamId, DeviceId};
use sp_runtime::{traits::Saturating, TryRuntimeError};

use crate::{
	BalanceOf, Config, Counts, DeviceCounts, EncryptionKeys, Grants, HoldReason, Offers, Pallet,
	ReaderGrants, Streams,
};

type Held<T> = BTreeMap<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

fn add<T: Config>(ledger: &mut Held<T>, who: &T::AccountId, amount: BalanceOf<T>) {
	let entry = ledger.entry(who.clone()).or_default();
	*entry = entry.saturating_add(amount);
}

impl<T: Config> Pallet<T> {
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut counts: BTreeMap<DeviceId, Counts> = BTreeMap::new();
		let mut readers: BTreeMap<(DeviceId, StreamId), u32> = BTreeMap::new();
		let (mut records, mut subscriptions) = (Held::<T>::new(), Held::<T>::new());
		for ((device, stream, reader), access) in Grants::<T>::iter() {
			ensure!(
				ReaderGrants::<T>::contains_key((&reader, device, stream)),
				"a grant is missing from its reader's index"
			);
			counts.entry(device).or_default().grants.saturating_inc();
			readers.entry((device, stream)).or_default().saturating_inc();
			add::<T>(&mut records, &access.depositor, access.deposit);
			if let Some(s) = &access.subscription {
				ensure!(s.released <= s.periods, "more periods paid than bought");
				let unpaid = s.periods.saturating_sub(s.released);
				add::<T>(&mut subscriptions, &s.payer, s.price.saturating_mul(unpaid.into()));
			}
		}
		for (reader, device, stream) in ReaderGrants::<T>::iter_keys() {
			ensure!(
				Grants::<T>::contains_key((device, stream, reader)),
				"a reader index entry without its grant"
			);
		}
		for (device, stream, record) in Streams::<T>::iter() {
			ensure!(
				readers.remove(&(device, stream)) == Some(record.readers),
				"a stream's reader count is not its number of grants"
			);
		}
		ensure!(readers.is_empty(), "a stream with grants has no record");
		for (device, _, offer) in Offers::<T>::iter() {
			counts.entry(device).or_default().offers.saturating_inc();
			add::<T>(&mut records, &offer.owner, offer.deposit);
		}
		for (device, stored) in DeviceCounts::<T>::iter() {
			ensure!(
				counts.remove(&device) == Some(stored),
				"a device's counts are not its numbers of grants and offers"
			);
			ensure!(stored.grants <= T::MaxGrantsPerDevice::get(), "too many grants");
			ensure!(stored.offers <= T::MaxOffersPerDevice::get(), "too many offers");
		}
		ensure!(counts.is_empty(), "a device with grants or offers has no counts");
		let keys: Held<T> =
			EncryptionKeys::<T>::iter().map(|(who, record)| (who, record.deposit)).collect();
		Self::check_holds(HoldReason::Key, keys)?;
		Self::check_holds(HoldReason::Record, records)?;
		Self::check_holds(HoldReason::Subscription, subscriptions)
	}

	/// Each account in `expected` holds exactly its amount for `reason`. (Accounts the
	/// ledger does not list are not walked: the pallet cannot enumerate holders; a leak
	/// shows as a mismatch on an account that still has records.)
	fn check_holds(reason: HoldReason, expected: Held<T>) -> Result<(), TryRuntimeError> {
		for (who, amount) in expected {
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), &who) == amount,
				"an account's hold is not what its records say"
			);
		}
		Ok(())
	}
}
