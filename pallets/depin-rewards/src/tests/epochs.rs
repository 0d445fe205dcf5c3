use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Balanced, tokens::Precision, OnUnbalanced},
};
use iot_primitives::rewards::NodeKind;
use sp_runtime::Percent;

use super::{anchored, end_epoch_and_claimable, free, register_staked};
use crate::{epochs::FeeCollector, mock::*, Epochs, Error, Event, PendingFees, TotalMinted};

#[test]
fn each_epoch_mints_the_decaying_schedule_capped_by_the_breaker() {
	ExtBuilder::build_and_execute(|| {
		end_epoch();
		System::assert_has_event(
			Event::CircuitBreakerTripped { epoch: 0, scheduled: EMISSION, minted: BREAKER }.into(),
		);
		end_epoch();
		end_epoch();
		let minted: Vec<_> = (0..3).map(|e| Epochs::<Test>::get(e).unwrap().minted).collect();
		assert_eq!(minted, vec![BREAKER, 9_000_000_000, 8_100_000_000]);
		assert_eq!(TotalMinted::<Test>::get(), BREAKER + 17_100_000_000);
		assert_eq!(free(DepinRewards::pot()), BREAKER + 17_100_000_000);
		assert_eq!(crate::CurrentEpoch::<Test>::get(), 3);
	});
}

#[test]
fn minting_stops_at_the_maximum_supply() {
	ExtBuilder::build_and_execute(|| {
		TotalMinted::<Test>::put(MAX_SUPPLY - 700);
		end_epoch();
		assert_eq!(Epochs::<Test>::get(0).unwrap().minted, 700);
		end_epoch();
		assert_eq!(Epochs::<Test>::get(1).unwrap().minted, 0);
		// Keep the invariant "minted total = sum of the epochs" for the check after the test.
		TotalMinted::<Test>::put(700);
	});
}

#[test]
fn a_share_of_the_fees_joins_the_running_epochs_pool_and_the_rest_is_burnt() {
	ExtBuilder::build_and_execute(|| {
		let issuance = Balances::total_issuance();
		let fee = Balances::withdraw(
			&EVE,
			1_000,
			Precision::Exact,
			frame_support::traits::tokens::Preservation::Preserve,
			frame_support::traits::tokens::Fortitude::Polite,
		)
		.unwrap();
		FeeCollector::<Test>::on_unbalanced(fee);
		assert_eq!(PendingFees::<Test>::get(), 500);
		assert_eq!(Balances::total_issuance(), issuance - 500);
		end_epoch();
		let record = Epochs::<Test>::get(0).unwrap();
		assert_eq!(record.fees, 500);
		assert_eq!(record.oracle_pool, BREAKER + 500, "no live cell: all to the oracles");
		assert_eq!(PendingFees::<Test>::get(), 0);
	});
}

#[test]
fn liveness_is_shared_by_stake_whatever_the_cells() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 100, 2 * MIN_STAKE);
		for device in [2, 3] {
			register_staked(OWNER, device, 101, MIN_STAKE);
		}
		register_staked(OTHER, 4, 101, 4 * MIN_STAKE);
		for device in 1..=4 {
			anchored(device);
			anchored(device);
		}
		end_epoch();
		// 40 % of the minted 9.5 billion for liveness, by stake: 2, 1, 1 and 4 of 8 parts.
		assert_eq!(Epochs::<Test>::get(0).unwrap().liveness_pool, 3_800_000_000);
		assert_eq!(DepinRewards::pending_reward(1), Some(950_000_000));
		assert_eq!(DepinRewards::pending_reward(2), Some(475_000_000));
		assert_eq!(DepinRewards::pending_reward(3), Some(475_000_000));
		assert_eq!(DepinRewards::pending_reward(4), Some(1_900_000_000));
		assert_eq!(DepinRewards::pending_reward(9), None);
	});
}

#[test]
fn liveness_is_claimed_once_and_split_with_the_host() {
	ExtBuilder::build_and_execute(|| {
		assert_ok!(DepinRewards::register_node(
			RuntimeOrigin::signed(OWNER),
			1,
			NodeKind::Sensor,
			cell(5),
			Some(HOST),
			Percent::from_percent(20)
		));
		assert_ok!(DepinRewards::bond(RuntimeOrigin::signed(OWNER), 1, MIN_STAKE));
		anchored(1);
		assert_noop!(
			DepinRewards::claim_liveness(RuntimeOrigin::signed(EVE), 1),
			Error::<Test>::NothingToClaim
		);
		let credit = end_epoch_and_claimable(1);
		assert_eq!(credit, 3_800_000_000);
		let (owner, host) = (free(OWNER), free(HOST));
		assert_ok!(DepinRewards::claim_liveness(RuntimeOrigin::signed(EVE), 1));
		System::assert_last_event(
			Event::LivenessClaimed { node: 1, to_owner: 3_040_000_000, to_host: 760_000_000 }
				.into(),
		);
		assert_eq!((free(OWNER), free(HOST)), (owner + 3_040_000_000, host + 760_000_000));
		assert_noop!(
			DepinRewards::claim_liveness(RuntimeOrigin::signed(EVE), 1),
			Error::<Test>::NothingToClaim
		);
		assert_noop!(
			DepinRewards::claim_liveness(RuntimeOrigin::signed(EVE), 9),
			Error::<Test>::UnknownNode
		);
	});
}

#[test]
fn credit_of_an_ended_epoch_is_kept_when_the_node_is_live_again() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 5, MIN_STAKE);
		anchored(1);
		end_epoch();
		anchored(1);
		end_epoch();
		// 40 % of each epoch's mint: 9.5 and 9 billion.
		assert_eq!(DepinRewards::pending_reward(1), Some(3_800_000_000 + 3_600_000_000));
		assert_ok!(DepinRewards::claim_liveness(RuntimeOrigin::signed(OWNER), 1));
		assert!(crate::EpochLiveness::<Test>::iter().next().is_none(), "tallies released");
		assert!(crate::CountedStake::<Test>::iter().next().is_none());
	});
}

#[test]
fn a_node_already_live_costs_an_anchor_only_two_reads() {
	use frame_support::traits::Get;
	use iot_primitives::traits::OnAnchored;
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 5, MIN_STAKE);
		let first = <crate::Pallet<Test> as OnAnchored>::on_anchored(1);
		assert_eq!(first, <crate::Pallet<Test> as OnAnchored>::weight());
		let again = <crate::Pallet<Test> as OnAnchored>::on_anchored(1);
		let not_a_node = <crate::Pallet<Test> as OnAnchored>::on_anchored(9);
		let reads: frame_support::weights::RuntimeDbWeight =
			<Test as frame_system::Config>::DbWeight::get();
		assert_eq!((again, not_a_node), (reads.reads(2), reads.reads(1)));
		assert!(again.all_lt(first));
	});
}
