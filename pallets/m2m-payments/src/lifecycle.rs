//! What the pallet does when a device leaves its owner: the owner's spending limit on it ends,
//! so the device spends nothing more of the former owner's funds.

use frame_support::{dispatch::DispatchResult, weights::Weight};
use iot_primitives::{traits::DeviceLifecycle, DeviceId};

use crate::{Config, Event, Pallet, SpendingLimits, WeightInfo};

impl<T: Config> Pallet<T> {
	fn end_spending_limit(device: DeviceId) {
		if let Some(record) = SpendingLimits::<T>::take(device) {
			Self::release_limit_deposit(&record);
			Self::deposit_event(Event::SpendingLimitRemoved { device });
		}
	}
}

/// Channels need nothing here: their vouchers are checked against the key recorded at opening
/// (see `ChannelKeys`), top-ups by the device need its current owner to be the payer, and the
/// payer can close a channel whenever it likes.
impl<T: Config> DeviceLifecycle<T::AccountId> for Pallet<T> {
	fn on_transferred(
		device: DeviceId,
		_from: &T::AccountId,
		_to: &T::AccountId,
	) -> DispatchResult {
		Self::end_spending_limit(device);
		Ok(())
	}

	fn on_removed(device: DeviceId, _owner: &T::AccountId) {
		Self::end_spending_limit(device);
	}

	fn weight() -> Weight {
		// `remove_spending_limit` does the same take, release and event, plus an owner read.
		T::WeightInfo::remove_spending_limit()
	}
}
