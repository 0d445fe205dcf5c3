//! Storage migrations of the payments pallet.

use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};
use iot_primitives::{payment::VoucherSigner, traits::DeviceInspect};

use crate::{ChannelKeys, Channels, Config, Pallet};

/// v0 → v1: records the key of each open device channel in `ChannelKeys`. Before v1 vouchers
/// were checked against the device's current key; that key is the best record there is (a
/// channel whose device is already gone keeps no key and pays no further voucher, as before).
pub mod v1 {
	use super::*;

	/// The recording step, run only by [`MigrateV0ToV1`].
	pub struct RecordChannelKeys<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for RecordChannelKeys<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			for (id, channel) in Channels::<T>::iter() {
				reads = reads.saturating_add(1);
				if let VoucherSigner::Device(device) = channel.signer {
					reads = reads.saturating_add(1);
					if let Some(key) = T::Devices::key(&device) {
						ChannelKeys::<T>::insert(id, key);
						writes = writes.saturating_add(1);
					}
				}
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}
	}

	/// The versioned migration: runs once, when the pallet's on-chain version is 0.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		RecordChannelKeys<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// v1 → v2: indexes each device's open channels in `DeviceChannels`, so that a transfer,
/// revocation or removal of the device can start closing them. Channels already closing need
/// no index; channels beyond `MaxChannelsPerDevice` for one device start closing now, as a
/// transfer would have closed them.
pub mod v2 {
	use sp_runtime::Saturating;

	use super::*;
	use crate::{DeviceChannels, Event};

	/// The indexing step, run only by [`MigrateV1ToV2`].
	pub struct IndexDeviceChannels<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for IndexDeviceChannels<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			let closes_at =
				frame_system::Pallet::<T>::block_number().saturating_add(T::ChallengePeriod::get());
			for (id, mut channel) in Channels::<T>::iter() {
				reads = reads.saturating_add(1);
				let VoucherSigner::Device(device) = channel.signer else { continue };
				if channel.closes_at.is_some() {
					continue;
				}
				reads = reads.saturating_add(1);
				writes = writes.saturating_add(1);
				let mut ids = DeviceChannels::<T>::get(device).unwrap_or_default();
				if ids.try_push(id).is_ok() {
					DeviceChannels::<T>::insert(device, ids);
				} else {
					channel.closes_at = Some(closes_at);
					Channels::<T>::insert(id, channel);
					Pallet::<T>::deposit_event(Event::ChannelClosing { channel: id, closes_at });
				}
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}
	}

	/// The versioned migration: runs once, when the pallet's on-chain version is 1.
	pub type MigrateV1ToV2<T> = VersionedMigration<
		1,
		2,
		IndexDeviceChannels<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// v2 → v3: an agreement's status records its dispute (who raised it, when, the bond, and
/// whether the condition was proven since), for the bond and the arbiter's deadline of L-8.
///
/// A dispute raised before v3 held no bond and its record does not say who raised it: it
/// becomes the consumer's with a bond of zero (so nothing moves on its behalf), raised at the
/// upgrade, so the arbiter has a whole `DisputeTimeout` from the upgrade before anyone can
/// settle it by the default rule. Its condition counts as not proven; the provider can still
/// record a proof with `release` until the deadline.
pub mod v3 {
	use codec::{Decode, Encode};
	use frame_system::pallet_prelude::BlockNumberFor;
	use iot_primitives::payment::{AgreementStatus, Condition, Dispute};
	use sp_runtime::traits::Zero;

	use super::*;
	use crate::{AgreementOf, Agreements, BalanceOf};

	/// An agreement's status before v3.
	#[derive(Encode, Decode)]
	pub enum OldStatus {
		/// Waiting for confirmation, proof or the deadline.
		Active,
		/// Disputed; only the arbiter could settle it.
		Disputed,
	}

	/// An agreement as v2 stored it.
	#[derive(Encode, Decode)]
	pub struct OldAgreement<AccountId, Balance, BlockNumber> {
		/// Who pays.
		pub consumer: AccountId,
		/// Who is paid.
		pub provider: AccountId,
		/// What is paid.
		pub amount: Balance,
		/// What releases it.
		pub condition: Condition,
		/// The deadline.
		pub deadline: BlockNumber,
		/// Where it stood.
		pub status: OldStatus,
	}

	/// A v2 agreement in the pallet's types.
	pub type OldAgreementOf<T> =
		OldAgreement<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

	/// The translation step, run only by [`MigrateV2ToV3`].
	pub struct RecordDisputes<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for RecordDisputes<T> {
		fn on_runtime_upgrade() -> Weight {
			let now = frame_system::Pallet::<T>::block_number();
			let mut agreements = 0u64;
			Agreements::<T>::translate::<OldAgreementOf<T>, _>(|_, old| {
				agreements = agreements.saturating_add(1);
				let status = match old.status {
					OldStatus::Active => AgreementStatus::Active,
					OldStatus::Disputed => AgreementStatus::Disputed(Dispute {
						by: old.consumer.clone(),
						raised_at: now,
						bond: Zero::zero(),
						proven: false,
					}),
				};
				Some(AgreementOf::<T> {
					consumer: old.consumer,
					provider: old.provider,
					amount: old.amount,
					condition: old.condition,
					deadline: old.deadline,
					status,
				})
			});
			T::DbWeight::get().reads_writes(agreements, agreements)
		}
	}

	/// The versioned migration: runs once, when the pallet's on-chain version is 2.
	pub type MigrateV2ToV3<T> = VersionedMigration<
		2,
		3,
		RecordDisputes<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
