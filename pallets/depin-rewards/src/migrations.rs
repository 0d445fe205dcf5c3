//! Storage migrations of the DePIN rewards pallet.

use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

use crate::{Config, Pallet};

/// v0 → v1: liveness shared by stake instead of by cell (C-1). Live nodes of ended epochs are
/// settled by the v0 rule (their share of the cell's share), so nothing owed before is lost;
/// nodes live in the running epoch count with their bonded stake; the per-cell tallies go.
/// Open challenges (M-3) get their deadline from the upgrade on, no proven entry, and freeze
/// the nodes they target.
pub mod v1 {
	use alloc::{collections::BTreeMap, vec::Vec};
	use codec::{Decode, Encode, MaxEncodedLen};
	use frame_support::{storage_alias, Blake2_128Concat, Twox64Concat};
	use iot_primitives::rewards::{Cell, EpochIndex};
	use scale_info::TypeInfo;
	use sp_runtime::traits::{CheckedDiv, Saturating, Zero};

	use super::*;
	use crate::{
		BalanceOf, Challenge, ChallengeTarget, ChallengedNodes, Challenges, CountedStake,
		CurrentEpoch, EpochLiveness, LivenessTally, Nodes,
	};

	/// A challenge before v1.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct OldChallenge<AccountId, Balance> {
		/// Who posted it.
		pub challenger: AccountId,
		/// The bond held.
		pub bond: Balance,
		/// The epoch whose root it disputes.
		pub epoch: EpochIndex,
		/// What it disputes.
		pub target: ChallengeTarget,
		/// The hash of the off-chain evidence.
		pub evidence: sp_core::H256,
	}

	/// An epoch's liveness tally before v1.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Default, Clone, Copy)]
	pub struct OldLivenessTally<Balance> {
		/// Cells with at least one live node.
		pub live_cells: u32,
		/// Live nodes not yet settled.
		pub unsettled: u32,
		/// The liveness pool, once the epoch ended.
		pub pool: Balance,
	}

	/// A cell's tally before v1.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Default, Clone, Copy)]
	pub struct OldCellTally {
		/// Nodes live in the cell.
		pub live: u32,
		/// Of those, the ones not yet settled.
		pub unsettled: u32,
	}

	#[storage_alias]
	pub type EpochLivenessV0<T: Config> =
		StorageMap<Pallet<T>, Twox64Concat, EpochIndex, OldLivenessTally<BalanceOf<T>>>;

	#[storage_alias]
	pub type CellLiveness<T: Config> =
		StorageDoubleMap<Pallet<T>, Twox64Concat, EpochIndex, Blake2_128Concat, Cell, OldCellTally>;

	/// The conversion step, run only by [`MigrateV0ToV1`].
	pub struct ShareLivenessByStake<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for ShareLivenessByStake<T> {
		fn on_runtime_upgrade() -> Weight {
			let current = CurrentEpoch::<T>::get();
			let old: BTreeMap<_, _> = EpochLivenessV0::<T>::drain().collect();
			let mut tally = LivenessTally::<T>::default();
			let nodes: Vec<_> = Nodes::<T>::iter().collect();
			let node_count = nodes.len() as u64;
			let mut writes = old.len() as u64;
			for (id, mut node) in nodes {
				let Some(epoch) = node.live_epoch else { continue };
				if epoch < current {
					let credit = old
						.get(&epoch)
						.zip(CellLiveness::<T>::get(epoch, node.cell))
						.and_then(|(t, cell)| {
							t.pool.checked_div(&t.live_cells.into())?.checked_div(&cell.live.into())
						})
						.unwrap_or_else(Zero::zero);
					node.liveness_unclaimed = node.liveness_unclaimed.saturating_add(credit);
					node.live_epoch = None;
				} else {
					CountedStake::<T>::insert(id, node.stake);
					tally.live_stake = tally.live_stake.saturating_add(node.stake);
					tally.unsettled = tally.unsettled.saturating_add(1);
				}
				Nodes::<T>::insert(id, node);
				writes = writes.saturating_add(2);
			}
			let now = frame_system::Pallet::<T>::block_number();
			Challenges::<T>::translate::<OldChallenge<T::AccountId, BalanceOf<T>>, _>(|_, old| {
				writes = writes.saturating_add(2);
				if let ChallengeTarget::Node(node) = old.target {
					ChallengedNodes::<T>::mutate(node, |open| *open = open.saturating_add(1));
				}
				Some(Challenge::<T> {
					challenger: old.challenger,
					bond: old.bond,
					epoch: old.epoch,
					target: old.target,
					evidence: old.evidence,
					opened_at: now,
					withheld: None,
				})
			});
			let cleared = CellLiveness::<T>::clear(u32::MAX, None);
			if tally.unsettled > 0 {
				EpochLiveness::<T>::insert(current, tally);
			}
			let reads = node_count.saturating_add(u64::from(cleared.loops));
			T::DbWeight::get()
				.reads_writes(reads.saturating_add(writes), writes.saturating_add(1))
				.saturating_add(T::DbWeight::get().writes(u64::from(cleared.unique)))
		}
	}

	/// The versioned migration: runs once, when the pallet's on-chain version is 0.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		ShareLivenessByStake<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
