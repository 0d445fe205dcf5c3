//! Storage migrations of the device registry.

use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

use crate::{Config, DeviceOperators, OperatorCount, Pallet};

/// v0 → v1: counts each device's operator grants into `OperatorCount`, which bounds the grants
/// that `deregister` and `accept_transfer` remove. `RetiredKeys` starts empty: keys rotated
/// away before v1 are not known to the chain's state.
pub mod v1 {
	use super::*;

	/// The counting step, run only by [`MigrateV0ToV1`].
	pub struct CountOperators<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for CountOperators<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut grants = 0u64;
			for (device, _) in DeviceOperators::<T>::iter_keys() {
				grants = grants.saturating_add(1);
				OperatorCount::<T>::mutate(device, |count| *count = count.saturating_add(1));
			}
			T::DbWeight::get().reads_writes(grants.saturating_mul(2), grants)
		}
	}

	/// The versioned migration: runs once, when the pallet's on-chain version is 0.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		CountOperators<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
