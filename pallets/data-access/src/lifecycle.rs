//! A device that changes hands or leaves the registry takes no reader along: its grants end as
//! revocations (subscriptions refunded what was not served, to the former owner's account the
//! served part) and its offers are withdrawn, their deposits back to who made them.

use frame_support::{dispatch::DispatchResult, traits::Get, weights::Weight};
use iot_primitives::{traits::DeviceLifecycle, DeviceId};

use crate::{Config, DeviceCounts, Ending, Grants, Offers, Pallet, WeightInfo};

impl<T: Config> Pallet<T> {
	/// Ends every grant and offer of `device`; at most the configured bounds of each.
	pub(crate) fn clear_device(device: DeviceId) {
		let grants: alloc::vec::Vec<_> = Grants::<T>::iter_prefix((device,))
			.take(T::MaxGrantsPerDevice::get() as usize)
			.collect();
		for ((stream, reader), access) in grants {
			Self::end_access(device, stream, &reader, access, Ending::DeviceLeft);
		}
		let streams: alloc::vec::Vec<_> = Offers::<T>::iter_key_prefix(device)
			.take(T::MaxOffersPerDevice::get() as usize)
			.collect();
		for stream in streams {
			Self::remove_offer(device, stream);
		}
		DeviceCounts::<T>::remove(device);
	}
}

impl<T: Config> DeviceLifecycle<T::AccountId> for Pallet<T> {
	fn on_transferred(
		device: DeviceId,
		_from: &T::AccountId,
		_to: &T::AccountId,
	) -> DispatchResult {
		Self::clear_device(device);
		Ok(())
	}

	fn on_removed(device: DeviceId, _owner: &T::AccountId) {
		Self::clear_device(device);
	}

	fn weight() -> Weight {
		T::WeightInfo::clear_device(T::MaxGrantsPerDevice::get(), T::MaxOffersPerDevice::get())
	}
}
