//! What the pallet does when a device leaves its owner: the owner's sponsorship of it ends at
//! once (before, it turned stale and waited for someone to remove it), so the former owner pays
//! no fee of a device that is no longer theirs.

use frame_support::{dispatch::DispatchResult, weights::Weight};
use iot_primitives::{traits::DeviceLifecycle, DeviceId};

use crate::*;

impl<T: Config> Pallet<T> {
	fn end_sponsorship(device: DeviceId) {
		let Some(account) = SponsoredDevices::<T>::get(device) else { return };
		if let Some(record) = Sponsorships::<T>::get(&account) {
			Self::remove(device, &account, record);
		}
	}
}

impl<T: Config> DeviceLifecycle<T::AccountId> for Pallet<T> {
	fn on_transferred(
		device: DeviceId,
		_from: &T::AccountId,
		_to: &T::AccountId,
	) -> DispatchResult {
		Self::end_sponsorship(device);
		Ok(())
	}

	fn on_removed(device: DeviceId, _owner: &T::AccountId) {
		Self::end_sponsorship(device);
	}

	fn weight() -> Weight {
		// `unsponsor_device` does the same reads and removal, plus the registry read that
		// tells a stale record.
		T::WeightInfo::unsponsor_device()
	}
}
