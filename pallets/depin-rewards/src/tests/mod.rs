//! Unit tests, one file per area, each error path on its own.

mod challenges;
mod epochs;
mod nodes;
mod oracles;
mod security;
mod simulation;
mod transfers;

use frame_support::assert_ok;
use iot_primitives::{
	rewards::{NodeId, NodeKind, RewardTree},
	traits::DeviceInspect,
	DeviceId,
};
use sp_runtime::Percent;

use crate::{mock::*, Pallet};

/// Registers `device` of `owner` as a hotspot in the `n`th test cell, without a host.
fn register(owner: AccountId, device: DeviceId, n: u64) {
	assert_ok!(DepinRewards::register_node(
		RuntimeOrigin::signed(owner),
		device,
		NodeKind::Hotspot,
		cell(n),
		None,
		Percent::zero()
	));
}

/// Registers `device` as in [`register`] and bonds `stake` to it.
fn register_staked(owner: AccountId, device: DeviceId, n: u64, stake: Balance) {
	register(owner, device, n);
	assert_ok!(DepinRewards::bond(RuntimeOrigin::signed(owner), device, stake));
}

/// The telemetry anchors report `device`'s telemetry.
fn anchored(device: DeviceId) {
	let _ = <Pallet<Test> as iot_primitives::traits::OnAnchored>::on_anchored(device);
}

/// Who owns `node`'s device now (unknown devices: [`OWNER`]).
fn owner_of(node: NodeId) -> AccountId {
	Devices::owner(&node).unwrap_or(OWNER)
}

/// The reward tree of `entries`, each owed to the node's current owner.
fn tree_of(entries: &[(NodeId, Balance)]) -> RewardTree {
	RewardTree::new(&entries.iter().map(|(n, a)| (*n, owner_of(*n), *a)).collect::<Vec<_>>())
}

/// Claims entry `index` of `tree` (owed to the node's current owner) against `epoch`'s root.
fn claim(
	node: NodeId,
	epoch: u32,
	tree: &RewardTree,
	index: u32,
	cumulative: Balance,
) -> frame_support::dispatch::DispatchResult {
	let proof = tree.proof(index).unwrap();
	let owner = owner_of(node);
	let proof = bounded(proof);
	DepinRewards::claim(RuntimeOrigin::signed(EVE), node, owner, epoch, cumulative, index, proof)
}

/// Has the first two oracles attest the tree of `entries`, owed to the nodes' current owners,
/// for `epoch`.
fn accept_root(epoch: u32, entries: &[(NodeId, Balance)]) -> RewardTree {
	let owned: Vec<_> = entries.iter().map(|(n, a)| (*n, owner_of(*n), *a)).collect();
	accept_owed_root(epoch, &owned)
}

/// Has the first two oracles attest the tree of `entries` for `epoch`.
fn accept_owed_root(epoch: u32, entries: &[(NodeId, AccountId, Balance)]) -> RewardTree {
	let tree = RewardTree::new(entries);
	let total = entries.iter().map(|(_, _, amount)| amount).sum::<Balance>();
	for oracle in &ORACLES[..2] {
		assert_ok!(DepinRewards::attest_root(
			RuntimeOrigin::signed(*oracle),
			epoch,
			tree.root(),
			tree.len(),
			total
		));
	}
	tree
}

fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

/// Ends the running epoch and returns what `node` can claim for liveness.
fn end_epoch_and_claimable(node: NodeId) -> Balance {
	end_epoch();
	DepinRewards::pending_reward(node).expect("a node")
}
