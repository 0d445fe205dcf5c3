//! Bonded challenges against a root or a node in it, and their resolution with slashing.

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use iot_primitives::rewards::{EpochIndex, NodeId};
use sp_core::H256;
use sp_runtime::traits::{Saturating, Zero};

use crate::{
	BalanceOf, Challenge, ChallengeId, ChallengeTarget, Challenges, Config, Error, Event,
	HoldReason, NextChallengeId, Nodes, Pallet, PendingFees, RootChallenges, Roots,
	WithheldThrough,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_challenge(
		who: T::AccountId,
		epoch: EpochIndex,
		target: ChallengeTarget,
		evidence: H256,
	) -> DispatchResult {
		let accepted = Roots::<T>::get(epoch).ok_or(Error::<T>::UnknownRoot)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now <= accepted.accepted_at.saturating_add(T::ChallengeWindow::get()),
			Error::<T>::ChallengeWindowClosed
		);
		if let ChallengeTarget::Node(node) = target {
			ensure!(Nodes::<T>::contains_key(node), Error::<T>::UnknownNode);
		}
		let id = NextChallengeId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let bond = T::ChallengeBond::get();
		T::Currency::hold(&HoldReason::ChallengeBond.into(), &who, bond)?;
		if target == ChallengeTarget::Root {
			RootChallenges::<T>::mutate(epoch, |open| *open = open.saturating_add(1));
		}
		NextChallengeId::<T>::put(next);
		let challenge = Challenge::<T> { challenger: who.clone(), bond, epoch, target, evidence };
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
		let bond_reason = HoldReason::ChallengeBond.into();
		let mut slashed = Zero::zero();
		if challenge.target == ChallengeTarget::Root {
			RootChallenges::<T>::mutate_exists(challenge.epoch, |open| {
				*open = open.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
			});
		}
		if upheld {
			T::Currency::release(
				&bond_reason,
				&challenge.challenger,
				challenge.bond,
				Precision::BestEffort,
			)?;
			match challenge.target {
				ChallengeTarget::Node(node) => slashed = Self::slash(node, &challenge)?,
				ChallengeTarget::Root => {
					Roots::<T>::remove(challenge.epoch);
					Self::deposit_event(Event::RootDiscarded { epoch: challenge.epoch });
				}
			}
		} else {
			// A failed challenge's bond joins the running epoch's reward pool.
			let forfeited = T::Currency::transfer_on_hold(
				&bond_reason,
				&challenge.challenger,
				&Self::pot(),
				challenge.bond,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			)?;
			PendingFees::<T>::mutate(|fees| *fees = fees.saturating_add(forfeited));
		}
		Self::deposit_event(Event::ChallengeResolved { challenge: id, upheld, slashed });
		Ok(())
	}

	/// Slashes [`Config::SlashFraction`] of the node's stake (bonded first, then unbonding),
	/// pays the challenger its share, burns the rest, and withholds the node's rewards through
	/// the challenged epoch.
	fn slash(id: NodeId, challenge: &Challenge<T>) -> Result<BalanceOf<T>, DispatchError> {
		let Some(mut node) = Nodes::<T>::get(id) else { return Ok(Zero::zero()) };
		let unbonding = node.unbonding.map_or(Zero::zero(), |(amount, _)| amount);
		let slashed = T::SlashFraction::get().mul_floor(node.stake.saturating_add(unbonding));
		let from_stake = slashed.min(node.stake);
		node.stake = node.stake.saturating_sub(from_stake);
		let from_unbonding = slashed.saturating_sub(from_stake);
		node.unbonding = node
			.unbonding
			.map(|(amount, at)| (amount.saturating_sub(from_unbonding), at))
			.filter(|(amount, _)| !amount.is_zero());
		let reason = HoldReason::Stake.into();
		let reward = T::ChallengerShare::get().mul_floor(slashed);
		T::Currency::transfer_on_hold(
			&reason,
			&node.owner,
			&challenge.challenger,
			reward,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		T::Currency::burn_held(
			&reason,
			&node.owner,
			slashed.saturating_sub(reward),
			Precision::Exact,
			Fortitude::Force,
		)?;
		Nodes::<T>::insert(id, node);
		WithheldThrough::<T>::mutate(id, |through| {
			*through = Some(through.map_or(challenge.epoch, |e| e.max(challenge.epoch)))
		});
		Ok(slashed)
	}
}
