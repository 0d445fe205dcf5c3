//! Bonded challenges against a root or a node in it, and their resolution with slashing.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use iot_primitives::rewards::{verify_reward, EpochIndex, NodeId, RewardClaim};
use sp_core::H256;
use sp_runtime::traits::{Saturating, Zero};

use crate::{
	BalanceOf, Challenge, ChallengeId, ChallengeTarget, ChallengedNodes, Challenges, Config, Error,
	Event, HoldReason, NextChallengeId, Nodes, Pallet, PendingFees, RetiredNodes, RewardEntry,
	RootChallenges, Roots, Watermarks, WithheldThrough,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_challenge(
		who: T::AccountId,
		epoch: EpochIndex,
		target: ChallengeTarget,
		evidence: H256,
		entry: Option<RewardEntry<T>>,
	) -> DispatchResult {
		let node = match target {
			ChallengeTarget::Node(node) => Some(node),
			ChallengeTarget::Root => {
				ensure!(entry.is_none(), Error::<T>::EntryForRoot);
				None
			}
		};
		let accepted = Roots::<T>::get(epoch).ok_or(Error::<T>::UnknownRoot)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= accepted.accepted_at.saturating_add(T::ChallengeWindow::get()),
			Error::<T>::ChallengeWindowClosed
		);
		let (accused, withheld) = match (node, entry) {
			(Some(node), Some(entry)) => {
				let root = accepted.root;
				let claim = RewardClaim { node, owner: &entry.owner, cumulative: entry.cumulative };
				ensure!(
					verify_reward(&root.root, root.count, entry.index, &entry.proof, claim),
					Error::<T>::InvalidProof
				);
				(Some(entry.owner), Some(entry.cumulative))
			}
			// Without its entry a node is known only while registered.
			(Some(node), None) => {
				let node = Nodes::<T>::get(node).ok_or(Error::<T>::UnknownNode)?;
				(Some(node.owner), None)
			}
			(None, _) => (None, None),
		};
		let id = NextChallengeId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let bond = T::ChallengeBond::get();
		T::Currency::hold(&HoldReason::ChallengeBond.into(), &who, bond)?;
		match node {
			Some(node) => ChallengedNodes::<T>::mutate(node, |open| *open = open.saturating_add(1)),
			None => RootChallenges::<T>::mutate(epoch, |open| *open = open.saturating_add(1)),
		}
		NextChallengeId::<T>::put(next);
		let challenge = Challenge::<T> {
			challenger: who.clone(),
			bond,
			epoch,
			target,
			evidence,
			opened_at: now,
			accused,
			withheld,
		};
		Challenges::<T>::insert(id, challenge);
		Self::deposit_event(Event::ChallengeOpened {
			challenge: id,
			challenger: who,
			epoch,
			target,
			evidence,
		});
		Ok(())
	}

	pub(crate) fn do_resolve_challenge(id: ChallengeId, upheld: bool) -> DispatchResult {
		let challenge = Challenges::<T>::take(id).ok_or(Error::<T>::UnknownChallenge)?;
		Self::unfreeze(&challenge);
		let mut slashed = Zero::zero();
		if upheld {
			T::Currency::release(
				&HoldReason::ChallengeBond.into(),
				&challenge.challenger,
				challenge.bond,
				Precision::BestEffort,
			)?;
			match challenge.target {
				ChallengeTarget::Node(node) => {
					slashed = Self::slash(node, &challenge)?;
					Self::withhold(node, &challenge);
				}
				ChallengeTarget::Root => {
					Roots::<T>::remove(challenge.epoch);
					Self::deposit_event(Event::RootDiscarded { epoch: challenge.epoch });
				}
			}
		} else {
			Self::forfeit_bond(&challenge)?;
		}
		Self::deposit_event(Event::ChallengeResolved { challenge: id, upheld, slashed });
		Ok(())
	}

	pub(crate) fn do_expire_challenge(id: ChallengeId) -> DispatchResult {
		let challenge = Challenges::<T>::get(id).ok_or(Error::<T>::UnknownChallenge)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now > challenge.opened_at.saturating_add(T::ChallengeDeadline::get()),
			Error::<T>::ChallengeNotExpired
		);
		Self::forfeit_bond(&challenge)?;
		Challenges::<T>::remove(id);
		Self::unfreeze(&challenge);
		Self::deposit_event(Event::ChallengeExpired { challenge: id });
		Ok(())
	}

	/// Refuses while a challenge against the node is open.
	pub(crate) fn ensure_unchallenged(node: NodeId) -> DispatchResult {
		ensure!(ChallengedNodes::<T>::get(node) == 0, Error::<T>::NodeChallenged);
		Ok(())
	}

	/// Counts a decided or lapsed challenge out of what it froze.
	fn unfreeze(challenge: &Challenge<T>) {
		let decrement =
			|open: &mut Option<u32>| *open = open.map(|n| n.saturating_sub(1)).filter(|n| *n > 0);
		match challenge.target {
			ChallengeTarget::Node(node) => ChallengedNodes::<T>::mutate_exists(node, decrement),
			ChallengeTarget::Root => RootChallenges::<T>::mutate_exists(challenge.epoch, decrement),
		}
	}

	/// A failed or lapsed challenge's bond joins the running epoch's reward pool.
	fn forfeit_bond(challenge: &Challenge<T>) -> DispatchResult {
		let forfeited = T::Currency::transfer_on_hold(
			&HoldReason::ChallengeBond.into(),
			&challenge.challenger,
			&Self::pot(),
			challenge.bond,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		)?;
		PendingFees::<T>::mutate(|fees| *fees = fees.saturating_add(forfeited));
		Ok(())
	}

	/// Withholds the node's rewards through the challenged epoch, registered or not, and with
	/// a proven entry, for good: the accused's watermark rises to the entry, so later cumulative
	/// roots pay them only what the node earned for them after.
	fn withhold(node: NodeId, challenge: &Challenge<T>) {
		WithheldThrough::<T>::mutate(node, |through| {
			*through = Some(through.map_or(challenge.epoch, |e| e.max(challenge.epoch)))
		});
		if let (Some(owner), Some(cumulative)) = (&challenge.accused, challenge.withheld) {
			Watermarks::<T>::mutate(node, owner, |mark| *mark = (*mark).max(cumulative));
			Self::deposit_event(Event::RewardForfeited {
				node,
				epoch: challenge.epoch,
				cumulative,
			});
		}
	}

	/// Slashes [`Config::SlashFraction`] of the accused's stake in the node (bonded first, then
	/// unbonding; or what they left when the device changed hands), pays the challenger its
	/// share and burns the rest. A node that left had no stake (it leaves only without, and
	/// never while challenged).
	fn slash(id: NodeId, challenge: &Challenge<T>) -> Result<BalanceOf<T>, DispatchError> {
		let Some(owner) = &challenge.accused else { return Ok(Zero::zero()) };
		let slashed = match Nodes::<T>::get(id).filter(|n| n.owner == *owner) {
			Some(mut node) => {
				let slashed = T::SlashFraction::get().mul_floor(Self::slashable_stake(&node));
				let from_stake = slashed.min(node.stake);
				node.stake = node.stake.saturating_sub(from_stake);
				let from_unbonding = slashed.saturating_sub(from_stake);
				node.unbonding = node
					.unbonding
					.map(|(amount, at)| (amount.saturating_sub(from_unbonding), at))
					.filter(|(amount, _)| !amount.is_zero());
				Nodes::<T>::insert(id, node);
				slashed
			}
			None => {
				let Some(mut retired) = RetiredNodes::<T>::get(id, owner) else {
					return Ok(Zero::zero());
				};
				let slashed = T::SlashFraction::get().mul_floor(retired.stake);
				retired.stake = retired.stake.saturating_sub(slashed);
				RetiredNodes::<T>::insert(id, owner, retired);
				slashed
			}
		};
		let reason = HoldReason::Stake.into();
		let reward = T::ChallengerShare::get().mul_floor(slashed);
		T::Currency::transfer_on_hold(
			&reason,
			owner,
			&challenge.challenger,
			reward,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		T::Currency::burn_held(
			&reason,
			owner,
			slashed.saturating_sub(reward),
			Precision::Exact,
			Fortitude::Force,
		)?;
		Ok(slashed)
	}
}
