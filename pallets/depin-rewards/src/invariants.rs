//! The pallet's invariants, checked by `try-runtime` and after every unit test.

use alloc::collections::BTreeMap;
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, InspectHold},
		Get,
	},
};
use iot_primitives::rewards::EpochIndex;
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

use crate::{
	BalanceOf, Challenges, Config, CountedStake, CurrentEpoch, EpochLiveness, Epochs, HoldReason,
	Nodes, OracleClaimed, Pallet, RetiredNodes, Roots, TotalMinted,
};

impl<T: Config> Pallet<T> {
	/// - no epoch minted more than the circuit breaker, and all of them no more than the maximum
	///   supply;
	/// - what was claimed against roots is at most the largest total a root attested;
	/// - what each account holds for stake, node deposits and challenge bonds is the sum over its
	///   nodes, retired nodes and challenges;
	/// - each epoch's unsettled count is its live nodes' count, its live stake their counted
	///   stake (in an ended epoch, at least that of those not yet settled), and only live nodes
	///   have a counted stake;
	/// - the pot is solvent: it holds every settled and unsettled liveness credit (retired nodes'
	///   too) plus what the largest accepted root attests and was not yet claimed.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut minted = BalanceOf::<T>::zero();
		for (_, record) in Epochs::<T>::iter() {
			ensure!(record.minted <= T::MaxMintPerEpoch::get(), "an epoch minted above the cap");
			minted = minted.saturating_add(record.minted);
		}
		ensure!(minted == TotalMinted::<T>::get(), "minted total off");
		ensure!(minted <= T::MaxSupply::get(), "minted above the maximum supply");

		let attested = Roots::<T>::iter().map(|(_, r)| r.root.total).max().unwrap_or_default();
		let claimed = OracleClaimed::<T>::get();
		ensure!(claimed.is_zero() || claimed <= attested, "claimed more than attested");

		let mut stakes = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		let mut deposits = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		let mut owed = BalanceOf::<T>::zero();
		for (_, node) in Nodes::<T>::iter() {
			add(&mut stakes, node.owner.clone(), Self::slashable_stake(&node));
			add(&mut deposits, node.owner, node.deposit);
		}
		for (_, owner, retired) in RetiredNodes::<T>::iter() {
			add(&mut stakes, owner.clone(), retired.stake);
			add(&mut deposits, owner, retired.deposit);
			owed = owed.saturating_add(retired.liveness_unclaimed);
		}
		let mut bonds = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (_, challenge) in Challenges::<T>::iter() {
			add(&mut bonds, challenge.challenger, challenge.bond);
		}
		Self::check_held(HoldReason::Stake, stakes, "stakes held off")?;
		Self::check_held(HoldReason::NodeDeposit, deposits, "node deposits held off")?;
		Self::check_held(HoldReason::ChallengeBond, bonds, "challenge bonds held off")?;

		let mut live = BTreeMap::<EpochIndex, (u32, BalanceOf<T>)>::new();
		owed = owed.saturating_add(attested.saturating_sub(claimed));
		for (id, node) in Nodes::<T>::iter() {
			owed = owed.saturating_add(Self::claimable_liveness(id, &node));
			if let Some(epoch) = node.live_epoch {
				let stake =
					CountedStake::<T>::get(id).ok_or("a live node without counted stake")?;
				let entry = live.entry(epoch).or_default();
				*entry = (entry.0.saturating_add(1), entry.1.saturating_add(stake));
			}
		}
		for (id, _) in CountedStake::<T>::iter() {
			ensure!(
				Nodes::<T>::get(id).is_some_and(|n| n.live_epoch.is_some()),
				"counted stake of a node not live"
			);
		}
		ensure!(EpochLiveness::<T>::iter().count() == live.len(), "a tally without live nodes");
		for (epoch, (unsettled, stake)) in live {
			let tally = EpochLiveness::<T>::get(epoch).ok_or("live nodes without a tally")?;
			ensure!(tally.unsettled == unsettled, "unsettled live nodes off");
			// An ended epoch keeps the stake of nodes already settled: it is the denominator.
			match epoch < CurrentEpoch::<T>::get() {
				true => ensure!(tally.live_stake >= stake, "live stake below the unsettled"),
				false => ensure!(tally.live_stake == stake, "live stake off"),
			}
		}
		ensure!(T::Currency::balance(&Self::pot()) >= owed, "the pot cannot pay what it owes");
		Ok(())
	}

	fn check_held(
		reason: HoldReason,
		expected: BTreeMap<T::AccountId, BalanceOf<T>>,
		message: &'static str,
	) -> Result<(), TryRuntimeError> {
		let reason = reason.into();
		for (who, amount) in expected {
			ensure!(T::Currency::balance_on_hold(&reason, &who) == amount, message);
		}
		Ok(())
	}
}

fn add<K: Ord, B: Saturating + Copy + Default>(sums: &mut BTreeMap<K, B>, key: K, amount: B) {
	let sum = sums.entry(key).or_default();
	*sum = sum.saturating_add(amount);
}
