//! The pallet's invariants, checked by `try-runtime` and after every unit test.

use alloc::collections::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

use crate::{
	BalanceOf, CellLiveness, Challenges, Config, EpochLiveness, Epochs, HoldReason, Nodes,
	OracleClaimed, Pallet, Roots, TotalMinted,
};

impl<T: Config> Pallet<T> {
	/// - no epoch minted more than the circuit breaker, and all of them no more than the maximum
	///   supply;
	/// - what was claimed against roots is at most the largest total a root attested;
	/// - what each account holds for stake, node deposits and challenge bonds is the sum over its
	///   nodes and challenges;
	/// - each epoch's count of unsettled live nodes is the sum over its cells.
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
		for (_, node) in Nodes::<T>::iter() {
			let unbonding = node.unbonding.map_or(Zero::zero(), |(amount, _)| amount);
			add(&mut stakes, node.owner.clone(), node.stake.saturating_add(unbonding));
			add(&mut deposits, node.owner, node.deposit);
		}
		let mut bonds = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (_, challenge) in Challenges::<T>::iter() {
			add(&mut bonds, challenge.challenger, challenge.bond);
		}
		Self::check_held(HoldReason::Stake, stakes, "stakes held off")?;
		Self::check_held(HoldReason::NodeDeposit, deposits, "node deposits held off")?;
		Self::check_held(HoldReason::ChallengeBond, bonds, "challenge bonds held off")?;

		for (epoch, tally) in EpochLiveness::<T>::iter() {
			let cells = CellLiveness::<T>::iter_prefix(epoch)
				.fold(0u32, |sum, (_, cell)| sum.saturating_add(cell.unsettled));
			ensure!(cells == tally.unsettled, "unsettled live nodes off");
		}
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
