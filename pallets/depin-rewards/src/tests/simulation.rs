//! 10,000 nodes over 5 epochs: 4,000 with twice the minimum stake and 6,000 with the minimum,
//! spread over 100 cells, all live every epoch. The oracles give every node an equal share of
//! each oracle pool. Checks the total minted against the schedule, that every node of the
//! first group claims exactly its stake's share, and that the epoch change and claims do no
//! per-node work.

use frame_support::{assert_ok, traits::fungible::Mutate};
use iot_primitives::rewards::{NodeId, RewardTree};
use sp_runtime::{traits::Saturating, Perbill};

use super::{anchored, register_staked};
use crate::{mock::*, Epochs, TotalMinted};

const HONEST: u64 = 4_000;
const CROWDED: u64 = 6_000;
const CELLS: u64 = 100;
const EPOCHS: u32 = 5;
const START_FUNDS: Balance = 1_000;

fn owner_of(node: NodeId) -> AccountId {
	100_000 + node
}

fn stake_of(node: NodeId) -> Balance {
	if node < HONEST {
		2 * MIN_STAKE
	} else {
		MIN_STAKE
	}
}

/// `count` nodes, each its own owner's device.
fn populate(count: u64) {
	for node in 0..count {
		Devices::insert(node, owner_of(node));
		assert_ok!(Balances::mint_into(&owner_of(node), START_FUNDS));
		register_staked(owner_of(node), node, node % CELLS, stake_of(node));
	}
}

/// The weight `on_initialize` reports for the block that ends an epoch.
fn epoch_change_weight() -> frame_support::weights::Weight {
	use frame_support::traits::Hooks;
	let next = crate::EpochStart::<Test>::get() + EPOCH;
	run_to_block(next - 1);
	System::set_block_number(next);
	DepinRewards::on_initialize(next)
}

#[test]
fn ten_thousand_nodes_over_five_epochs_are_paid_by_the_schedule_and_their_stake() {
	ExtBuilder::build_and_execute(|| {
		let nodes = HONEST + CROWDED;
		populate(nodes);
		let live_stake = (0..nodes).map(stake_of).sum::<Balance>();

		let mut liveness_honest = 0;
		let mut liveness_crowded = 0;
		let mut oracle_each = 0;
		let mut tree = None;
		for epoch in 0..EPOCHS {
			for node in 0..nodes {
				anchored(node);
			}
			end_epoch();
			let record = Epochs::<Test>::get(epoch).unwrap();
			liveness_honest += record.liveness_pool * stake_of(0) / live_stake;
			liveness_crowded += record.liveness_pool * MIN_STAKE / live_stake;
			assert_eq!(DepinRewards::pending_reward(HONEST).unwrap(), liveness_crowded);
			oracle_each += record.oracle_pool / nodes as Balance;
			let entries: Vec<_> = (0..nodes).map(|node| (node, oracle_each)).collect();
			tree = Some(super::accept_root(epoch, &entries));
		}

		// The total minted is the schedule, epoch by epoch under the breaker.
		let scheduled: Balance = (0..EPOCHS)
			.map(|e| {
				let kept = Perbill::one() - Perbill::from_percent(10);
				kept.saturating_pow(e as usize).mul_floor(EMISSION).min(BREAKER)
			})
			.sum();
		assert_eq!(TotalMinted::<Test>::get(), scheduled);

		// Every node of the first group claims exactly its share: its stake's liveness share
		// each epoch and its oracle entry.
		let tree = tree.unwrap();
		run_to_block(System::block_number() + 4);
		for node in 0..HONEST {
			assert_ok!(DepinRewards::claim_liveness(RuntimeOrigin::signed(EVE), node));
			let proof = tree.proof(node as u32).unwrap();
			assert_eq!(proof.len(), 14, "a tree of 10,000 nodes is 14 deep");
			assert_ok!(DepinRewards::claim(
				RuntimeOrigin::signed(EVE),
				node,
				owner_of(node),
				EPOCHS - 1,
				oracle_each,
				node as u32,
				bounded(proof)
			));
			let paid = Balances::free_balance(owner_of(node)) - (START_FUNDS - 10 - stake_of(node));
			assert_eq!(paid, liveness_honest + oracle_each, "node {node}");
		}
	});
}

#[test]
fn the_epoch_change_weighs_the_same_for_ten_and_ten_thousand_nodes() {
	let weight_with = |count: u64| {
		let mut weight = None;
		ExtBuilder::build_and_execute(|| {
			populate(count);
			for node in 0..count {
				anchored(node);
			}
			weight = Some(epoch_change_weight());
			assert!(Epochs::<Test>::get(0).is_some());
		});
		weight.unwrap()
	};
	assert_eq!(weight_with(10), weight_with(10_000));
	// A claim's proof grows with log2 of the node count only: 4 hashes for 10 nodes, 14 for
	// 10,000.
	let proof_len = |count: u64| {
		let entries: Vec<_> = (0..count).map(|node| (node, owner_of(node), 1 as Balance)).collect();
		RewardTree::new(&entries).proof(0).unwrap().len()
	};
	assert_eq!((proof_len(10), proof_len(10_000)), (4, 14));
}
