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
		BalanceOf, ChallengeTarget, ChallengedNodes, CountedStake, CurrentEpoch, EpochLiveness,
		LivenessTally, Nodes,
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

	/// v0's storage items under their own names, in the v0 (or, for challenges, the v1 output)
	/// format.
	pub mod old {
		use super::*;

		#[storage_alias]
		pub type EpochLiveness<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, EpochIndex, OldLivenessTally<BalanceOf<T>>>;

		#[storage_alias]
		pub type Challenges<T: Config> = StorageMap<
			Pallet<T>,
			Twox64Concat,
			crate::ChallengeId,
			super::super::v2::OldChallenge<
				<T as frame_system::Config>::AccountId,
				BalanceOf<T>,
				frame_system::pallet_prelude::BlockNumberFor<T>,
			>,
		>;
	}

	#[storage_alias]
	pub type CellLiveness<T: Config> =
		StorageDoubleMap<Pallet<T>, Twox64Concat, EpochIndex, Blake2_128Concat, Cell, OldCellTally>;

	/// The conversion step, run only by [`MigrateV0ToV1`].
	pub struct ShareLivenessByStake<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for ShareLivenessByStake<T> {
		fn on_runtime_upgrade() -> Weight {
			let current = CurrentEpoch::<T>::get();
			let old: BTreeMap<_, _> = old::EpochLiveness::<T>::drain().collect();
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
			// Written as v1 stored them: v2 converts them on.
			old::Challenges::<T>::translate::<OldChallenge<T::AccountId, BalanceOf<T>>, _>(
				|_, old| {
					writes = writes.saturating_add(2);
					if let ChallengeTarget::Node(node) = old.target {
						ChallengedNodes::<T>::mutate(node, |open| *open = open.saturating_add(1));
					}
					Some(super::v2::OldChallenge {
						challenger: old.challenger,
						bond: old.bond,
						epoch: old.epoch,
						target: old.target,
						evidence: old.evidence,
						opened_at: now,
						withheld: None,
					})
				},
			);
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

/// v1 → v2: rewards are owed per (node, owner) (M-2). Each registered node's watermark becomes
/// its owner's; a departed node's watermark has no known owner and goes (oracles count what such
/// an owner claimed before, from the `RewardClaimed` events, into the new tenure's leaves). Open
/// node challenges accuse the node's owner now.
pub mod v2 {
	use alloc::vec::Vec;
	use codec::{Decode, Encode, MaxEncodedLen};
	use frame_support::{storage_alias, Twox64Concat};
	use frame_system::pallet_prelude::BlockNumberFor;
	use iot_primitives::rewards::{EpochIndex, NodeId};
	use scale_info::TypeInfo;

	use super::*;
	use crate::{BalanceOf, Challenge, ChallengeTarget, Challenges, Nodes, Watermarks};

	/// A challenge in v1.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct OldChallenge<AccountId, Balance, BlockNumber> {
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
		/// When it was posted.
		pub opened_at: BlockNumber,
		/// The proven cumulative reward it withholds.
		pub withheld: Option<Balance>,
	}

	/// v1's watermarks, by node only.
	pub mod old {
		use super::*;

		#[storage_alias]
		pub type Watermarks<T: Config> = StorageMap<Pallet<T>, Twox64Concat, NodeId, BalanceOf<T>>;
	}

	/// The conversion step, run only by [`MigrateV1ToV2`].
	pub struct OwePerOwner<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for OwePerOwner<T> {
		fn on_runtime_upgrade() -> Weight {
			let old: Vec<(NodeId, BalanceOf<T>)> = old::Watermarks::<T>::drain().collect();
			let mut reads = old.len() as u64;
			let mut writes = old.len() as u64;
			for (node, mark) in old {
				if let Some(owner) = Nodes::<T>::get(node).map(|n| n.owner) {
					Watermarks::<T>::insert(node, owner, mark);
					writes = writes.saturating_add(1);
				}
			}
			Challenges::<T>::translate::<
				OldChallenge<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>,
				_,
			>(|_, old| {
				reads = reads.saturating_add(2);
				writes = writes.saturating_add(1);
				let accused = match old.target {
					ChallengeTarget::Node(node) => Nodes::<T>::get(node).map(|n| n.owner),
					ChallengeTarget::Root => None,
				};
				Some(Challenge::<T> {
					challenger: old.challenger,
					bond: old.bond,
					epoch: old.epoch,
					target: old.target,
					evidence: old.evidence,
					opened_at: old.opened_at,
					withheld: old.withheld.filter(|_| accused.is_some()),
					accused,
				})
			});
			T::DbWeight::get().reads_writes(reads.saturating_add(1), writes.saturating_add(1))
		}
	}

	/// The versioned migration: runs once, when the pallet's on-chain version is 1.
	pub type MigrateV1ToV2<T> =
		VersionedMigration<1, 2, OwePerOwner<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
}
