//! Attack tests for the review's M-2 (a): a device that changes hands or leaves the registry
//! takes its reward node out of the seller's hands (the buyer is not blocked, the seller earns
//! nothing from the buyer's device and cannot flee a slash), and the v2 migration.

use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{InspectHold, MutateHold},
		GetStorageVersion, OnRuntimeUpgrade, StorageVersion,
	},
};
use iot_primitives::traits::DeviceLifecycle;
use sp_core::H256;

use super::{accept_owed_root, anchored, free, register, register_staked};
use crate::{
	migrations::v2::{old, OldChallenge},
	mock::*,
	ChallengeTarget, Challenges, Error, Event, HoldReason, Nodes, RetiredNodes, RewardEntry,
	Watermarks,
};

/// The registry moves `device` from `from` to `to`, as `accept_transfer` does.
fn transfer(device: u64, from: AccountId, to: AccountId) {
	Devices::insert(device, to);
	assert_ok!(<DepinRewards as DeviceLifecycle<AccountId>>::on_transferred(device, &from, &to));
}

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

fn claim_for(
	owner: AccountId,
	epoch: u32,
	tree: &iot_primitives::rewards::RewardTree,
	index: u32,
	cumulative: Balance,
) -> frame_support::dispatch::DispatchResult {
	let proof = bounded(tree.proof(index).unwrap());
	DepinRewards::claim(RuntimeOrigin::signed(EVE), 1, owner, epoch, cumulative, index, proof)
}

/// Before the fix the buyer got `AlreadyRegistered` and the seller's node kept earning from the
/// buyer's device.
#[test]
fn m2a_the_buyer_registers_the_sold_node_and_the_seller_stops_earning() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 1, MIN_STAKE);
		anchored(1);
		end_epoch();
		let epoch_0 = DepinRewards::pending_reward(1).unwrap();
		assert!(epoch_0 > 0);
		// Live again in epoch 1 when sold: that part of the epoch is forfeited.
		anchored(1);
		transfer(1, OWNER, OTHER);
		let unlock_at = System::block_number() + 5;
		System::assert_last_event(Event::NodeRetired { node: 1, owner: OWNER, unlock_at }.into());
		assert!(Nodes::<Test>::get(1).is_none());
		let retired = RetiredNodes::<Test>::get(1, OWNER).expect("the seller's record");
		assert_eq!((retired.stake, retired.deposit), (MIN_STAKE, 10));
		assert_eq!((retired.liveness_unclaimed, retired.unlock_at), (epoch_0, unlock_at));
		assert_eq!(held(HoldReason::Stake, OWNER), MIN_STAKE, "still held, still slashable");

		// The buyer registers the node and earns the epoch alone from its own stake.
		register_staked(OTHER, 1, 1, 2 * MIN_STAKE);
		anchored(1);
		end_epoch();
		let pool = crate::Epochs::<Test>::get(1).unwrap().liveness_pool;
		assert_eq!(DepinRewards::pending_reward(1), Some(pool));
		let before = free(OWNER);
		assert_ok!(DepinRewards::claim_liveness(RuntimeOrigin::signed(EVE), 1));
		assert_eq!(free(OWNER), before, "the seller earns nothing from the buyer's device");
		assert_eq!(RetiredNodes::<Test>::get(1, OWNER).unwrap().liveness_unclaimed, epoch_0);
	});
}

#[test]
fn m2a_a_node_sold_while_live_leaves_the_epochs_pool_to_the_others() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 1, MIN_STAKE);
		register_staked(OTHER, 4, 2, MIN_STAKE);
		anchored(1);
		anchored(4);
		transfer(1, OWNER, EVE);
		end_epoch();
		let pool = crate::Epochs::<Test>::get(0).unwrap().liveness_pool;
		assert_eq!(DepinRewards::pending_reward(4), Some(pool));
		assert_eq!(RetiredNodes::<Test>::get(1, OWNER).unwrap().liveness_unclaimed, 0);
	});
}

/// Before the fix the seller's unclaimed oracle rewards went to whoever registered the node
/// next, as the watermark was the node's.
#[test]
fn m2a_oracle_rewards_are_owed_to_the_owner_who_earned_them() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 1, MIN_STAKE);
		end_epoch();
		let tree = accept_owed_root(0, &[(1, OWNER, 3_000)]);
		transfer(1, OWNER, OTHER);
		register_staked(OTHER, 1, 1, MIN_STAKE);
		run_to_block(System::block_number() + 4);
		// The buyer cannot claim the seller's entry, under either name.
		assert_noop!(claim_for(OTHER, 0, &tree, 0, 3_000), Error::<Test>::InvalidProof);
		let before = free(OWNER);
		assert_ok!(claim_for(OWNER, 0, &tree, 0, 3_000));
		assert_eq!(free(OWNER), before + 3_000, "the seller is paid from its retired stake");
		assert_eq!(Watermarks::<Test>::get(1, OWNER), 3_000);

		// The next root continues the seller's tenure and starts the buyer's at zero.
		end_epoch();
		let next = accept_owed_root(1, &[(1, OWNER, 3_000), (1, OTHER, 500)]);
		run_to_block(System::block_number() + 4);
		assert_noop!(claim_for(OWNER, 1, &next, 0, 3_000), Error::<Test>::NothingToClaim);
		let before = free(OTHER);
		assert_ok!(claim_for(OTHER, 1, &next, 1, 500));
		assert_eq!(free(OTHER), before + 500);
		// Who never owned the node has nothing to claim from.
		assert_noop!(claim_for(EVE, 1, &next, 1, 500), Error::<Test>::UnknownNode);
	});
}

