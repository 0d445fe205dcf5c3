//! DePIN rewards: infrastructure nodes, epochs, and the reward tree oracles attest.
//!
//! Each epoch the oracle committee computes every node's *cumulative lifetime* reward off chain
//! and attests the Merkle root of the leaves `blake2_256("iot/leaf/reward1" || SCALE((node,
//! cumulative)))`. A node claims with its leaf's proof and is paid the difference to what it
//! already claimed, so a claim costs the same whether the tree holds ten nodes or a million.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Percent;

use crate::{merkle, payload::DomainTag, DeviceId};

/// An infrastructure node's identifier: the id of the registered device it is.
pub type NodeId = DeviceId;

/// An epoch's number, counted from genesis.
pub type EpochIndex = u32;

/// An H3 cell index (a coarse resolution: the network caps rewards per cell).
pub type Cell = u64;

/// The leaf tag of a reward entry.
pub const REWARD_LEAF: DomainTag = *b"iot/leaf/reward1";

/// What a node is.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum NodeKind {
	/// A radio hotspot providing coverage.
	Hotspot,
	/// A sensor station (weather, air quality, ...).
	Sensor,
	/// A gateway relaying other devices' data.
	Gateway,
}

/// A registered infrastructure node.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Node<AccountId, Balance, BlockNumber> {
	/// Who registered it (the device's owner then) and receives the owner's part.
	pub owner: AccountId,
	/// What it is.
	pub kind: NodeKind,
	/// Where it is.
	pub cell: Cell,
	/// Who hosts it (the rooftop, the shop) and receives `host_share` of its rewards.
	pub host: Option<AccountId>,
	/// The host's part of every reward.
	pub host_share: Percent,
	/// The registration deposit held from the owner.
	pub deposit: Balance,
	/// Stake held from the owner, slashable.
	pub stake: Balance,
	/// Stake on its way out, and the block from which it can be withdrawn.
	pub unbonding: Option<(Balance, BlockNumber)>,
	/// The last epoch in which it was live; its credit is added once that epoch ended.
	pub live_epoch: Option<EpochIndex>,
	/// Liveness rewards credited and not yet claimed.
	pub liveness_unclaimed: Balance,
}

/// The leaf of `node`'s cumulative lifetime reward.
pub fn reward_leaf<Balance: Encode>(node: NodeId, cumulative: Balance) -> H256 {
	merkle::leaf_hash(REWARD_LEAF, &(node, cumulative).encode())
}

/// Oracles' side: the reward tree over `(node, cumulative)` entries, in the given order, with
/// proofs in `O(sqrt(n))` hashes for networks of millions of nodes.
pub struct RewardTree {
	tree: merkle::ChunkedTree,
	len: u32,
}

impl RewardTree {
	/// The tree of `entries`.
	pub fn new<Balance: Encode + Copy>(entries: &[(NodeId, Balance)]) -> Self {
		let leaves: Vec<H256> =
			entries.iter().map(|(node, amount)| reward_leaf(*node, *amount)).collect();
		Self { len: leaves.len() as u32, tree: merkle::ChunkedTree::new(leaves) }
	}

	/// The root the oracles attest.
	pub fn root(&self) -> H256 {
		self.tree.root()
	}

	/// How many entries the tree holds.
	pub fn len(&self) -> u32 {
		self.len
	}

	/// Whether the tree is empty.
	pub fn is_empty(&self) -> bool {
		self.len == 0
	}

	/// The proof of entry `index`.
	pub fn proof(&self, index: u32) -> Option<Vec<H256>> {
		self.tree.proof(index)
	}
}

/// Whether `proof` shows `(node, cumulative)` as entry `index` of the `count`-entry tree `root`.
pub fn verify_reward<Balance: Encode>(
	root: &H256,
	count: u32,
	index: u32,
	proof: &[H256],
	node: NodeId,
	cumulative: Balance,
) -> bool {
	merkle::verify(root, proof, count, index, reward_leaf(node, cumulative))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_entry_proves_and_no_other_amount_or_node_does() {
		let entries: Vec<(NodeId, u128)> =
			(0..13).map(|n| (n * 7, u128::from(n) * 1_000)).collect();
		let tree = RewardTree::new(&entries);
		let root = tree.root();
		for (index, (node, amount)) in entries.iter().enumerate() {
			let proof = tree.proof(index as u32).unwrap();
			assert!(verify_reward(&root, tree.len(), index as u32, &proof, *node, *amount));
			assert!(!verify_reward(&root, tree.len(), index as u32, &proof, *node, amount + 1));
			assert!(!verify_reward(&root, tree.len(), index as u32, &proof, node + 1, *amount));
		}
		let other = RewardTree::new(&entries[1..]);
		let proof = other.proof(0).unwrap();
		assert!(!verify_reward(&root, tree.len(), 0, &proof, entries[1].0, entries[1].1));
	}
}
