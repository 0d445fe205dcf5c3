use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use sp_core::H256;
use sp_runtime::DispatchError;

use super::{accept_root, free, register};
use crate::{
	mock::*, ChallengeTarget, Error, Event, HoldReason, Nodes, PendingFees, RewardEntry,
	RootChallenges, Roots, Watermarks, WithheldThrough,
};

const EVIDENCE: H256 = H256::repeat_byte(0xee);

fn challenge(
	who: AccountId,
	epoch: u32,
	target: ChallengeTarget,
) -> frame_support::dispatch::DispatchResult {
	DepinRewards::challenge(RuntimeOrigin::signed(who), epoch, target, EVIDENCE, None)
}

/// Challenges node `node` in `epoch`'s root with its proven entry at `index` of `tree`.
fn challenge_entry(
	epoch: u32,
	node: u64,
	tree: &iot_primitives::rewards::RewardTree,
	index: u32,
	cumulative: Balance,
) -> frame_support::dispatch::DispatchResult {
	let proof = tree.proof(index).unwrap().try_into().unwrap();
	let entry = RewardEntry::<Test> { cumulative, index, proof };
	let target = ChallengeTarget::Node(node);
	DepinRewards::challenge(RuntimeOrigin::signed(EVE), epoch, target, EVIDENCE, Some(entry))
}

fn claim(
	node: u64,
	tree: &iot_primitives::rewards::RewardTree,
	index: u32,
	cumulative: Balance,
) -> frame_support::dispatch::DispatchResult {
	claim_at(0, node, tree, index, cumulative)
}

fn claim_at(
	epoch: u32,
	node: u64,
	tree: &iot_primitives::rewards::RewardTree,
	index: u32,
	cumulative: Balance,
) -> frame_support::dispatch::DispatchResult {
	let proof = tree.proof(index).unwrap();
	DepinRewards::claim(RuntimeOrigin::signed(EVE), node, epoch, cumulative, index, bounded(proof))
}

/// Bonds the minimum stake to node 4 (OTHER), which claims only with it.
fn stake_4() {
	assert_ok!(DepinRewards::bond(RuntimeOrigin::signed(OTHER), 4, MIN_STAKE));
}

/// Node 1 (OWNER, stake 1,000) and node 4 (OTHER, no stake) in epoch 0's accepted root.
fn setup() -> iot_primitives::rewards::RewardTree {
	register(OWNER, 1, 5);
	register(OTHER, 4, 6);
	assert_ok!(DepinRewards::bond(RuntimeOrigin::signed(OWNER), 1, 1_000));
	end_epoch();
	accept_root(0, &[(1, 3_000), (4, 1_000)])
}

#[test]
fn a_proven_node_challenge_slashes_pays_the_challenger_and_withholds_the_reward() {
	ExtBuilder::build_and_execute(|| {
		let tree = setup();
		assert_ok!(challenge(EVE, 0, ChallengeTarget::Node(1)));
		System::assert_last_event(
			Event::ChallengeOpened {
				challenge: 0,
				challenger: EVE,
				epoch: 0,
				target: ChallengeTarget::Node(1),
				evidence: EVIDENCE,
			}
			.into(),
		);
		assert_eq!(Balances::balance_on_hold(&HoldReason::ChallengeBond.into(), &EVE), 50);
		let issuance = Balances::total_issuance();
		assert_noop!(
			DepinRewards::resolve_challenge(RuntimeOrigin::signed(EVE), 0, true),
			DispatchError::BadOrigin
		);
		assert_ok!(DepinRewards::resolve_challenge(RuntimeOrigin::root(), 0, true));
		System::assert_last_event(
			Event::ChallengeResolved { challenge: 0, upheld: true, slashed: 500 }.into(),
		);
		// Half the stake slashed: a fifth of it to the challenger, the rest burnt.
		assert_eq!(Nodes::<Test>::get(1).unwrap().stake, 500);
		assert_eq!(free(EVE), FUNDS + 100);
		assert_eq!(Balances::total_issuance(), issuance - 400);
		assert_eq!(WithheldThrough::<Test>::get(1), Some(0));
		run_to_block(System::block_number() + 4);
		assert_noop!(claim(1, &tree, 0, 3_000), Error::<Test>::Withheld);
		stake_4();
		assert_ok!(claim(4, &tree, 1, 1_000));
		assert_noop!(
			DepinRewards::resolve_challenge(RuntimeOrigin::root(), 0, true),
			Error::<Test>::UnknownChallenge
		);
	});
}