/// A seller cannot escape a slash for their tenure by selling the device.
#[test]
fn m2a_the_sellers_stake_stays_slashable_and_locked_until_it_unbonds() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 1, 1_000);
		end_epoch();
		let tree = accept_owed_root(0, &[(1, OWNER, 3_000)]);
		transfer(1, OWNER, OTHER);
		let owner = || RuntimeOrigin::signed(OWNER);
		assert_noop!(DepinRewards::withdraw_retired(owner(), 1), Error::<Test>::NothingToWithdraw);
		assert_noop!(
			DepinRewards::withdraw_retired(RuntimeOrigin::signed(OTHER), 1),
			Error::<Test>::UnknownNode
		);
		let proof = tree.proof(0).unwrap().try_into().unwrap();
		let entry = RewardEntry::<Test> { owner: OWNER, cumulative: 3_000, index: 0, proof };
		let target = ChallengeTarget::Node(1);
		assert_ok!(DepinRewards::challenge(signed(EVE), 0, target, H256::zero(), Some(entry)));
		run_to_block(System::block_number() + 5);
		assert_noop!(DepinRewards::withdraw_retired(owner(), 1), Error::<Test>::NodeChallenged);
		assert_ok!(DepinRewards::resolve_challenge(RuntimeOrigin::root(), 0, true));
		assert_eq!(RetiredNodes::<Test>::get(1, OWNER).unwrap().stake, 500, "half slashed");
		assert_eq!(Watermarks::<Test>::get(1, OWNER), 3_000, "the entry is forfeited");

		let before = free(OWNER);
		assert_ok!(DepinRewards::withdraw_retired(owner(), 1));
		System::assert_last_event(
			Event::RetiredWithdrawn { node: 1, owner: OWNER, stake: 500 }.into(),
		);
		assert_eq!(free(OWNER), before + 500 + 10, "the stake left and the deposit");
		assert_eq!(held(HoldReason::Stake, OWNER) + held(HoldReason::NodeDeposit, OWNER), 0);
		assert!(RetiredNodes::<Test>::get(1, OWNER).is_none());
		assert_noop!(DepinRewards::withdraw_retired(owner(), 1), Error::<Test>::UnknownNode);
	});
}

#[test]
fn m2a_a_removed_device_retires_its_node_and_pays_its_credit_with_the_host_share() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(DepinRewards::register_node(
			signed(OWNER),
			1,
			iot_primitives::rewards::NodeKind::Hotspot,
			cell(1),
			Some(HOST),
			sp_runtime::Percent::from_percent(20)
		));
		assert_ok!(DepinRewards::bond(signed(OWNER), 1, MIN_STAKE));
		assert_ok!(DepinRewards::unbond(signed(OWNER), 1, MIN_STAKE));
		anchored(1);
		end_epoch();
		let credit = DepinRewards::pending_reward(1).unwrap();
		<DepinRewards as DeviceLifecycle<AccountId>>::on_removed(1, &OWNER);
		let retired = RetiredNodes::<Test>::get(1, OWNER).unwrap();
		assert_eq!((retired.stake, retired.liveness_unclaimed), (MIN_STAKE, credit));
		run_to_block(retired.unlock_at);
		let (owner_before, host_before) = (free(OWNER), free(HOST));
		assert_ok!(DepinRewards::withdraw_retired(signed(OWNER), 1));
		let to_host = credit / 5;
		assert_eq!(free(HOST), host_before + to_host);
		assert_eq!(free(OWNER), owner_before + credit - to_host + MIN_STAKE + 10);
	});
}

/// A device bought back and sold again leaves one record, locked to the later unlock.
#[test]
fn m2a_selling_the_same_device_twice_merges_the_sellers_record() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 1, MIN_STAKE);
		transfer(1, OWNER, OTHER);
		transfer(1, OTHER, OWNER);
		register_staked(OWNER, 1, 1, 2 * MIN_STAKE);
		run_to_block(3);
		transfer(1, OWNER, EVE);
		let retired = RetiredNodes::<Test>::get(1, OWNER).unwrap();
		assert_eq!((retired.stake, retired.deposit), (3 * MIN_STAKE, 20));
		assert_eq!(retired.unlock_at, 3 + 5);
		// A transfer of a device that is no node changes nothing here.
		transfer(2, OWNER, OTHER);
		assert!(RetiredNodes::<Test>::iter_prefix(2).next().is_none());
		register(OTHER, 2, 2);
	});
}

#[test]
fn migration_v2_gives_each_nodes_watermark_to_its_owner_and_accuses_it() {
	ExtBuilder::build_and_execute(|| {
		register(OWNER, 1, 1);
		old::Watermarks::<Test>::insert(1, 700);
		// Node 9 left before the upgrade: nobody is known to own its watermark.
		old::Watermarks::<Test>::insert(9, 300);
		assert_ok!(Balances::hold(&HoldReason::ChallengeBond.into(), &EVE, 50));
		let challenge = OldChallenge::<AccountId, Balance, u64> {
			challenger: EVE,
			bond: 50,
			epoch: 0,
			target: ChallengeTarget::Node(1),
			evidence: H256::zero(),
			opened_at: 1,
			withheld: Some(600),
		};
		frame_support::storage::unhashed::put(&Challenges::<Test>::hashed_key_for(0), &challenge);
		crate::ChallengedNodes::<Test>::insert(1, 1);
		crate::NextChallengeId::<Test>::put(1);
		StorageVersion::new(1).put::<DepinRewards>();

		crate::migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(DepinRewards::on_chain_storage_version(), 2);
		assert_eq!(Watermarks::<Test>::get(1, OWNER), 700);
		assert_eq!(Watermarks::<Test>::iter().count(), 1);
		let challenge = Challenges::<Test>::get(0).expect("translated");
		assert_eq!((challenge.accused, challenge.withheld), (Some(OWNER), Some(600)));
	});
}

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}
