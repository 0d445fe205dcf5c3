//! What other pallets may pay with: a device's spending limit and a channel's vouchers (a data
//! subscription bought by a machine, say).

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
	weights::Weight,
};
use iot_primitives::{
	device::DeviceSignature,
	payment::{Voucher, VoucherSigner},
	traits::{DeviceInspect, PaymentSources},
	DeviceId,
};

use crate::{BalanceOf, Channels, Config, Error, Event, HoldReason, Pallet, WeightInfo};

impl<T: Config> PaymentSources<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn charge_device(
		who: &T::AccountId,
		device: DeviceId,
		amount: BalanceOf<T>,
	) -> Result<T::AccountId, DispatchError> {
		let (owner, charged) = Self::device_funds(who, device, amount)?;
		Self::store_charge(charged);
		Ok(owner)
	}

	fn redeem_voucher(
		who: &T::AccountId,
		payee: &T::AccountId,
		voucher: &Voucher<BalanceOf<T>>,
		signature: &DeviceSignature,
		amount: BalanceOf<T>,
	) -> Result<T::AccountId, DispatchError> {
		let (mut channel, increment) = Self::check_voucher(voucher, signature)?;
		ensure!(channel.payee == *payee, Error::<T>::WrongPayee);
		// A voucher travels off chain: whoever saw it must not spend it on something the payer
		// did not choose.
		let may_spend = *who == channel.payer
			|| match &channel.signer {
				VoucherSigner::Device(device) => {
					T::Devices::may_act(device, who, T::SpendRight::get())
				}
				VoucherSigner::Account(account) => account == who,
			};
		ensure!(may_spend, Error::<T>::NotAuthorized);
		ensure!(increment == amount, Error::<T>::WrongAmount);
		T::Currency::release(
			&HoldReason::ChannelDeposit.into(),
			&channel.payer,
			amount,
			Precision::Exact,
		)?;
		channel.claimed = voucher.cumulative;
		channel.nonce = voucher.nonce;
		let payer = channel.payer.clone();
		Channels::<T>::insert(voucher.channel, channel);
		Self::deposit_event(Event::VoucherRedeemed {
			channel: voucher.channel,
			amount,
			cumulative: voucher.cumulative,
			nonce: voucher.nonce,
		});
		Ok(payer)
	}

	fn charge_device_weight() -> Weight {
		T::WeightInfo::device_pay()
	}

	fn redeem_voucher_weight(signature: &DeviceSignature) -> Weight {
		Self::claim_weight(signature)
	}
}