#[test]
fn a_slash_reaches_stake_that_is_unbonding() {
	ExtBuilder::build_and_execute(|| {
		setup();
		assert_ok!(DepinRewards::unbond(RuntimeOrigin::signed(OWNER), 1, 800));
		assert_ok!(challenge(EVE, 0, ChallengeTarget::Node(1)));
		assert_ok!(DepinRewards::resolve_challenge(RuntimeOrigin::root(), 0, true));
		let node = Nodes::<Test>::get(1).unwrap();
		assert_eq!((node.stake, node.unbonding.map(|u| u.0)), (0, Some(500)));
	});
}

#[test]
fn a_root_challenge_blocks_claims_and_a_proven_one_discards_the_root() {
	ExtBuilder::build_and_execute(|| {
		let tree = setup();
		assert_ok!(challenge(EVE, 0, ChallengeTarget::Root));
		assert_eq!(RootChallenges::<Test>::get(0), 1);
		run_to_block(System::block_number() + 4);
		assert_noop!(claim(4, &tree, 1, 1_000), Error::<Test>::RootChallenged);
		assert_ok!(DepinRewards::resolve_challenge(RuntimeOrigin::root(), 0, true));
		System::assert_has_event(Event::RootDiscarded { epoch: 0 }.into());
		assert!(Roots::<Test>::get(0).is_none());
		assert_eq!(free(EVE), FUNDS, "the bond returned");
		assert_noop!(claim(4, &tree, 1, 1_000), Error::<Test>::UnknownRoot);
		// The oracles attest a corrected root.
		let fixed = accept_root(0, &[(1, 2_000), (4, 1_000)]);
		run_to_block(System::block_number() + 4);
		assert_ok!(claim(1, &fixed, 0, 2_000));
	});
}

#[test]
fn a_failed_challenge_forfeits_its_bond_to_the_reward_pool() {
	ExtBuilder::build_and_execute(|| {
		let tree = setup();
		assert_ok!(challenge(EVE, 0, ChallengeTarget::Root));
		assert_ok!(DepinRewards::resolve_challenge(RuntimeOrigin::root(), 0, false));
		System::assert_last_event(
			Event::ChallengeResolved { challenge: 0, upheld: false, slashed: 0 }.into(),
		);
		assert_eq!(free(EVE), FUNDS - 50);
		assert_eq!(PendingFees::<Test>::get(), 50);
		assert_eq!(RootChallenges::<Test>::get(0), 0);
		run_to_block(System::block_number() + 4);
		assert_ok!(claim(1, &tree, 0, 3_000));
	});
}

#[test]
fn challenges_need_an_accepted_root_its_window_and_a_known_node() {
	ExtBuilder::build_and_execute(|| {
		setup();
		assert_noop!(challenge(EVE, 1, ChallengeTarget::Root), Error::<Test>::UnknownRoot);
		assert_noop!(challenge(EVE, 0, ChallengeTarget::Node(9)), Error::<Test>::UnknownNode);
		run_to_block(System::block_number() + 3);
		assert_ok!(challenge(EVE, 0, ChallengeTarget::Node(4)));
		run_to_block(System::block_number() + 1);
		assert_noop!(
			challenge(EVE, 0, ChallengeTarget::Node(4)),
			Error::<Test>::ChallengeWindowClosed
		);
	});
}

/// Before the fix an open node challenge stopped nothing once the window closed: the node
/// claimed, withdrew its stake and left before governance decided.
#[test]
fn m3_an_open_challenge_freezes_the_nodes_claims_stake_and_exit() {
	ExtBuilder::build_and_execute(|| {
		let tree = setup();
		assert_ok!(DepinRewards::unbond(RuntimeOrigin::signed(OWNER), 1, 1_000));
		assert_ok!(challenge_entry(0, 1, &tree, 0, 3_000));
		run_to_block(System::block_number() + 10);
		let owner = || RuntimeOrigin::signed(OWNER);
		assert_noop!(claim(1, &tree, 0, 3_000), Error::<Test>::NodeChallenged);
		assert_noop!(
			DepinRewards::claim_liveness(RuntimeOrigin::signed(EVE), 1),
			Error::<Test>::NodeChallenged
		);
		assert_noop!(DepinRewards::withdraw_unbonded(owner(), 1), Error::<Test>::NodeChallenged);
		assert_noop!(DepinRewards::deregister_node(owner(), 1), Error::<Test>::NodeChallenged);
		// Other nodes are not frozen.
		stake_4();
		assert_ok!(claim(4, &tree, 1, 1_000));
		assert_ok!(DepinRewards::resolve_challenge(RuntimeOrigin::root(), 0, false));
		assert_ok!(claim(1, &tree, 0, 3_000));
		assert_ok!(DepinRewards::withdraw_unbonded(owner(), 1));
	});
}

