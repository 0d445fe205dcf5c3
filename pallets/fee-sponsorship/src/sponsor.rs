//! Sponsorships: which devices an owner pays for, and within what quota.

use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Defensive, Get},
};
use iot_primitives::{traits::DeviceSigners, DeviceId};
use sp_runtime::traits::Zero;

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_sponsor(
		owner: T::AccountId,
		device: DeviceId,
		quota: Quota<BalanceOf<T>>,
	) -> DispatchResult {
		let signer = T::Devices::signer(device).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(signer.owner == owner, Error::<T>::NotOwner);
		ensure!(signer.active, Error::<T>::DeviceInactive);
		ensure!(
			quota.scopes.is_valid() && !quota.fees.is_zero() && quota.transactions > 0,
			Error::<T>::InvalidQuota
		);
		let current = SponsoredDevices::<T>::get(device)
			.and_then(|account| Some((Sponsorships::<T>::get(&account)?, account)));
		if let Some(taken) = Sponsorships::<T>::get(&signer.account) {
			ensure!(taken.device == device, Error::<T>::SignerTaken);
		}

		match current {
			// Same owner, same key: only the quota changes, the period's usage stays.
			Some((mut record, account)) if record.owner == owner && account == signer.account => {
				// A lower quota leaves a device that used more at its limit for this period.
				record.fees_used = record.fees_used.min(quota.fees);
				record.transactions_used = record.transactions_used.min(quota.transactions);
				record.quota = quota.clone();
				Sponsorships::<T>::insert(&account, record);
			}
			stale => {
				T::Currency::hold(
					&HoldReason::SponsorshipDeposit.into(),
					&owner,
					T::SponsorshipDeposit::get(),
				)?;
				if let Some((record, account)) = stale {
					Self::remove(device, &account, record);
				}
				let record = Sponsorship {
					device,
					owner: owner.clone(),
					quota: quota.clone(),
					period_start: frame_system::Pallet::<T>::block_number(),
					fees_used: Zero::zero(),
					transactions_used: 0,
					deposit: T::SponsorshipDeposit::get(),
				};
				// The device's account may have no balance: the sponsorship keeps its nonce
				// (with the reference retained from an earlier sponsorship, if there is one).
				if RetainedAccounts::<T>::take(&signer.account).is_none() {
					frame_system::Pallet::<T>::inc_sufficients(&signer.account);
				}
				Sponsorships::<T>::insert(&signer.account, record);
				SponsoredDevices::<T>::insert(device, &signer.account);
			}
		}
		Self::deposit_event(Event::DeviceSponsored {
			device,
			owner,
			signer: signer.account,
			quota,
		});
		Ok(())
	}

	pub(crate) fn do_unsponsor(who: T::AccountId, device: DeviceId) -> DispatchResult {
		let account = SponsoredDevices::<T>::get(device).ok_or(Error::<T>::NotSponsored)?;
		let record = Sponsorships::<T>::get(&account).ok_or(Error::<T>::NotSponsored)?;
		ensure!(record.owner == who || Self::is_stale(&account, &record), Error::<T>::StillValid);
		Self::remove(device, &account, record);
		Ok(())
	}

	/// Whether the record no longer matches the registry: device gone, key rotated or new owner.
	pub(crate) fn is_stale(account: &T::AccountId, record: &Sponsorship<T>) -> bool {
		T::Devices::signer(record.device)
			.is_none_or(|signer| &signer.account != account || signer.owner != record.owner)
	}

	/// Removes the record stored under `account` and returns its deposit. The device's account
	/// goes (if nothing else keeps it) only if it never sent a transaction; otherwise its
	/// reference is retained, so that its nonce never starts again from zero (M-6).
	pub(crate) fn remove(device: DeviceId, account: &T::AccountId, record: Sponsorship<T>) {
		Sponsorships::<T>::remove(account);
		SponsoredDevices::<T>::remove(device);
		if frame_system::Pallet::<T>::account_nonce(account).is_zero() {
			let _ = frame_system::Pallet::<T>::dec_sufficients(account);
		} else {
			RetainedAccounts::<T>::insert(account, ());
		}
		let _ = T::Currency::release(
			&HoldReason::SponsorshipDeposit.into(),
			&record.owner,
			record.deposit,
			Precision::BestEffort,
		)
		.defensive();
		Self::deposit_event(Event::SponsorshipEnded { device, owner: record.owner });
	}
}
