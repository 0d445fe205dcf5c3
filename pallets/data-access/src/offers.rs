//! Offers and subscriptions: access for sale, bought with one's own funds, a device's spending
//! limit or a channel voucher.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	data::{Access, Offer, PaymentSource, Subscription},
	telemetry::StreamId,
	traits::{DeviceInspect, PaymentSources},
	DeviceId,
};
use sp_runtime::traits::{CheckedAdd, CheckedMul, Saturating, Zero};

use crate::{BalanceOf, Config, DeviceCounts, Error, Event, HoldReason, Offers, Pallet, Terms};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_offer(
		who: T::AccountId,
		device: DeviceId,
		stream: StreamId,
		terms: Terms<BalanceOf<T>, BlockNumberFor<T>>,
	) -> DispatchResult {
		Self::ensure_data_manager(&who, device)?;
		ensure!(!terms.period.is_zero(), Error::<T>::ZeroPeriod);
		ensure!((1..=T::MaxPeriods::get()).contains(&terms.max_periods), Error::<T>::BadPeriods);
		let (owner, deposit) = match Offers::<T>::get(device, stream) {
			Some(offer) => (offer.owner, offer.deposit),
			None => {
				let counts = DeviceCounts::<T>::get(device);
				ensure!(counts.offers < T::MaxOffersPerDevice::get(), Error::<T>::TooManyOffers);
				let deposit = T::OfferDeposit::get();
				T::Currency::hold(&HoldReason::Record.into(), &who, deposit)?;
				DeviceCounts::<T>::mutate(device, |counts| counts.offers.saturating_inc());
				(who, deposit)
			}
		};
		let Terms { price, period, max_periods, from } = terms;
		Offers::<T>::insert(
			device,
			stream,
			Offer { owner, price, period, max_periods, from, deposit },
		);
		Self::deposit_event(Event::Offered { device, stream, price, period, max_periods, from });
		Ok(())
	}

	pub(crate) fn do_withdraw_offer(
		who: T::AccountId,
		device: DeviceId,
		stream: StreamId,
	) -> DispatchResult {
		Self::ensure_data_manager(&who, device)?;
		ensure!(Offers::<T>::contains_key(device, stream), Error::<T>::NoOffer);
		Self::remove_offer(device, stream);
		Self::deposit_event(Event::OfferWithdrawn { device, stream });
		Ok(())
	}

	/// Removes an offer and releases its deposit.
	pub(crate) fn remove_offer(device: DeviceId, stream: StreamId) {
		if let Some(offer) = Offers::<T>::take(device, stream) {
			// Best effort: the pallet alone holds it, so it is all there.
			let _ = T::Currency::release(
				&HoldReason::Record.into(),
				&offer.owner,
				offer.deposit,
				Precision::BestEffort,
			);
			Self::uncount(device, |counts| counts.offers.saturating_dec());
		}
	}

	pub(crate) fn do_subscribe(
		who: T::AccountId,
		device: DeviceId,
		stream: StreamId,
		periods: u32,
		max_price: BalanceOf<T>,
		payment: PaymentSource<BalanceOf<T>>,
	) -> DispatchResult {
		let offer = Offers::<T>::get(device, stream).ok_or(Error::<T>::NoOffer)?;
		let owner = T::Devices::owner(&device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(who != owner, Error::<T>::OwnData);
		ensure!((1..=offer.max_periods).contains(&periods), Error::<T>::BadPeriods);
		ensure!(offer.price <= max_price, Error::<T>::PriceAboveLimit);
		let cost = offer.price.checked_mul(&periods.into()).ok_or(Error::<T>::Overflow)?;
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = offer
			.period
			.checked_mul(&periods.into())
			.and_then(|length| now.checked_add(&length))
			.ok_or(Error::<T>::Overflow)?;
		Self::admit(device, stream, &who)?;
		let payer = match payment {
			PaymentSource::Own => who.clone(),
			PaymentSource::Device(buyer) => T::Payments::charge_device(&who, buyer, cost)?,
			PaymentSource::Channel { voucher, signature } => {
				T::Payments::redeem_voucher(&who, &owner, &voucher, &signature, cost)?
			}
		};
		if !cost.is_zero() {
			T::Currency::hold(&HoldReason::Subscription.into(), &payer, cost)?;
		}
		let deposit = T::GrantDeposit::get();
		T::Currency::hold(&HoldReason::Record.into(), &payer, deposit)?;
		let subscription = Subscription {
			payer: payer.clone(),
			payee: owner,
			price: offer.price,
			period: offer.period,
			start: now,
			periods,
			released: 0,
		};
		let access = Access {
			from: offer.from,
			to: None,
			expires_at: Some(expires_at),
			granted_by: who.clone(),
			depositor: payer.clone(),
			deposit,
			subscription: Some(subscription),
		};
		Self::insert_grant(device, stream, &who, access);
		Self::deposit_event(Event::Subscribed {
			device,
			stream,
			reader: who,
			payer,
			price: offer.price,
			periods,
			expires_at,
		});
		Ok(())
	}

	/// What paying from `payment` adds to a subscription's weight.
	pub fn payment_weight(payment: &PaymentSource<BalanceOf<T>>) -> Weight {
		match payment {
			PaymentSource::Own => Weight::zero(),
			PaymentSource::Device(_) => T::Payments::charge_device_weight(),
			PaymentSource::Channel { signature, .. } => {
				T::Payments::redeem_voucher_weight(signature)
			}
		}
	}
}
