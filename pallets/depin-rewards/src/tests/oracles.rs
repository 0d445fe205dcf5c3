use codec::{Decode, Encode};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use sp_runtime::DispatchError;

use super::{accept_root, claim, free, register, register_staked, tree_of};
use crate::{mock::*, Error, Event, OracleClaimed, Oracles, Roots, Votes};

/// Whether call `index` with `args`, as a client encodes it, decodes (a `Vec` and a
/// `BoundedVec` encode alike).
fn decodes(index: u8, args: impl Encode) -> bool {
	crate::Call::<Test>::decode(&mut &(index, args).encode()[..]).is_ok()
}

fn attest(
	oracle: AccountId,
	epoch: u32,
	root: H256,
	total: Balance,
) -> frame_support::dispatch::DispatchResult {
	DepinRewards::attest_root(RuntimeOrigin::signed(oracle), epoch, root, 2, total)
}

#[test]
fn a_root_is_accepted_at_the_quorum_and_not_below() {
	ExtBuilder::build_and_execute(|| {
		end_epoch();
		let root = H256::repeat_byte(1);
		assert_ok!(attest(ORACLES[0], 0, root, 100));
		System::assert_last_event(
			Event::RootAttested { epoch: 0, oracle: ORACLES[0], root, votes: 1 }.into(),
		);
		assert!(Roots::<Test>::get(0).is_none(), "one vote of a quorum of two");
		// A different root from the second oracle is no agreement.
		assert_ok!(attest(ORACLES[1], 0, H256::repeat_byte(2), 100));
		assert!(Roots::<Test>::get(0).is_none());
		assert_ok!(attest(ORACLES[2], 0, root, 100));
		System::assert_last_event(Event::RootAccepted { epoch: 0, root, total: 100 }.into());
		assert_eq!(Votes::<Test>::iter_prefix(0).count(), 0, "votes cleared");
		assert_noop!(attest(ORACLES[1], 0, root, 100), Error::<Test>::RootAlreadyAccepted);
	});
}

#[test]
fn only_oracles_attest_ended_epochs_within_their_pools() {
	ExtBuilder::build_and_execute(|| {
		assert_noop!(attest(ORACLES[0], 0, H256::zero(), 1), Error::<Test>::EpochNotEnded);
		end_epoch();
		assert_noop!(attest(EVE, 0, H256::zero(), 1), Error::<Test>::NotOracle);
		assert_noop!(
			attest(ORACLES[0], 0, H256::zero(), BREAKER + 1),
			Error::<Test>::TotalAbovePools
		);
		end_epoch();
		assert_ok!(attest(ORACLES[0], 1, H256::zero(), BREAKER + 9_000_000_000));
	});
}

#[test]
fn governance_sets_a_valid_committee() {
	ExtBuilder::build_and_execute(|| {
		let set = |oracles: Vec<AccountId>, quorum| {
			DepinRewards::set_oracles(RuntimeOrigin::root(), bounded(oracles), quorum)
		};
		assert_noop!(
			DepinRewards::set_oracles(RuntimeOrigin::signed(ORACLES[0]), bounded(vec![EVE]), 1),
			DispatchError::BadOrigin
		);
		assert_noop!(set(vec![], 0), Error::<Test>::BadCommittee);
		assert_noop!(set(vec![EVE], 0), Error::<Test>::BadCommittee);
		assert_noop!(set(vec![EVE], 2), Error::<Test>::BadCommittee);
		assert_noop!(set(vec![EVE, EVE], 1), Error::<Test>::BadCommittee);
		// Info note of the review: a quorum below a majority let a minority accept roots.
		assert_noop!(set(vec![EVE, OTHER, HOST, 9], 2), Error::<Test>::BadCommittee);
		assert_noop!(set(vec![EVE, OTHER], 1), Error::<Test>::BadCommittee);
		// M-5: more members than the committee holds do not decode.
		assert!(decodes(5, (vec![5u64, 6, 7, 8], 3u32)));
		assert!(!decodes(5, (vec![5u64, 6, 7, 8, 9], 3u32)));
		assert_ok!(set(vec![EVE, OTHER], 2));
		System::assert_last_event(
			Event::OraclesSet { oracles: vec![EVE, OTHER], quorum: 2 }.into(),
		);
		assert_eq!(Oracles::<Test>::get().to_vec(), vec![EVE, OTHER]);
		end_epoch();
		assert_noop!(attest(ORACLES[0], 0, H256::zero(), 1), Error::<Test>::NotOracle);
	});
}

