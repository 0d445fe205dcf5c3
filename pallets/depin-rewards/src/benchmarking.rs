//! Benchmarks (v2) of every call and of the epoch change and liveness hook, each in its worst
//! case.

use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use iot_primitives::rewards::{reward_leaf, NodeId, NodeKind};
use sp_core::H256;
use sp_runtime::{
	traits::{BlakeTwo256, Bounded, Hash, One, Zero},
	Percent,
};

use crate::*;

/// Enough for any benchmark, and small enough that many funded accounts never overflow the
/// total issuance.
fn fund<T: Config>(who: &T::AccountId) {
	T::Currency::set_balance(who, BalanceOf::<T>::max_value() / 4_096u32.into());
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	fund::<T>(&who);
	who
}

/// The signer of the benchmarked call: whitelisted, as the fee payment touched it already.
fn caller<T: Config>() -> T::AccountId {
	let who: T::AccountId = whitelisted_caller();
	fund::<T>(&who);
	who
}

/// An H3 cell at the configured resolution.
fn valid_cell<T: Config>() -> u64 {
	let res = u64::from(T::CellResolution::get().min(15));
	(1 << 59) | (res << 52) | (42 << 45) | ((1u64 << (3 * (15 - res))) - 1)
}

/// A node of `owner` with at least the minimum stake bonded, so that it can go live.
fn staked_node<T: Config>(owner: &T::AccountId, seed: u32) -> NodeId {
	let id = node::<T>(owner, seed);
	let stake = T::MinNodeStake::get().max(amount::<T>());
	Pallet::<T>::do_bond(owner.clone(), id, stake).expect("funded");
	id
}

/// A node of `owner`, with a host taking a share.
fn node<T: Config>(owner: &T::AccountId, seed: u32) -> NodeId {
	let cell = valid_cell::<T>();
	let device = T::BenchmarkHelper::register_device(owner, seed);
	let host = funded::<T>("host", seed);
	Pallet::<T>::do_register_node(
		owner.clone(),
		device,
		NodeKind::Hotspot,
		cell,
		Some(host),
		Percent::from_percent(20),
	)
	.expect("the owner registers its device");
	device
}

/// Accepts, as epoch 0's root, a full tree of depth `d` (u32::MAX entries for depth 32) whose
/// entry 0 is what `node` earned for `owner`; returns that entry's proof and the block of
/// acceptance.
fn root_with_entry<T: Config>(
	node: NodeId,
	owner: &T::AccountId,
	cumulative: BalanceOf<T>,
	d: u32,
) -> (Vec<H256>, frame_system::pallet_prelude::BlockNumberFor<T>) {
	let proof: Vec<H256> = (0..d).map(|i| H256::repeat_byte(i as u8)).collect();
	let root = proof.iter().fold(reward_leaf(node, owner, cumulative), |acc, s| {
		BlakeTwo256::hash(&[acc.as_bytes(), s.as_bytes()].concat())
	});
	let count = if d >= 32 { u32::MAX } else { 1u32 << d };
	let accepted_at = frame_system::Pallet::<T>::block_number();
	let root = RewardRoot { root, count, total: cumulative };
	Roots::<T>::insert(0, AcceptedRoot::<T> { root, accepted_at });
	(proof, accepted_at)
}

/// Registers the node of `device` again, for `owner`, after it was retired.
fn register_again<T: Config>(owner: &T::AccountId, device: NodeId) {
	Pallet::<T>::do_register_node(
		owner.clone(),
		device,
		NodeKind::Hotspot,
		valid_cell::<T>(),
		None,
		Percent::zero(),
	)
	.expect("the node left");
}

/// Ends the running epoch at the current block.
fn close_epoch<T: Config>() {
	Pallet::<T>::end_epoch(frame_system::Pallet::<T>::block_number());
}

