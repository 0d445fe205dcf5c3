//! Storage migrations of the telemetry anchors.

use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

use crate::{Config, Pallet};

/// v0 → v1: streams learn whether they take device-signed ranges only (M-1). A stream whose
/// last anchored range was signed becomes signed-only; the others stay open to unsigned ranges
/// until their first signed one (or their owner's call). Which earlier ranges were signed is not
/// known, so every stream's signed cursor starts at its cursor: a reset never reopens what was
/// anchored before the upgrade.
pub mod v1 {
	use codec::{Decode, Encode};
	use frame_support::BoundedVec;
	use iot_primitives::telemetry::{AnchoredRange, Sequence};
	use sp_runtime::traits::Saturating;

	use super::*;
	use crate::{Anchors, BalanceOf, Cursor, Stream, Streams};

	/// A stream before v1.
	#[derive(Encode, Decode)]
	pub struct OldStream<T: Config> {
		/// Its name.
		pub name: BoundedVec<u8, T::MaxStreamNameLen>,
		/// Its unit.
		pub unit: u32,
		/// Its interval.
		pub interval_ms: u64,
		/// Who pays its deposit.
		pub depositor: T::AccountId,
		/// The deposit.
		pub deposit: BalanceOf<T>,
		/// The end of its anchored readings.
		pub cursor: Option<Cursor>,
		/// Readings anchored.
		pub anchored: u64,
		/// Sequence numbers skipped.
		pub missing: Sequence,
	}

	/// The conversion step, run only by [`MigrateV0ToV1`].
	pub struct MarkSignedStreams<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for MarkSignedStreams<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut count = 0u64;
			Streams::<T>::translate::<OldStream<T>, _>(|device, stream, old| {
				count.saturating_inc();
				let signed = old.cursor.is_some_and(|c| {
					Anchors::<T>::get(c.last_anchor).is_some_and(|a| {
						a.ranges.iter().any(|r: &AnchoredRange| {
							r.range.device == device
								&& r.range.stream == stream
								&& r.summary.is_some()
						})
					})
				});
				Some(Stream::<T> {
					name: old.name,
					unit: old.unit,
					interval_ms: old.interval_ms,
					depositor: old.depositor,
					deposit: old.deposit,
					cursor: old.cursor,
					signed_cursor: old.cursor,
					signed_only: signed,
					anchored: old.anchored,
					missing: old.missing,
				})
			});
			T::DbWeight::get().reads_writes(count.saturating_mul(2), count)
		}
	}

	/// The versioned migration: runs once, when the pallet's on-chain version is 0.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		MarkSignedStreams<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