#[test]
fn a_node_claims_the_difference_to_its_watermark_after_the_challenge_window() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 5, MIN_STAKE);
		register_staked(OTHER, 4, 6, MIN_STAKE);
		end_epoch();
		let tree = accept_root(0, &[(1, 3_000), (4, 1_000)]);
		assert_noop!(claim(1, 0, &tree, 0, 3_000), Error::<Test>::ChallengeWindowOpen);
		run_to_block(System::block_number() + 4);
		let before = free(OWNER);
		assert_ok!(claim(1, 0, &tree, 0, 3_000));
		System::assert_last_event(
			Event::RewardClaimed { node: 1, epoch: 0, to_owner: 3_000, to_host: 0 }.into(),
		);
		assert_eq!(free(OWNER), before + 3_000);
		assert_noop!(claim(1, 0, &tree, 0, 3_000), Error::<Test>::NothingToClaim);
		assert_noop!(claim(1, 0, &tree, 0, 3_001), Error::<Test>::InvalidProof);
		assert_noop!(claim(4, 0, &tree, 0, 3_000), Error::<Test>::InvalidProof);

		// Epoch 1: node 1's cumulative reward grows to 5,000; only 2,000 more is paid.
		end_epoch();
		let next = accept_root(1, &[(1, 5_000), (4, 1_500)]);
		run_to_block(System::block_number() + 4);
		assert_noop!(claim(1, 0, &next, 0, 5_000), Error::<Test>::InvalidProof);
		assert_ok!(claim(1, 1, &next, 0, 5_000));
		assert_eq!(free(OWNER), before + 5_000);
		assert_ok!(claim(4, 1, &next, 1, 1_500));
		assert_eq!(OracleClaimed::<Test>::get(), 6_500);
	});
}

#[test]
fn claims_refuse_unknown_roots_and_nodes_deep_proofs_and_overclaims() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 5, MIN_STAKE);
		end_epoch();
		let tree = tree_of(&[(1, 900), (2, 0)]);
		assert_noop!(claim(1, 0, &tree, 0, 900), Error::<Test>::UnknownRoot);
		// Oracles that attest a total below the entries cannot make the pallet pay beyond it.
		for oracle in &ORACLES[..2] {
			assert_ok!(attest(*oracle, 0, tree.root(), 800));
		}
		run_to_block(System::block_number() + 4);
		assert_noop!(claim(1, 0, &tree, 0, 900), Error::<Test>::ClaimAboveAttested);
		assert_noop!(claim(9, 0, &tree, 0, 900), Error::<Test>::UnknownNode);
		// M-5: a proof deeper than any reward tree does not decode.
		let deep = |depth: usize| (1u64, OWNER, 0u32, 900u64, 0u32, vec![H256::zero(); depth]);
		assert!(decodes(7, deep(16)));
		assert!(!decodes(7, deep(17)));
	});
}

#[test]
fn a_node_registered_again_cannot_claim_the_same_rewards_twice() {
	ExtBuilder::build_and_execute(|| {
		register_staked(OWNER, 1, 5, MIN_STAKE);
		end_epoch();
		let tree = accept_root(0, &[(1, 3_000), (4, 1_000)]);
		run_to_block(System::block_number() + 4);
		assert_ok!(claim(1, 0, &tree, 0, 3_000));
		let owner = || RuntimeOrigin::signed(OWNER);
		assert_ok!(DepinRewards::unbond(owner(), 1, MIN_STAKE));
		run_to_block(System::block_number() + 5);
		assert_ok!(DepinRewards::withdraw_unbonded(owner(), 1));
		assert_ok!(DepinRewards::deregister_node(owner(), 1));
		register(OWNER, 1, 5);
		// Rewards go only to nodes with the minimum stake at risk (bonded or unbonding).
		assert_noop!(claim(1, 0, &tree, 0, 3_000), Error::<Test>::BelowMinimumStake);
		assert_ok!(DepinRewards::bond(owner(), 1, MIN_STAKE));
		assert_noop!(claim(1, 0, &tree, 0, 3_000), Error::<Test>::NothingToClaim);
	});
}
