//! Grants: who may read a stream, from the owner's hand or bought, and how access ends.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	data::{Access, StreamAccess},
	telemetry::{Sequence, StreamId},
	traits::DeviceInspect,
	DeviceId,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill, SaturatedConversion,
};

use crate::{
	AccessOf, BalanceOf, Config, Counts, DeviceCounts, Ending, Error, Event, Grants, HoldReason,
	Pallet, ReaderGrants, Streams, SubscriptionOf,
};

impl<T: Config> Pallet<T> {
	/// The device's owner, if `who` may decide who reads its data.
	pub(crate) fn ensure_data_manager(
		who: &T::AccountId,
		device: DeviceId,
	) -> Result<T::AccountId, DispatchError> {
		let owner = T::Devices::owner(&device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(
			owner == *who || T::Devices::may_act(&device, who, T::DataRight::get()),
			Error::<T>::NotAuthorized
		);
		Ok(owner)
	}

	pub(crate) fn do_grant(
		who: T::AccountId,
		device: DeviceId,
		stream: StreamId,
		reader: T::AccountId,
		from: Sequence,
		to: Option<Sequence>,
		expires_at: Option<BlockNumberFor<T>>,
	) -> DispatchResult {
		let owner = Self::ensure_data_manager(&who, device)?;
		ensure!(reader != owner, Error::<T>::OwnData);
		ensure!(to.is_none_or(|to| from <= to), Error::<T>::BadRange);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(expires_at.is_none_or(|end| end > now), Error::<T>::ExpiryInPast);
		Self::admit(device, stream, &reader)?;
		let deposit = T::GrantDeposit::get();
		T::Currency::hold(&HoldReason::Record.into(), &who, deposit)?;
		let access = Access {
			from,
			to,
			expires_at,
			granted_by: who.clone(),
			depositor: who,
			deposit,
			subscription: None,
		};
		Self::insert_grant(device, stream, &reader, access);
		Self::deposit_event(Event::AccessGranted { device, stream, reader, from, to, expires_at });
		Ok(())
	}

	pub(crate) fn do_revoke(
		who: T::AccountId,
		device: DeviceId,
		stream: StreamId,
		reader: T::AccountId,
	) -> DispatchResult {
		Self::ensure_data_manager(&who, device)?;
		let access = Grants::<T>::get((device, stream, &reader)).ok_or(Error::<T>::NoGrant)?;
		Self::end_access(device, stream, &reader, access, Ending::Revoked);
		Ok(())
	}

	pub(crate) fn do_renounce(
		who: T::AccountId,
		device: DeviceId,
		stream: StreamId,
	) -> DispatchResult {
		let access = Grants::<T>::get((device, stream, &who)).ok_or(Error::<T>::NoGrant)?;
		Self::end_access(device, stream, &who, access, Ending::Renounced);
		Ok(())
	}

	pub(crate) fn do_settle(
		device: DeviceId,
		stream: StreamId,
		reader: T::AccountId,
	) -> DispatchResult {
		let mut access = Grants::<T>::get((device, stream, &reader)).ok_or(Error::<T>::NoGrant)?;
		let now = frame_system::Pallet::<T>::block_number();
		if !access.is_live(&now) {
			Self::end_access(device, stream, &reader, access, Ending::Expired);
			return Ok(());
		}
		let subscription = access.subscription.as_mut().ok_or(Error::<T>::NothingToSettle)?;
		let served = Self::served_periods(subscription, now);
		let due = served.saturating_sub(subscription.released);
		ensure!(due > 0, Error::<T>::NothingToSettle);
		let amount = subscription.price.saturating_mul(due.into());
		T::Currency::transfer_on_hold(
			&HoldReason::Subscription.into(),
			&subscription.payer,
			&subscription.payee,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		subscription.released = served;
		Grants::<T>::insert((device, stream, &reader), access);
		Self::deposit_event(Event::SubscriptionPaid { device, stream, reader, amount });
		Ok(())
	}

	/// Makes room for a new grant of `reader`: a live one refuses it, an expired one is
	/// settled first; the device must have room.
	pub(crate) fn admit(
		device: DeviceId,
		stream: StreamId,
		reader: &T::AccountId,
	) -> DispatchResult {
		if let Some(access) = Grants::<T>::get((device, stream, reader)) {
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(!access.is_live(&now), Error::<T>::AlreadyGranted);
			Self::end_access(device, stream, reader, access, Ending::Expired);
		}
		let counts = DeviceCounts::<T>::get(device);
		ensure!(counts.grants < T::MaxGrantsPerDevice::get(), Error::<T>::TooManyGrants);
		Ok(())
	}

	pub(crate) fn insert_grant(
		device: DeviceId,
		stream: StreamId,
		reader: &T::AccountId,
		access: AccessOf<T>,
	) {
		let now = frame_system::Pallet::<T>::block_number();
		Grants::<T>::insert((device, stream, reader), access);
		ReaderGrants::<T>::insert((reader, device, stream), ());
		Streams::<T>::mutate(device, stream, |record| {
			let record = record.get_or_insert(StreamAccess { readers: 0, epoch: now });
			record.readers.saturating_inc();
		});
		DeviceCounts::<T>::mutate(device, |counts| counts.grants.saturating_inc());
	}

	/// Removes a grant: its subscription pays and refunds as `ending` says, its deposit goes
	/// back, and the stream starts a new key epoch.
	pub(crate) fn end_access(
		device: DeviceId,
		stream: StreamId,
		reader: &T::AccountId,
		access: AccessOf<T>,
		ending: Ending,
	) {
		let now = frame_system::Pallet::<T>::block_number();
		let ending = if access.is_live(&now) { ending } else { Ending::Expired };
		let (paid, refunded) = match &access.subscription {
			Some(subscription) => Self::close_subscription(subscription, ending, now),
			None => (Zero::zero(), Zero::zero()),
		};
		// Best effort: the pallet alone holds it, so it is all there.
		let _ = T::Currency::release(
			&HoldReason::Record.into(),
			&access.depositor,
			access.deposit,
			Precision::BestEffort,
		);
		Grants::<T>::remove((device, stream, reader));
		ReaderGrants::<T>::remove((reader, device, stream));
		Streams::<T>::mutate_exists(device, stream, |record| {
			if let Some(stream) = record {
				stream.readers.saturating_dec();
				stream.epoch = now;
				if stream.readers == 0 {
					*record = None;
				}
			}
		});
		Self::uncount(device, |counts| counts.grants.saturating_dec());
		Self::deposit_event(Event::AccessEnded {
			device,
			stream,
			reader: reader.clone(),
			ending,
			paid,
			refunded,
			epoch: now,
		});
	}

	/// Lowers a device's counts with `f`; a device with nothing left has no record.
	pub(crate) fn uncount(device: DeviceId, f: impl FnOnce(&mut Counts)) {
		DeviceCounts::<T>::mutate_exists(device, |counts| {
			if let Some(c) = counts {
				f(c);
				if *c == Counts::default() {
					*counts = None;
				}
			}
		});
	}

	/// How many of a subscription's periods have been served in full by block `now`.
	fn served_periods(subscription: &SubscriptionOf<T>, now: BlockNumberFor<T>) -> u32 {
		let elapsed = now.saturating_sub(subscription.start);
		let full: u32 = (elapsed / subscription.period.max(1u32.into())).saturated_into();
		full.min(subscription.periods)
	}

	/// Pays the payee what `ending` says it earned of what is still held, refunds the rest;
	/// returns both.
	fn close_subscription(
		subscription: &SubscriptionOf<T>,
		ending: Ending,
		now: BlockNumberFor<T>,
	) -> (BalanceOf<T>, BalanceOf<T>) {
		let price = subscription.price;
		let held =
			price.saturating_mul(subscription.periods.saturating_sub(subscription.released).into());
		let served = Self::served_periods(subscription, now);
		let earned_periods = match ending {
			Ending::Expired => subscription.periods,
			Ending::Renounced => served.saturating_add(1).min(subscription.periods),
			Ending::Revoked | Ending::DeviceLeft => served,
		};
		let mut owed =
			price.saturating_mul(earned_periods.saturating_sub(subscription.released).into());
		if matches!(ending, Ending::Revoked | Ending::DeviceLeft) && served < subscription.periods {
			let period = subscription.period.max(1u32.into());
			let into_current = now.saturating_sub(subscription.start) % period;
			let part = Perbill::from_rational(
				into_current.saturated_into::<u32>(),
				period.saturated_into::<u32>(),
			);
			owed = owed.saturating_add(part.mul_floor(price));
		}
		let owed = owed.min(held);
		// A payee that cannot receive (below the existential deposit) is paid nothing: the
		// payer gets it back rather than the funds staying held.
		let paid = T::Currency::transfer_on_hold(
			&HoldReason::Subscription.into(),
			&subscription.payer,
			&subscription.payee,
			owed,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Polite,
		)
		.unwrap_or_else(|_| Zero::zero());
		let refunded = T::Currency::release(
			&HoldReason::Subscription.into(),
			&subscription.payer,
			held.saturating_sub(paid),
			Precision::BestEffort,
		)
		.unwrap_or_else(|_| Zero::zero());
		(paid, refunded)
	}
}
