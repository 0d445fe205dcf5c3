//! The records the pallet keeps.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::rewards::{EpochIndex, Node, NodeId};
use scale_info::TypeInfo;
use sp_core::H256;

use crate::{BalanceOf, Config};

/// A node as the pallet stores it.
pub type NodeOf<T> = Node<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A challenge's identifier.
pub type ChallengeId = u64;

/// What an ended epoch minted and paid into its pools.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct EpochRecord<T: Config> {
	/// Newly minted for the epoch.
	pub minted: BalanceOf<T>,
	/// Fees collected during the epoch.
	pub fees: BalanceOf<T>,
	/// Paid for liveness in the epoch.
	pub liveness_pool: BalanceOf<T>,
	/// Paid through the epoch's reward root.
	pub oracle_pool: BalanceOf<T>,
	/// All oracle pools up to and including this epoch: what roots up to it may attest.
	pub oracle_cumulative: BalanceOf<T>,
}

/// Live cells and nodes of an epoch.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	frame_support::DefaultNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct LivenessTally<T: Config> {
	/// The stake the epoch's live nodes counted with: each is paid the pool times its stake
	/// over this.
	pub live_stake: BalanceOf<T>,
	/// Live nodes whose credit for the epoch is not yet settled.
	pub unsettled: u32,
	/// The liveness pool, once the epoch ended.
	pub pool: BalanceOf<T>,
}

/// A reward root as oracles attest it.
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
pub struct RewardRoot<Balance> {
	/// The Merkle root over (node, cumulative lifetime reward).
	pub root: H256,
	/// How many entries the tree holds.
	pub count: u32,
	/// The sum of the entries' cumulative rewards.
	pub total: Balance,
}

/// A reward root in the pallet's balance.
pub type RootOf<T> = RewardRoot<BalanceOf<T>>;

/// An accepted reward root.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct AcceptedRoot<T: Config> {
	/// What the oracles attested.
	pub root: RootOf<T>,
	/// The block it reached the quorum; its challenge window starts there.
	pub accepted_at: BlockNumberFor<T>,
}

/// What a challenge disputes.
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
pub enum ChallengeTarget {
	/// A node's reward or evidence (fake coverage, a spoofed location, replayed data).
	Node(NodeId),
	/// The root as a whole.
	Root,
}

/// An open challenge.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Challenge<T: Config> {
	/// Who posted it and its bond.
	pub challenger: T::AccountId,
	/// The bond held.
	pub bond: BalanceOf<T>,
	/// The epoch whose root it disputes.
	pub epoch: EpochIndex,
	/// What it disputes.
	pub target: ChallengeTarget,
	/// The hash of the off-chain evidence.
	pub evidence: H256,
	/// When it was posted: governance has [`crate::Config::ChallengeDeadline`] blocks to decide
	/// it, after which anyone may let it lapse.
	pub opened_at: BlockNumberFor<T>,
	/// For a node challenge, whose tenure it accuses: the owner in the proven entry, else the
	/// node's owner when it was posted. Upheld, that owner's stake is slashed, even after the
	/// device was sold.
	pub accused: Option<T::AccountId>,
	/// For a node challenge, the accused's cumulative reward in the challenged root, proven by
	/// the challenger: upheld, the accused forfeits it for good (its watermark rises to it).
	pub withheld: Option<BalanceOf<T>>,
}

/// A node's entry in an accepted reward root, with its Merkle proof.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct RewardEntry<T: Config> {
	/// The account the entry pays: who owned the node while it earned.
	pub owner: T::AccountId,
	/// The node's cumulative reward for `owner` in the root.
	pub cumulative: BalanceOf<T>,
	/// The entry's index in the tree.
	pub index: u32,
	/// The sibling hashes from the leaf up.
	pub proof: BoundedVec<H256, T::MaxProofDepth>,
}

/// What a node's owner left behind when the device was sold or removed: the stake, still
/// slashable until it unlocks, the deposit, and liveness credit, paid out together.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct RetiredNode<T: Config> {
	/// Bonded and unbonding stake, held from the owner.
	pub stake: BalanceOf<T>,
	/// The node deposit, still held from the owner: it pays for this record.
	pub deposit: BalanceOf<T>,
	/// Liveness credit of ended epochs, not yet paid.
	pub liveness_unclaimed: BalanceOf<T>,
	/// The block from which the owner can withdraw it all.
	pub unlock_at: BlockNumberFor<T>,
	/// The host then, and its share of what is still paid out.
	pub host: Option<T::AccountId>,
	/// The host's part of every reward.
	pub host_share: sp_runtime::Percent,
}
