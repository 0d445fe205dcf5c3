//! Payment channels: deposits, cumulative vouchers, claims, settlement and closing.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	device::DeviceSignature,
	payment::{account_signed, ChannelId, Voucher, VoucherSigner},
	traits::DeviceInspect,
	DeviceId,
};
use sp_core::H256;
use sp_runtime::traits::{CheckedAdd, CheckedSub, Saturating, Zero};

use crate::{
	BalanceOf, ChannelKeys, ChannelOf, Channels, Config, DeviceChannels, Error, Event, HoldReason,
	NextChannelId, Pallet, SignedVoucherOf, SpendingLimit, SpendingLimits, WeightInfo,
};

/// A device's spending limit with a payment charged to it, to store once the payment is made.
type Charge<T> = Option<(DeviceId, SpendingLimit<T>)>;

impl<T: Config> Pallet<T> {
	/// The chain's genesis hash, which every voucher is bound to.
	pub fn genesis_hash() -> H256 {
		frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero())
	}

	pub(crate) fn do_open_channel(
		who: T::AccountId,
		payee: T::AccountId,
		device: Option<DeviceId>,
		deposit: BalanceOf<T>,
		duration: BlockNumberFor<T>,
	) -> DispatchResult {
		ensure!(deposit >= T::MinChannelDeposit::get(), Error::<T>::AmountTooLow);
		let expires_at = Self::deadline_after(duration)?;
		let (payer, signer, charged, key) = match device {
			None => (who.clone(), VoucherSigner::Account(who), None, None),
			Some(device) => {
				let (owner, charged) = Self::device_funds(&who, device, deposit)?;
				let key = T::Devices::key(&device).ok_or(Error::<T>::UnknownDevice)?;
				(owner, VoucherSigner::Device(device), charged, Some(key))
			}
		};
		let id = NextChannelId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let indexed = match device {
			Some(device) => {
				let mut ids = DeviceChannels::<T>::get(device).unwrap_or_default();
				ids.try_push(id).map_err(|_| Error::<T>::TooManyChannels)?;
				Some((device, ids))
			}
			None => None,
		};
		T::Currency::hold(&HoldReason::ChannelDeposit.into(), &payer, deposit)?;
		Self::store_charge(charged);
		NextChannelId::<T>::put(next);
		if let Some(key) = key {
			ChannelKeys::<T>::insert(id, key);
		}
		if let Some((device, ids)) = indexed {
			DeviceChannels::<T>::insert(device, ids);
		}
		let channel = ChannelOf::<T> {
			payer: payer.clone(),
			payee: payee.clone(),
			signer: signer.clone(),
			deposit,
			claimed: Zero::zero(),
			nonce: 0,
			expires_at,
			closes_at: None,
		};
		Channels::<T>::insert(id, channel);
		Self::deposit_event(Event::ChannelOpened {
			channel: id,
			payer,
			payee,
			signer,
			deposit,
			expires_at,
		});
		Ok(())
	}

	pub(crate) fn do_top_up(
		who: T::AccountId,
		id: ChannelId,
		amount: BalanceOf<T>,
		duration: Option<BlockNumberFor<T>>,
	) -> DispatchResult {
		let mut channel = Channels::<T>::get(id).ok_or(Error::<T>::UnknownChannel)?;
		ensure!(channel.closes_at.is_none(), Error::<T>::ChannelClosing);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= channel.expires_at, Error::<T>::ClaimWindowOver);
		let charged = match &channel.signer {
			_ if who == channel.payer => None,
			VoucherSigner::Device(device) => {
				let (owner, charged) = Self::device_funds(&who, *device, amount)?;
				ensure!(owner == channel.payer, Error::<T>::NotAuthorized);
				charged
			}
			VoucherSigner::Account(_) => return Err(Error::<T>::NotAuthorized.into()),
		};
		channel.deposit = channel.deposit.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		if let Some(duration) = duration {
			channel.expires_at = channel.expires_at.max(Self::deadline_after(duration)?);
		}
		T::Currency::hold(&HoldReason::ChannelDeposit.into(), &channel.payer, amount)?;
		Self::store_charge(charged);
		let (deposit, expires_at) = (channel.deposit, channel.expires_at);
		Channels::<T>::insert(id, channel);
		Self::deposit_event(Event::ChannelToppedUp { channel: id, deposit, expires_at });
		Ok(())
	}

	/// The channel a voucher pays from and what it would pay now, if it can be claimed.
	pub(crate) fn check_voucher(
		voucher: &Voucher<BalanceOf<T>>,
		signature: &DeviceSignature,
	) -> Result<(ChannelOf<T>, BalanceOf<T>), DispatchError> {
		let channel = Channels::<T>::get(voucher.channel).ok_or(Error::<T>::UnknownChannel)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= Self::claim_deadline(&channel), Error::<T>::ClaimWindowOver);
		ensure!(voucher.nonce > channel.nonce, Error::<T>::VoucherReplayed);
		ensure!(voucher.cumulative <= channel.deposit, Error::<T>::ExceedsDeposit);
		let amount =
			voucher.cumulative.checked_sub(&channel.claimed).ok_or(Error::<T>::BelowClaimed)?;
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
		let message = voucher.signing_payload(Self::genesis_hash());
		ensure!(
			Self::signed_by(voucher.channel, &channel, &message, signature),
			Error::<T>::BadSignature
		);
		Ok((channel, amount))
	}

	pub(crate) fn do_claim(
		voucher: Voucher<BalanceOf<T>>,
		signature: &DeviceSignature,
	) -> DispatchResult {
		let (mut channel, amount) = Self::check_voucher(&voucher, signature)?;
		T::Currency::transfer_on_hold(
			&HoldReason::ChannelDeposit.into(),
			&channel.payer,
			&channel.payee,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		channel.claimed = voucher.cumulative;
		channel.nonce = voucher.nonce;
		let payee = channel.payee.clone();
		Channels::<T>::insert(voucher.channel, channel);
		Self::deposit_event(Event::VoucherClaimed {
			channel: voucher.channel,
			payee,
			amount,
			cumulative: voucher.cumulative,
			nonce: voucher.nonce,
		});
		Ok(())
	}

	pub(crate) fn do_settle(vouchers: alloc::vec::Vec<SignedVoucherOf<T>>) -> DispatchResult {
		let count = vouchers.len();
		ensure!(
			count > 0 && count <= T::MaxSettlement::get() as usize,
			Error::<T>::BadSettlementSize
		);
		for signed in vouchers {
			let channel = signed.voucher.channel;
			let claimed = frame_support::storage::with_storage_layer(|| {
				Self::do_claim(signed.voucher, &signed.signature)
			});
			if let Err(error) = claimed {
				Self::deposit_event(Event::VoucherRefused { channel, error });
			}
		}
		Ok(())
	}

	pub(crate) fn do_cooperative_close(
		who: T::AccountId,
		id: ChannelId,
		last: Option<SignedVoucherOf<T>>,
	) -> DispatchResult {
		let channel = Channels::<T>::get(id).ok_or(Error::<T>::UnknownChannel)?;
		ensure!(who == channel.payee, Error::<T>::NotAuthorized);
		if let Some(signed) = last {
			ensure!(signed.voucher.channel == id, Error::<T>::VoucherForAnotherChannel);
			Self::do_claim(signed.voucher, &signed.signature)?;
		}
		Self::close(id)
	}

	pub(crate) fn do_start_close(who: T::AccountId, id: ChannelId) -> DispatchResult {
		let mut channel = Channels::<T>::get(id).ok_or(Error::<T>::UnknownChannel)?;
		ensure!(who == channel.payer, Error::<T>::NotAuthorized);
		ensure!(channel.closes_at.is_none(), Error::<T>::ChannelClosing);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= channel.expires_at, Error::<T>::ClaimWindowOver);
		let closes_at = now.saturating_add(T::ChallengePeriod::get());
		channel.closes_at = Some(closes_at);
		Channels::<T>::insert(id, channel);
		Self::deposit_event(Event::ChannelClosing { channel: id, closes_at });
		Ok(())
	}

	pub(crate) fn do_finalize_close(id: ChannelId) -> DispatchResult {
		let channel = Channels::<T>::get(id).ok_or(Error::<T>::UnknownChannel)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > Self::claim_deadline(&channel), Error::<T>::ClaimWindowOpen);
		Self::close(id)
	}

	/// Removes a channel and returns what was not claimed to the payer.
	fn close(id: ChannelId) -> DispatchResult {
		let channel = Channels::<T>::take(id).ok_or(Error::<T>::UnknownChannel)?;
		ChannelKeys::<T>::remove(id);
		if let VoucherSigner::Device(device) = channel.signer {
			Self::unindex(device, id);
		}
		let refunded = channel.deposit.saturating_sub(channel.claimed);
		T::Currency::release(
			&HoldReason::ChannelDeposit.into(),
			&channel.payer,
			refunded,
			Precision::Exact,
		)?;
		Self::deposit_event(Event::ChannelClosed { channel: id, paid: channel.claimed, refunded });
		Ok(())
	}

	fn unindex(device: DeviceId, id: ChannelId) {
		DeviceChannels::<T>::mutate_exists(device, |ids| {
			if let Some(list) = ids {
				list.retain(|c| *c != id);
				if list.is_empty() {
					*ids = None;
				}
			}
		});
	}

	/// Starts closing every channel `device` signs for that is not closing yet, as the payer's
	/// `start_close` would: the payee claims what the device signed until the challenge period
	/// ends, and nothing after.
	pub(crate) fn start_closing_device_channels(device: DeviceId) {
		let Some(ids) = DeviceChannels::<T>::take(device) else { return };
		let now = frame_system::Pallet::<T>::block_number();
		let closes_at = now.saturating_add(T::ChallengePeriod::get());
		for id in &ids {
			let Some(mut channel) = Channels::<T>::get(id) else { continue };
			if channel.closes_at.is_some_and(|at| at <= closes_at) {
				continue;
			}
			channel.closes_at = Some(closes_at);
			Channels::<T>::insert(id, channel);
			Self::deposit_event(Event::ChannelClosing { channel: *id, closes_at });
		}
	}

	/// The last block at which a voucher of `channel` can be claimed.
	fn claim_deadline(channel: &ChannelOf<T>) -> BlockNumberFor<T> {
		channel.closes_at.map_or(channel.expires_at, |at| at.min(channel.expires_at))
	}

	/// `duration` blocks from now, if it is a valid duration.
	pub(crate) fn deadline_after(
		duration: BlockNumberFor<T>,
	) -> Result<BlockNumberFor<T>, DispatchError> {
		ensure!(!duration.is_zero(), Error::<T>::ZeroPeriod);
		ensure!(duration <= T::MaxDuration::get(), Error::<T>::DurationTooLong);
		let now = frame_system::Pallet::<T>::block_number();
		Ok(now.checked_add(&duration).ok_or(Error::<T>::Overflow)?)
	}

	/// The account that pays for a device (its owner) and, unless the owner itself acts, the
	/// device's spending limit charged with `amount`.
	pub(crate) fn device_funds(
		who: &T::AccountId,
		device: DeviceId,
		amount: BalanceOf<T>,
	) -> Result<(T::AccountId, Charge<T>), DispatchError> {
		let owner = Self::authorize_spend(who, device)?;
		if *who == owner {
			return Ok((owner, None));
		}
		let charged = Self::charged(device, &owner, amount)?;
		Ok((owner, Some((device, charged))))
	}

	pub(crate) fn store_charge(charged: Charge<T>) {
		if let Some((device, record)) = charged {
			SpendingLimits::<T>::insert(device, record);
		}
	}

	/// Whether `signature` over `message` is the channel signer's. A device channel accepts
	/// only the key the device had when the channel opened: nothing the payer later does to
	/// the device voids vouchers it signed, and a key that replaced it (after a rotation, or in
	/// another owner's hands) signs nothing on this deposit; a payer that rotates opens a new
	/// channel for the new key.
	fn signed_by(
		id: ChannelId,
		channel: &ChannelOf<T>,
		message: &[u8],
		signature: &DeviceSignature,
	) -> bool {
		match &channel.signer {
			VoucherSigner::Device(_) => {
				ChannelKeys::<T>::get(id).is_some_and(|key| key.verify(message, signature))
			}
			VoucherSigner::Account(account) => {
				let encoded = account.encode();
				<[u8; 32]>::try_from(encoded.as_slice())
					.is_ok_and(|account| account_signed(&account, message, signature))
			}
		}
	}

	/// The weight of a claim: P-256 signatures are checked in the runtime, not by the host.
	pub(crate) fn claim_weight(signature: &DeviceSignature) -> Weight {
		T::WeightInfo::claim().saturating_add(Self::p256_extra(signature))
	}

	pub(crate) fn settle_weight(vouchers: &[SignedVoucherOf<T>]) -> Weight {
		let count = vouchers.len().min(T::MaxSettlement::get() as usize);
		vouchers.iter().take(count).fold(T::WeightInfo::settle(count as u32), |weight, signed| {
			weight.saturating_add(Self::p256_extra(&signed.signature))
		})
	}

	pub(crate) fn close_weight(last: Option<&SignedVoucherOf<T>>) -> Weight {
		T::WeightInfo::cooperative_close()
			.saturating_add(last.map_or(Weight::zero(), |s| Self::p256_extra(&s.signature)))
	}

	fn p256_extra(signature: &DeviceSignature) -> Weight {
		match signature {
			DeviceSignature::P256(_) => {
				T::WeightInfo::claim_p256().saturating_sub(T::WeightInfo::claim())
			}
			_ => Weight::zero(),
		}
	}
}
