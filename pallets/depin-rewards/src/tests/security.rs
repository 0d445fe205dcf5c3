//! Attack tests for the review's C-1 (sybil nodes capture the liveness pool), and the v1
//! migration that shares liveness by stake.

use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Mutate, MutateHold},
		GetStorageVersion, OnRuntimeUpgrade, StorageVersion,
	},
};

use super::{anchored, register, register_staked};
use crate::{
	migrations::v1::{old, CellLiveness, OldCellTally, OldChallenge, OldLivenessTally},
	mock::*,
	ChallengeTarget, ChallengedNodes, Challenges, CountedStake, CurrentEpoch, EpochLiveness,
	Epochs, Error, Event, HoldReason, NextChallengeId, Nodes,
};

const HONEST_STAKE: Balance = 10_000;
const SYBILS: u64 = 20;

/// The review's scenario: one honest node with a large bond next to 20 nodes of one owner, each
/// with a fresh device in its own cell. Before the fix the sybils took 20/21 (95 %) of the pool
/// with no stake at all; now they earn what their stake entitles them to, and no more than one
/// node holding the same stake would.
#[test]
fn c1_sybil_nodes_earn_no_more_than_their_stake_share() {
	let sybil_total = |bonded_each: Balance| {
		let mut earned = (0, 0, 0);
		ExtBuilder::build_and_execute(|| {
			register_staked(OTHER, 4, 1, HONEST_STAKE);
			for i in 0..SYBILS {
				let device = 100 + i;
				Devices::insert(device, EVE);
				register(EVE, device, 10 + i);
				if bonded_each > 0 {
					assert_ok!(DepinRewards::bond(RuntimeOrigin::signed(EVE), device, bonded_each));
				}
			}
			for device in core::iter::once(4).chain(100..100 + SYBILS) {
				anchored(device);
			}
			end_epoch();
			let pool = Epochs::<Test>::get(0).unwrap().liveness_pool;
			let sybils =
				(100..100 + SYBILS).map(|d| DepinRewards::pending_reward(d).unwrap()).sum();
			earned = (pool, sybils, DepinRewards::pending_reward(4).unwrap());
		});
		earned
	};

	// Without stake, the sybils are never live: the honest node takes the whole pool.
	let (pool, sybils, honest) = sybil_total(0);
	assert_eq!((sybils, honest), (0, pool));

	// With the minimum each (2,000 in all against 10,000), they earn 2,000 / 12,000 of the pool.
	let (pool, sybils, honest) = sybil_total(MIN_STAKE);
	let entitled = pool * (SYBILS as Balance * MIN_STAKE) / (HONEST_STAKE + 2_000);
	assert!(sybils <= entitled, "{sybils} > {entitled}");
	assert!(entitled - sybils < SYBILS as Balance, "rounding only");
	assert_eq!(honest, pool * HONEST_STAKE / (HONEST_STAKE + 2_000));

	// One node with the same 2,000 bonded earns as much as the twenty.
	ExtBuilder::build_and_execute(|| {
		register_staked(OTHER, 4, 1, HONEST_STAKE);
		Devices::insert(200, EVE);
		register_staked(EVE, 200, 2, SYBILS as Balance * MIN_STAKE);
		anchored(4);
		anchored(200);
		end_epoch();
		assert_eq!(DepinRewards::pending_reward(200), Some(entitled));
	});
}

/// Before the fix a node without stake claimed its oracle rewards, leaving a challenge nothing to
/// slash; now a claim needs the minimum at stake, bonded or still unbonding.
#[test]
fn c1_oracle_rewards_need_the_minimum_slashable_stake() {
	ExtBuilder::build_and_execute(|| {
		register(OWNER, 1, 1);
		end_epoch();
		let tree = super::accept_root(0, &[(1, 3_000)]);
		run_to_block(System::block_number() + 4);
		let claim = || {
			let proof = tree.proof(0).unwrap();
			DepinRewards::claim(RuntimeOrigin::signed(EVE), 1, OWNER, 0, 3_000, 0, bounded(proof))
		};
		assert_noop!(claim(), Error::<Test>::BelowMinimumStake);
		let owner = || RuntimeOrigin::signed(OWNER);
		assert_ok!(DepinRewards::bond(owner(), 1, MIN_STAKE));
		assert_ok!(DepinRewards::unbond(owner(), 1, MIN_STAKE));
		// Unbonding stake can still be slashed: it counts.
		assert_ok!(claim());
	});
}

#[test]
fn c1_a_node_below_the_minimum_stake_is_not_live() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 1, MIN_STAKE - 1);
		anchored(1);
		assert_eq!(Nodes::<Test>::get(1).and_then(|n| n.live_epoch), None);
		assert_ok!(DepinRewards::bond(RuntimeOrigin::signed(OWNER), 1, 1));
		anchored(1);
		assert_eq!(Nodes::<Test>::get(1).and_then(|n| n.live_epoch), Some(0));
		assert_eq!(CountedStake::<Test>::get(1), Some(MIN_STAKE));
		// Unbonding after going live does not change what the node counted with this epoch;
		// the unbonding stake stays slashable for the unbonding period.
		assert_ok!(DepinRewards::unbond(RuntimeOrigin::signed(OWNER), 1, MIN_STAKE));
		end_epoch();
		assert_eq!(
			DepinRewards::pending_reward(1),
			Some(Epochs::<Test>::get(0).unwrap().liveness_pool)
		);
		anchored(1);
		assert_eq!(Nodes::<Test>::get(1).and_then(|n| n.live_epoch), Some(0), "not live in 1");
	});
}

