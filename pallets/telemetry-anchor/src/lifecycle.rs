//! What the pallet does when a device leaves its owner: the new owner takes over the deposits of
//! the device's streams (so the seller's funds are not held for a device it no longer has), and
//! the streams of a removed device are reaped at once. Either touches at most
//! `MaxStreamsPerDevice` streams.

use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	weights::Weight,
};
use iot_primitives::{traits::DeviceLifecycle, DeviceId};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Makes `to` the depositor of every stream of `device` it does not already pay for.
	pub(crate) fn do_transfer_streams(device: DeviceId, to: &T::AccountId) -> DispatchResult {
		let streams: Vec<_> = Streams::<T>::iter_prefix(device)
			.take(T::MaxStreamsPerDevice::get() as usize)
			.collect();
		for (stream, mut record) in streams {
			if &record.depositor == to {
				continue;
			}
			T::Currency::hold(&HoldReason::StreamDeposit.into(), to, record.deposit)?;
			let from = core::mem::replace(&mut record.depositor, to.clone());
			// Best effort: the deposit was held by this pallet alone, so it is all there.
			let _ = T::Currency::release(
				&HoldReason::StreamDeposit.into(),
				&from,
				record.deposit,
				Precision::BestEffort,
			);
			Streams::<T>::insert(device, stream, record);
			Self::deposit_event(Event::StreamDepositMoved { device, stream, from, to: to.clone() });
		}
		Ok(())
	}

	/// Reaps every stream of `device`, which has left the registry.
	pub(crate) fn do_remove_streams(device: DeviceId) {
		let streams: Vec<_> = Streams::<T>::iter_key_prefix(device)
			.take(T::MaxStreamsPerDevice::get() as usize)
			.collect();
		for stream in streams {
			// Cannot fail: the stream exists and its device is gone.
			let _ = Self::do_reap_stream(device, stream);
		}
	}
}

impl<T: Config> DeviceLifecycle<T::AccountId> for Pallet<T> {
	fn on_transferred(device: DeviceId, _from: &T::AccountId, to: &T::AccountId) -> DispatchResult {
		Self::do_transfer_streams(device, to)
	}

	fn on_removed(device: DeviceId, _owner: &T::AccountId) {
		Self::do_remove_streams(device);
	}

	fn weight() -> Weight {
		let most = T::MaxStreamsPerDevice::get();
		T::WeightInfo::transfer_streams(most).max(T::WeightInfo::remove_streams(most))
	}
}
