//! The oracle committee, reward roots and claims against them.

use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, BoundedVec};
use iot_primitives::rewards::{verify_reward, EpochIndex, NodeId, RewardClaim};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, Zero},
	Percent,
};

use crate::{
	AcceptedRoot, BalanceOf, Config, Epochs, Error, Event, Nodes, OracleClaimed, Oracles, Pallet,
	Quorum, RetiredNodes, RootChallenges, RootOf, Roots, Votes, Watermarks, WithheldThrough,
};

impl<T: Config> Pallet<T> {
	/// `oracles` as a committee with `quorum`, if it is one.
	pub(crate) fn checked_committee(
		oracles: Vec<T::AccountId>,
		quorum: u32,
	) -> Result<BoundedVec<T::AccountId, T::MaxOracles>, Error<T>> {
		let mut distinct = oracles.clone();
		distinct.sort();
		distinct.dedup();
		ensure!(
			// A majority: two disjoint groups of oracles never both reach the quorum, so a
			// minority cannot push a root the rest would not attest.
			distinct.len() == oracles.len()
				&& (quorum as usize).saturating_mul(2) > oracles.len()
				&& quorum as usize <= oracles.len(),
			Error::<T>::BadCommittee
		);
		oracles.try_into().map_err(|_| Error::<T>::BadCommittee)
	}

	pub(crate) fn do_set_oracles(oracles: Vec<T::AccountId>, quorum: u32) -> DispatchResult {
		let committee = Self::checked_committee(oracles.clone(), quorum)?;
		Oracles::<T>::put(committee);
		Quorum::<T>::put(quorum);
		Self::deposit_event(Event::OraclesSet { oracles, quorum });
		Ok(())
	}

	pub(crate) fn do_attest_root(
		who: T::AccountId,
		epoch: EpochIndex,
		root: RootOf<T>,
	) -> DispatchResult {
		let oracles = Oracles::<T>::get();
		ensure!(oracles.contains(&who), Error::<T>::NotOracle);
		let record = Epochs::<T>::get(epoch).ok_or(Error::<T>::EpochNotEnded)?;
		ensure!(!Roots::<T>::contains_key(epoch), Error::<T>::RootAlreadyAccepted);
		ensure!(root.total <= record.oracle_cumulative, Error::<T>::TotalAbovePools);
		Votes::<T>::insert(epoch, &who, root);
		let votes =
			oracles.iter().filter(|o| Votes::<T>::get(epoch, *o) == Some(root)).count() as u32;
		Self::deposit_event(Event::RootAttested { epoch, oracle: who, root: root.root, votes });
		if votes >= Quorum::<T>::get() {
			let accepted_at = frame_system::Pallet::<T>::block_number();
			Roots::<T>::insert(epoch, AcceptedRoot::<T> { root, accepted_at });
			let _ = Votes::<T>::clear_prefix(epoch, T::MaxOracles::get(), None);
			Self::deposit_event(Event::RootAccepted { epoch, root: root.root, total: root.total });
		}
		Ok(())
	}

	pub(crate) fn do_claim(
		claim: RewardClaim<'_, T::AccountId, BalanceOf<T>>,
		epoch: EpochIndex,
		index: u32,
		proof: BoundedVec<H256, T::MaxProofDepth>,
	) -> DispatchResult {
		let id = claim.node;
		let (stake, host, host_share) = Self::beneficiary(id, claim.owner)?;
		Self::ensure_unchallenged(id)?;
		let accepted = Roots::<T>::get(epoch).ok_or(Error::<T>::UnknownRoot)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now > accepted.accepted_at.saturating_add(T::ChallengeWindow::get()),
			Error::<T>::ChallengeWindowOpen
		);
		ensure!(RootChallenges::<T>::get(epoch) == 0, Error::<T>::RootChallenged);
		ensure!(
			WithheldThrough::<T>::get(id).is_none_or(|through| epoch > through),
			Error::<T>::Withheld
		);
		let root = accepted.root;
		ensure!(
			verify_reward(&root.root, root.count, index, &proof, claim),
			Error::<T>::InvalidProof
		);
		// Rewards go to owners that something can be slashed from (C-1).
		ensure!(stake >= T::MinNodeStake::get(), Error::<T>::BelowMinimumStake);
		let amount = claim
			.cumulative
			.checked_sub(&Watermarks::<T>::get(id, claim.owner))
			.filter(|a| !a.is_zero())
			.ok_or(Error::<T>::NothingToClaim)?;
		let claimed = OracleClaimed::<T>::get()
			.checked_add(&amount)
			.filter(|total| *total <= root.total)
			.ok_or(Error::<T>::ClaimAboveAttested)?;
		let (to_owner, to_host) = Self::pay_to(claim.owner, host.as_ref(), host_share, amount)?;
		Watermarks::<T>::insert(id, claim.owner, claim.cumulative);
		OracleClaimed::<T>::put(claimed);
		Self::deposit_event(Event::RewardClaimed { node: id, epoch, to_owner, to_host });
		Ok(())
	}

	/// What `owner` has at stake in node `id` and who shares its rewards: the node while
	/// `owner` holds it, else what `owner` left when its device changed hands.
	pub(crate) fn beneficiary(
		id: NodeId,
		owner: &T::AccountId,
	) -> Result<(BalanceOf<T>, Option<T::AccountId>, Percent), DispatchError> {
		if let Some(node) = Nodes::<T>::get(id).filter(|n| n.owner == *owner) {
			return Ok((Self::slashable_stake(&node), node.host, node.host_share));
		}
		let retired = RetiredNodes::<T>::get(id, owner).ok_or(Error::<T>::UnknownNode)?;
		Ok((retired.stake, retired.host, retired.host_share))
	}
}