/// An owner holds the keys of devices it made up, so their signed telemetry proves nothing; a
/// chain that requires certificates pays only devices a registered manufacturer provisioned.
#[test]
fn c1_a_chain_requiring_certificates_pays_only_certified_devices() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(
			DepinRewards::set_require_certified(RuntimeOrigin::signed(OWNER), true),
			sp_runtime::DispatchError::BadOrigin
		);
		register(OWNER, 1, 1);
		assert_ok!(DepinRewards::set_require_certified(RuntimeOrigin::root(), true));
		System::assert_last_event(Event::CertificationRequired { required: true }.into());
		let register_2 = || {
			DepinRewards::register_node(
				RuntimeOrigin::signed(OWNER),
				2,
				iot_primitives::rewards::NodeKind::Sensor,
				cell(2),
				None,
				sp_runtime::Percent::zero(),
			)
		};
		assert_noop!(register_2(), Error::<Test>::NotCertified);
		Devices::certify(2);
		assert_ok!(register_2());
		for node in [1, 2] {
			assert_ok!(DepinRewards::bond(RuntimeOrigin::signed(OWNER), node, MIN_STAKE));
			anchored(node);
		}
		let live = |node| Nodes::<Test>::get(node).and_then(|n| n.live_epoch);
		assert_eq!((live(1), live(2)), (None, Some(0)), "the uncertified node 1 is not live");
		// A certification revoked later stops the earning.
		Devices::uncertify(2);
		end_epoch();
		anchored(2);
		assert_eq!(live(2), Some(0), "not live in epoch 1");
	});
}

#[test]
fn migration_v1_settles_ended_epochs_by_cell_and_counts_the_running_one_by_stake() {
	ExtBuilder::build_and_execute(|| {
		// Before v1: epoch 0 ended with a pool of 900 over 2 live cells, node 1 alone in its
		// cell, nodes 2 and 3 sharing the other; node 4 live in the running epoch 1.
		register_staked(OWNER, 1, 1, MIN_STAKE);
		register(OWNER, 2, 2);
		register(OWNER, 3, 2);
		register_staked(OTHER, 4, 3, 3 * MIN_STAKE);
		CurrentEpoch::<Test>::put(1);
		assert_ok!(Balances::mint_into(&DepinRewards::pot(), 900));
		for (node, epoch) in [(1, 0), (2, 0), (3, 0), (4, 1)] {
			Nodes::<Test>::mutate(node, |n| n.as_mut().unwrap().live_epoch = Some(epoch));
		}
		old::EpochLiveness::<Test>::insert(
			0,
			OldLivenessTally { live_cells: 2, unsettled: 3, pool: 900 },
		);
		old::EpochLiveness::<Test>::insert(
			1,
			OldLivenessTally { live_cells: 1, unsettled: 1, pool: 0 },
		);
		CellLiveness::<Test>::insert(0, cell(1), OldCellTally { live: 1, unsettled: 1 });
		CellLiveness::<Test>::insert(0, cell(2), OldCellTally { live: 2, unsettled: 2 });
		CellLiveness::<Test>::insert(1, cell(3), OldCellTally { live: 1, unsettled: 1 });
		// An open challenge of node 4, as v0 stored it (its bond held as v0 did).
		assert_ok!(Balances::hold(&HoldReason::ChallengeBond.into(), &EVE, 50));
		let old = OldChallenge::<AccountId, Balance> {
			challenger: EVE,
			bond: 50,
			epoch: 0,
			target: ChallengeTarget::Node(4),
			evidence: Default::default(),
		};
		frame_support::storage::unhashed::put(&Challenges::<Test>::hashed_key_for(0), &old);
		NextChallengeId::<Test>::put(1);
		StorageVersion::new(0).put::<DepinRewards>();

		crate::migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(DepinRewards::on_chain_storage_version(), 1);
		// As the runtime runs them: v1 leaves challenges in v1's format for v2.
		crate::migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(DepinRewards::on_chain_storage_version(), 2);
		let unclaimed = |n| Nodes::<Test>::get(n).unwrap().liveness_unclaimed;
		assert_eq!((unclaimed(1), unclaimed(2), unclaimed(3)), (450, 225, 225));
		assert!(CellLiveness::<Test>::iter().next().is_none());
		assert_eq!(EpochLiveness::<Test>::iter().count(), 1);
		let tally = EpochLiveness::<Test>::get(1).unwrap();
		assert_eq!((tally.live_stake, tally.unsettled), (3 * MIN_STAKE, 1));
		assert_eq!(CountedStake::<Test>::get(4), Some(3 * MIN_STAKE));
		assert_ok!(DepinRewards::claim_liveness(RuntimeOrigin::signed(EVE), 1));
		let challenge = Challenges::<Test>::get(0).expect("translated");
		assert_eq!((challenge.opened_at, challenge.withheld), (System::block_number(), None));
		assert_eq!(challenge.accused, Some(OTHER), "node 4's owner");
		assert_eq!(ChallengedNodes::<Test>::get(4), 1, "the challenged node is frozen");
	});
}
