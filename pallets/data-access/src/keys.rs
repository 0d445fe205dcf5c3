//! Encryption keys: the X25519 public keys gateways seal data keys to.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use iot_primitives::data::EncryptionKey;

use crate::{Config, EncryptionKeys, Error, Event, HoldReason, KeyRecord, Pallet};

/// X25519 public keys of small order (libsodium's list, little-endian u-coordinates): a
/// shared secret with any of them is predictable, so a key sealed to one is public.
const SMALL_ORDER: [[u8; 32]; 7] = [
	[0; 32],
	le_small(1),
	[
		0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4,
		0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49,
		0xb8, 0x00,
	],
	[
		0x5f, 0x9c, 0x95, 0xbc, 0xa3, 0x50, 0x8c, 0x24, 0xb1, 0xd0, 0xb1, 0x55, 0x9c, 0x83, 0xef,
		0x5b, 0x04, 0x44, 0x5c, 0xc4, 0x58, 0x1c, 0x8e, 0x86, 0xd8, 0x22, 0x4e, 0xdd, 0xd0, 0x9f,
		0x11, 0x57,
	],
	near_p(0xec),
	near_p(0xed),
	near_p(0xee),
];

/// The key `value` (a small u-coordinate).
const fn le_small(value: u8) -> [u8; 32] {
	let mut key = [0; 32];
	key[0] = value;
	key
}

/// p - 1, p or p + 1 (p = 2^255 - 19) by their lowest byte.
const fn near_p(low: u8) -> [u8; 32] {
	let mut key = [0xff; 32];
	key[0] = low;
	key[31] = 0x7f;
	key
}

/// Whether `key` can receive sealed keys.
pub(crate) fn is_usable(key: &EncryptionKey) -> bool {
	!SMALL_ORDER.contains(key)
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_encryption_key(who: T::AccountId, key: EncryptionKey) -> DispatchResult {
		ensure!(is_usable(&key), Error::<T>::InvalidKey);
		let deposit = match EncryptionKeys::<T>::get(&who) {
			Some(record) => record.deposit,
			None => {
				let deposit = T::KeyDeposit::get();
				T::Currency::hold(&HoldReason::Key.into(), &who, deposit)?;
				deposit
			}
		};
		EncryptionKeys::<T>::insert(&who, KeyRecord { key, deposit });
		Self::deposit_event(Event::EncryptionKeySet { who, key });
		Ok(())
	}

	pub(crate) fn do_remove_encryption_key(who: T::AccountId) -> DispatchResult {
		let record = EncryptionKeys::<T>::take(&who).ok_or(Error::<T>::NoKey)?;
		T::Currency::release(&HoldReason::Key.into(), &who, record.deposit, Precision::BestEffort)?;
		Self::deposit_event(Event::EncryptionKeyRemoved { who });
		Ok(())
	}
}
