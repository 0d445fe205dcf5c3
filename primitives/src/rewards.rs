//! DePIN rewards: infrastructure nodes, epochs, and the reward tree oracles attest.
//!
//! Each epoch the oracle committee computes, off chain, what every node earned for each account
//! that owned it (a device that is sold starts a new tenure at zero for its buyer), and attests
//! the Merkle root of the leaves `blake2_256("iot/leaf/reward2" || SCALE((node, owner,
//! cumulative)))`. A claim with a leaf's proof pays that owner the difference to what it already
//! claimed from that node, so a claim costs the same whether the tree holds ten nodes or a
//! million, and a seller's unclaimed rewards never reach the buyer (nor the buyer's the seller).

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
pub const REWARD_LEAF: DomainTag = *b"iot/leaf/reward2";

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

/// The leaf of what `node` earned in all for `owner` while `owner` owned it.
pub fn reward_leaf<AccountId: Encode, Balance: Encode>(
	node: NodeId,
	owner: &AccountId,
	cumulative: Balance,
) -> H256 {
	merkle::leaf_hash(REWARD_LEAF, &(node, owner, cumulative).encode())
}

/// Oracles' side: the reward tree over `(node, owner, cumulative)` entries, in the given order,
/// with proofs in `O(sqrt(n))` hashes for networks of millions of nodes.
pub struct RewardTree {
	tree: merkle::ChunkedTree,
	len: u32,
}

impl RewardTree {
	/// The tree of `entries`.
	pub fn new<AccountId: Encode, Balance: Encode + Copy>(
		entries: &[(NodeId, AccountId, Balance)],
	) -> Self {
		let leaves: Vec<H256> = entries
			.iter()
			.map(|(node, owner, amount)| reward_leaf(*node, owner, *amount))
			.collect();
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

/// One entry of a reward tree: what `node` earned in all for `owner`.
#[derive(Debug)]
pub struct RewardClaim<'a, AccountId, Balance> {
	/// The node.
	pub node: NodeId,
	/// The account it earned for.
	pub owner: &'a AccountId,
	/// The cumulative amount.
	pub cumulative: Balance,
}

// By hand: a derive would ask `AccountId: Copy`, though only a reference to it is held.
impl<AccountId, Balance: Copy> Clone for RewardClaim<'_, AccountId, Balance> {
	fn clone(&self) -> Self {
		*self
	}
}

impl<AccountId, Balance: Copy> Copy for RewardClaim<'_, AccountId, Balance> {}

/// Whether `proof` shows `claim` as entry `index` of the `count`-entry tree `root`.
pub fn verify_reward<AccountId: Encode, Balance: Encode>(
	root: &H256,
	count: u32,
	index: u32,
	proof: &[H256],
	claim: RewardClaim<'_, AccountId, Balance>,
) -> bool {
	let leaf = reward_leaf(claim.node, claim.owner, claim.cumulative);
	merkle::verify(root, proof, count, index, leaf)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn verifies(
		tree: &RewardTree,
		index: usize,
		(node, owner, cumulative): (u64, u8, u128),
	) -> bool {
		let proof = tree.proof(index as u32).unwrap();
		let claim = RewardClaim { node, owner: &owner, cumulative };
		verify_reward(&tree.root(), tree.len(), index as u32, &proof, claim)
	}

	#[test]
	fn every_entry_proves_and_no_other_amount_node_or_owner_does() {
		let entries: Vec<(NodeId, u8, u128)> =
			(0..13).map(|n| (n * 7, n as u8, u128::from(n) * 1_000)).collect();
		let tree = RewardTree::new(&entries);
		for (index, &(node, owner, amount)) in entries.iter().enumerate() {
			assert!(verifies(&tree, index, (node, owner, amount)));
			assert!(!verifies(&tree, index, (node, owner, amount + 1)));
			assert!(!verifies(&tree, index, (node + 1, owner, amount)));
			// A seller's entry does not pay the buyer, nor the other way round.
			assert!(!verifies(&tree, index, (node, owner.wrapping_add(1), amount)));
		}
		let other = RewardTree::new(&entries[1..]);
		let proof = other.proof(0).unwrap();
		let (node, owner, cumulative) = entries[1];
		let claim = RewardClaim { node, owner: &owner, cumulative };
		assert!(!verify_reward(&tree.root(), tree.len(), 0, &proof, claim));
	}
}
