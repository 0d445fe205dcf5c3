//! Reads for gateways and clients: who may read, a stream's readers, an account's access.

use alloc::vec::Vec;
use iot_primitives::{
	data::{Reader, StreamAccess},
	telemetry::{Sequence, StreamId},
	traits::DeviceInspect,
	DeviceId,
};

use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;

use crate::{AccessOf, BalanceOf, Config, EncryptionKeys, Grants, Pallet, ReaderGrants, Streams};

/// The most grants one `access_of` answer lists.
pub const MAX_ACCESS_PAGE: u32 = 256;

/// A stream's reader as the runtime API reports it.
pub type ReaderOf<T> =
	Reader<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

impl<T: Config> Pallet<T> {
	/// Whether `account` may read reading `sequence` of `device`'s `stream` now: its owner and
	/// operators with the data right always may, others with a live grant that covers it.
	pub fn may_read(
		account: &T::AccountId,
		device: DeviceId,
		stream: StreamId,
		sequence: Sequence,
	) -> bool {
		let Some(owner) = T::Devices::owner(&device) else { return false };
		if owner == *account || T::Devices::may_act(&device, account, T::DataRight::get()) {
			return true;
		}
		let now = frame_system::Pallet::<T>::block_number();
		Grants::<T>::get((device, stream, account)).is_some_and(|a| a.covers(sequence, &now))
	}

	/// The readers of `device`'s `stream` with their published keys, and its key epoch.
	pub fn readers(
		device: DeviceId,
		stream: StreamId,
	) -> (Vec<ReaderOf<T>>, Option<StreamAccess<BlockNumberFor<T>>>) {
		let readers = Grants::<T>::iter_prefix((device, stream))
			.take(T::MaxGrantsPerDevice::get() as usize)
			.map(|(account, access)| {
				let key = EncryptionKeys::<T>::get(&account).map(|record| record.key);
				Reader { account, access, key }
			})
			.collect();
		(readers, Streams::<T>::get(device, stream))
	}

	/// Up to `limit` (at most [`MAX_ACCESS_PAGE`]) of `account`'s grants, in storage order,
	/// after `after` (the last of the previous page).
	pub fn access_of(
		account: &T::AccountId,
		after: Option<(DeviceId, StreamId)>,
		limit: u32,
	) -> Vec<(DeviceId, StreamId, AccessOf<T>)> {
		let mut keys = ReaderGrants::<T>::iter_key_prefix((account,));
		if let Some(after) = after {
			for key in keys.by_ref() {
				if key == after {
					break;
				}
			}
		}
		keys.take(limit.min(MAX_ACCESS_PAGE) as usize)
			.filter_map(|(device, stream)| {
				Grants::<T>::get((device, stream, account)).map(|access| (device, stream, access))
			})
			.collect()
	}
}