/// Before the fix roots are cumulative, so a withholding through epoch 0 was paid out by the
/// root of epoch 1.
#[test]
fn m3_withheld_rewards_stay_withheld_in_later_roots() {
	ExtBuilder::build_and_execute(|| {
		let tree = setup();
		assert_ok!(challenge_entry(0, 1, &tree, 0, 3_000));
		assert_ok!(DepinRewards::resolve_challenge(RuntimeOrigin::root(), 0, true));
		System::assert_has_event(
			Event::RewardForfeited { node: 1, epoch: 0, cumulative: 3_000 }.into(),
		);
		assert_eq!(Watermarks::<Test>::get(1), 3_000);
		end_epoch();
		let later = accept_root(1, &[(1, 5_000), (4, 2_000)]);
		run_to_block(System::block_number() + 4);
		let before = free(OWNER);
		assert_ok!(claim_at(1, 1, &later, 0, 5_000));
		assert_eq!(free(OWNER), before + 2_000, "only what it earned after epoch 0");
	});
}

/// Before the fix a node that left before the challenge could not be challenged, and its
/// rewards were paid to it when it came back.
#[test]
fn m3_withholding_reaches_a_node_that_left() {
	ExtBuilder::build_and_execute(|| {
		let tree = setup();
		assert_ok!(DepinRewards::deregister_node(RuntimeOrigin::signed(OTHER), 4));
		assert_noop!(challenge(EVE, 0, ChallengeTarget::Node(4)), Error::<Test>::UnknownNode);
		assert_noop!(challenge_entry(0, 4, &tree, 1, 999), Error::<Test>::InvalidProof);
		assert_ok!(challenge_entry(0, 4, &tree, 1, 1_000));
		assert_ok!(DepinRewards::resolve_challenge(RuntimeOrigin::root(), 0, true));
		super::register(OTHER, 4, 6);
		stake_4();
		end_epoch();
		let later = accept_root(1, &[(1, 3_000), (4, 1_500)]);
		run_to_block(System::block_number() + 4);
		let before = free(OTHER);
		assert_ok!(claim_at(1, 4, &later, 1, 1_500));
		assert_eq!(free(OTHER), before + 500);
	});
}

/// Before the fix a root challenge blocked the root's claims until governance acted, with no
/// limit.
#[test]
fn m3_a_challenge_governance_does_not_decide_lapses_after_its_deadline() {
	ExtBuilder::build_and_execute(|| {
		let tree = setup();
		let opened = System::block_number();
		assert_ok!(challenge(EVE, 0, ChallengeTarget::Root));
		assert_noop!(
			DepinRewards::challenge(
				RuntimeOrigin::signed(EVE),
				0,
				ChallengeTarget::Root,
				EVIDENCE,
				Some(RewardEntry::<Test> { cumulative: 1, index: 0, proof: Default::default() })
			),
			Error::<Test>::EntryForRoot
		);
		run_to_block(opened + 20);
		assert_noop!(claim(4, &tree, 1, 1_000), Error::<Test>::RootChallenged);
		let expire = |id| DepinRewards::expire_challenge(RuntimeOrigin::signed(HOST), id);
		assert_noop!(expire(0), Error::<Test>::ChallengeNotExpired);
		assert_noop!(expire(7), Error::<Test>::UnknownChallenge);
		run_to_block(opened + 21);
		assert_ok!(expire(0));
		System::assert_last_event(Event::ChallengeExpired { challenge: 0 }.into());
		assert_eq!((free(EVE), PendingFees::<Test>::get()), (FUNDS - 50, 50), "bond forfeited");
		assert_eq!(RootChallenges::<Test>::get(0), 0);
		// The root stands.
		stake_4();
		assert_ok!(claim(4, &tree, 1, 1_000));
	});
}
