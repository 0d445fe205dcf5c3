//! Declaring and reaping streams, and who may report for a device.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use iot_primitives::{telemetry::StreamId, traits::DeviceInspect, DeviceId};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Checks that `who` may report telemetry for the active `device`.
	pub(crate) fn ensure_reporter(who: &T::AccountId, device: DeviceId) -> DispatchResult {
		// Two registry lookups on the path every anchor takes; the reason for a refusal is
		// worked out only when there is one.
		if T::Devices::may_act(&device, who, T::TelemetryRight::get())
			&& T::Devices::is_active(&device)
		{
			return Ok(());
		}
		ensure!(T::Devices::owner(&device).is_some(), Error::<T>::UnknownDevice);
		ensure!(T::Devices::is_active(&device), Error::<T>::DeviceInactive);
		Err(Error::<T>::NotAuthorized.into())
	}

	pub(crate) fn do_declare_stream(
		who: T::AccountId,
		device: DeviceId,
		stream: StreamId,
		name: BoundedVec<u8, T::MaxStreamNameLen>,
		unit: u32,
		interval_ms: u64,
	) -> DispatchResult {
		Self::ensure_reporter(&who, device)?;
		let record = match Streams::<T>::get(device, stream) {
			Some(existing) => Stream { name: name.clone(), unit, interval_ms, ..existing },
			None => {
				let count = StreamCount::<T>::get(device);
				ensure!(count < T::MaxStreamsPerDevice::get(), Error::<T>::TooManyStreams);
				let deposit = T::StreamDeposit::get();
				T::Currency::hold(&HoldReason::StreamDeposit.into(), &who, deposit)?;
				StreamCount::<T>::insert(device, count.saturating_add(1));
				Stream {
					name: name.clone(),
					unit,
					interval_ms,
					depositor: who,
					deposit,
					cursor: None,
					signed_cursor: None,
					signed_only: false,
					anchored: 0,
					missing: 0,
				}
			}
		};
		Streams::<T>::insert(device, stream, record);
		Self::deposit_event(Event::StreamDeclared { device, stream, name, unit, interval_ms });
		Ok(())
	}

	/// The stream of `device`, if `who` owns the device.
	fn owned_stream(
		who: &T::AccountId,
		device: DeviceId,
		stream: StreamId,
	) -> Result<Stream<T>, DispatchError> {
		let record = Streams::<T>::get(device, stream).ok_or(Error::<T>::UnknownStream)?;
		ensure!(T::Devices::owner(&device).as_ref() == Some(who), Error::<T>::NotOwner);
		Ok(record)
	}

	pub(crate) fn do_require_signed(
		who: T::AccountId,
		device: DeviceId,
		stream: StreamId,
	) -> DispatchResult {
		let mut record = Self::owned_stream(&who, device, stream)?;
		record.signed_only = true;
		Streams::<T>::insert(device, stream, record);
		Self::deposit_event(Event::StreamSignedOnly { device, stream });
		Ok(())
	}

	pub(crate) fn do_reset_stream(
		who: T::AccountId,
		device: DeviceId,
		stream: StreamId,
	) -> DispatchResult {
		let mut record = Self::owned_stream(&who, device, stream)?;
		record.cursor = record.signed_cursor;
		record.signed_only = true;
		let cursor = record.cursor;
		Streams::<T>::insert(device, stream, record);
		Self::deposit_event(Event::StreamReset { device, stream, cursor });
		Ok(())
	}

	pub(crate) fn do_reap_stream(device: DeviceId, stream: StreamId) -> DispatchResult {
		let record = Streams::<T>::get(device, stream).ok_or(Error::<T>::UnknownStream)?;
		// Device ids are never reused, so a reaped stream cannot be redeclared and re-anchored
		// over readings that were already anchored.
		ensure!(T::Devices::owner(&device).is_none(), Error::<T>::DeviceStillRegistered);
		T::Currency::release(
			&HoldReason::StreamDeposit.into(),
			&record.depositor,
			record.deposit,
			Precision::BestEffort,
		)?;
		Streams::<T>::remove(device, stream);
		StreamCount::<T>::mutate_exists(device, |count| {
			*count = count.map(|c| c.saturating_sub(1)).filter(|c| *c > 0)
		});
		Self::deposit_event(Event::StreamReaped { device, stream });
		Ok(())
	}
}
