//! What the pallet does when a device leaves its owner or is revoked: the owner's spending limit
//! on it ends, and the channels it signs for start closing, so its key (in a buyer's or a
//! thief's hands) spends nothing of the former owner's funds after one challenge period.

use frame_support::{dispatch::DispatchResult, traits::Get, weights::Weight};
use iot_primitives::{traits::DeviceLifecycle, DeviceId};

use crate::{Config, Event, Pallet, SpendingLimits, WeightInfo};

impl<T: Config> Pallet<T> {
	fn end_spending_limit(device: DeviceId) {
		if let Some(record) = SpendingLimits::<T>::take(device) {
			Self::release_limit_deposit(&record);
			Self::deposit_event(Event::SpendingLimitRemoved { device });
		}
	}

	/// What a change of owner or a removal ends.
	pub(crate) fn device_left(device: DeviceId) {
		Self::end_spending_limit(device);
		Self::start_closing_device_channels(device);
	}
}

/// Channels are not voided: what the device signed before the change stays claimable for the
/// challenge period (H-2), as after the payer's own `start_close`. A revoked device's owner keeps
/// its spending limit (an inactive device spends nothing), but its channels start closing.
impl<T: Config> DeviceLifecycle<T::AccountId> for Pallet<T> {
	fn on_transferred(
		device: DeviceId,
		_from: &T::AccountId,
		_to: &T::AccountId,
	) -> DispatchResult {
		Self::device_left(device);
		Ok(())
	}

	fn on_removed(device: DeviceId, _owner: &T::AccountId) {
		Self::device_left(device);
	}

	fn on_revoked(device: DeviceId, _owner: &T::AccountId) {
		Self::start_closing_device_channels(device);
	}

	fn weight() -> Weight {
		T::WeightInfo::device_left(T::MaxChannelsPerDevice::get())
	}
}