fn amount<T: Config>() -> BalanceOf<T> {
	T::NodeDeposit::get().max(T::ChallengeBond::get()).max(1_000u32.into())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_node() {
		let owner = caller::<T>();
		let device = T::BenchmarkHelper::register_device(&owner, 1);
		let host = funded::<T>("host", 0);
		RequireCertified::<T>::put(true);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			device,
			NodeKind::Gateway,
			valid_cell::<T>(),
			Some(host),
			Percent::from_percent(20),
		);

		assert!(Nodes::<T>::contains_key(device));
	}

	#[benchmark]
	fn deregister_node() {
		let owner = caller::<T>();
		let id = staked_node::<T>(&owner, 1);
		let _ = Pallet::<T>::mark_live(id);
		close_epoch::<T>();
		// Its stake withdrawn since (only a node without stake leaves).
		Nodes::<T>::mutate(id, |n| n.as_mut().map(|n| n.stake = Zero::zero()));

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(!Nodes::<T>::contains_key(id));
	}

	#[benchmark]
	fn bond() {
		let owner = caller::<T>();
		let id = node::<T>(&owner, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, amount::<T>());

		assert_eq!(Nodes::<T>::get(id).map(|n| n.stake), Some(amount::<T>()));
	}

	#[benchmark]
	fn unbond() {
		let owner = caller::<T>();
		let id = node::<T>(&owner, 1);
		Pallet::<T>::do_bond(owner.clone(), id, amount::<T>()).expect("funded");
		Pallet::<T>::do_unbond(owner.clone(), id, One::one()).expect("bonded");

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, One::one());

		assert!(Nodes::<T>::get(id).is_some_and(|n| n.unbonding.is_some()));
	}

	#[benchmark]
	fn withdraw_unbonded() {
		let owner = caller::<T>();
		let id = node::<T>(&owner, 1);
		Pallet::<T>::do_bond(owner.clone(), id, amount::<T>()).expect("funded");
		Pallet::<T>::do_unbond(owner.clone(), id, amount::<T>()).expect("bonded");
		let unlock = frame_system::Pallet::<T>::block_number() + T::UnbondingPeriod::get();
		frame_system::Pallet::<T>::set_block_number(unlock);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(Nodes::<T>::get(id).is_some_and(|n| n.unbonding.is_none()));
	}

	#[benchmark]
	fn set_oracles(n: Linear<1, { T::MaxOracles::get() }>) -> Result<(), BenchmarkError> {
		let oracles: Vec<T::AccountId> = (0..n).map(|i| account("oracle", i, 0)).collect();
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, BoundedVec::truncate_from(oracles), n);

		assert_eq!(Quorum::<T>::get(), n);
		Ok(())
	}

	#[benchmark]
	fn attest_root() {
		let max = T::MaxOracles::get();
		let oracles: Vec<T::AccountId> = (0..max).map(|i| funded::<T>("oracle", i)).collect();
		Pallet::<T>::do_set_oracles(oracles.clone(), max).expect("a valid committee");
		close_epoch::<T>();
		let root = RewardRoot { root: H256::repeat_byte(1), count: 1, total: Zero::zero() };
		for oracle in &oracles[1..] {
			Pallet::<T>::do_attest_root(oracle.clone(), 0, root).expect("an oracle attests");
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(oracles[0].clone()), 0, root.root, root.count, root.total);

		assert!(Roots::<T>::contains_key(0));
	}

	/// A former owner's claim after the device was sold: the node and the retired record are
	/// both read.
	#[benchmark]
	fn claim(d: Linear<0, { T::MaxProofDepth::get() }>) {
		let owner = funded::<T>("owner", 0);
		let id = staked_node::<T>(&owner, 1);
		Pallet::<T>::retire(id);
		let cumulative = amount::<T>();
		let (proof, accepted_at) = root_with_entry::<T>(id, &owner, cumulative, d);
		frame_system::Pallet::<T>::set_block_number(
			accepted_at + T::ChallengeWindow::get() + One::one(),
		);
		fund::<T>(&Pallet::<T>::pot());

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller::<T>()),
			id,
			owner.clone(),
			0,
			cumulative,
			0,
			BoundedVec::truncate_from(proof),
		);

		assert_eq!(Watermarks::<T>::get(id, &owner), cumulative);
	}

	/// A node live in the running epoch, with credit of an ended one, whose owner already left
	/// a record for it (sold, bought back, and sold again).
	#[benchmark]
	fn retire_node() {
		let owner = funded::<T>("owner", 0);
		let id = staked_node::<T>(&owner, 1);
		let neighbour = staked_node::<T>(&owner, 2);
		let _ = Pallet::<T>::mark_live(id);
		let _ = Pallet::<T>::mark_live(neighbour);
		Pallet::<T>::retire(id);
		register_again::<T>(&owner, id);
		Pallet::<T>::do_bond(owner.clone(), id, T::MinNodeStake::get().max(amount::<T>()))
			.expect("funded");
		let _ = Pallet::<T>::mark_live(id);
		close_epoch::<T>();
		let _ = Pallet::<T>::mark_live(id);
		let _ = Pallet::<T>::mark_live(neighbour);

		#[block]
		{
			Pallet::<T>::retire(id);
		}

		assert!(!Nodes::<T>::contains_key(id));
		assert!(RetiredNodes::<T>::contains_key(id, &owner));
	}

	#[benchmark]
	fn withdraw_retired() {
		let owner = caller::<T>();
		let id = staked_node::<T>(&owner, 1);
		let _ = Pallet::<T>::mark_live(id);
		close_epoch::<T>();
		fund::<T>(&Pallet::<T>::pot());
		Pallet::<T>::retire(id);
		let unlock = frame_system::Pallet::<T>::block_number() + T::UnbondingPeriod::get();
		frame_system::Pallet::<T>::set_block_number(unlock);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), id);

		assert!(!RetiredNodes::<T>::contains_key(id, &owner));
	}

	#[benchmark]
	fn claim_liveness() {
		let owner = funded::<T>("owner", 0);
		let id = staked_node::<T>(&owner, 1);
		let neighbour = staked_node::<T>(&owner, 2);
		let _ = Pallet::<T>::mark_live(id);
		let _ = Pallet::<T>::mark_live(neighbour);
		close_epoch::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller::<T>()), id);

		assert!(Nodes::<T>::get(id).is_some_and(|n| n.liveness_unclaimed.is_zero()));
	}

	/// A node challenge with the node's entry, which is the most it checks: the proof and the
	/// node's freeze.
	#[benchmark]
	fn challenge(d: Linear<0, { T::MaxProofDepth::get() }>) {
		let owner = funded::<T>("owner", 0);
		let id = node::<T>(&owner, 1);
		close_epoch::<T>();
		let cumulative = amount::<T>();
		let (proof, _) = root_with_entry::<T>(id, &owner, cumulative, d);
		let entry = RewardEntry::<T> {
			owner,
			cumulative,
			index: 0,
			proof: proof.try_into().expect("within the depth"),
		};

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller::<T>()),
			0,
			ChallengeTarget::Node(id),
			H256::repeat_byte(9),
			Some(entry),
		);

		assert_eq!(ChallengedNodes::<T>::get(id), 1);
	}

	#[benchmark]
	fn set_require_certified() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, true);

		assert!(RequireCertified::<T>::get());
		Ok(())
	}

	#[benchmark]
	fn expire_challenge() {
		let owner = funded::<T>("owner", 0);
		let id = node::<T>(&owner, 1);
		close_epoch::<T>();
		let (_, accepted_at) = root_with_entry::<T>(id, &owner, amount::<T>(), 0);
		let challenger = funded::<T>("challenger", 0);
		Pallet::<T>::do_challenge(challenger, 0, ChallengeTarget::Node(id), H256::zero(), None)
			.expect("in the window");
		frame_system::Pallet::<T>::set_block_number(
			accepted_at + T::ChallengeDeadline::get() + One::one(),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller::<T>()), 0);

		assert_eq!(ChallengedNodes::<T>::get(id), 0);
	}

	#[benchmark]
	fn resolve_challenge() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("owner", 0);
		let id = node::<T>(&owner, 1);
		Pallet::<T>::do_bond(owner.clone(), id, amount::<T>()).expect("funded");
		Pallet::<T>::do_unbond(owner.clone(), id, amount::<T>() / 2u32.into()).expect("bonded");
		close_epoch::<T>();
		let cumulative = amount::<T>();
		let (proof, _) = root_with_entry::<T>(id, &owner, cumulative, 0);
		let proof = proof.try_into().expect("empty");
		let entry = RewardEntry::<T> { owner: owner.clone(), cumulative, index: 0, proof };
		let challenger = funded::<T>("challenger", 0);
		Pallet::<T>::do_challenge(
			challenger,
			0,
			ChallengeTarget::Node(id),
			H256::zero(),
			Some(entry),
		)
		.expect("in the window");
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0, true);

		assert_eq!(WithheldThrough::<T>::get(id), Some(0));
		assert_eq!(Watermarks::<T>::get(id, &owner), cumulative);
		Ok(())
	}

	#[benchmark]
	fn mark_live() {
		let owner = funded::<T>("owner", 0);
		let id = staked_node::<T>(&owner, 1);
		let neighbour = staked_node::<T>(&owner, 2);
		let _ = Pallet::<T>::mark_live(id);
		let _ = Pallet::<T>::mark_live(neighbour);
		close_epoch::<T>();
		RequireCertified::<T>::put(true);

		#[block]
		{
			let _ = Pallet::<T>::mark_live(id);
		}

		assert_eq!(Nodes::<T>::get(id).and_then(|n| n.live_epoch), Some(1));
	}

	#[benchmark]
	fn end_epoch() {
		let owner = funded::<T>("owner", 0);
		let id = staked_node::<T>(&owner, 1);
		let _ = Pallet::<T>::mark_live(id);
		close_epoch::<T>();
		let _ = Pallet::<T>::mark_live(id);
		let fees = amount::<T>();
		T::Currency::mint_into(&Pallet::<T>::pot(), fees).expect("minted");
		PendingFees::<T>::put(fees);

		#[block]
		{
			close_epoch::<T>();
		}

		assert!(Epochs::<T>::contains_key(1));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
