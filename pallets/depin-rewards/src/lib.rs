//! # DePIN rewards
//!
//! ## Overview
//!
//! People who run hotspots, weather stations and gateways are paid for the coverage and data
//! they provide, by rules, evidence and disputes visible on chain, at a cost per provider that
//! does not grow with the number of providers.
//!
//! - *Nodes*: an owner registers a registered device as a node (kind, H3 cell at
//!   [`Config::CellResolution`], host and the host's share) with a deposit, and bonds a slashable
//!   stake.
//! - *Epochs* of [`Config::EpochLength`] blocks. When one ends, its pool is minted into the
//!   pallet's pot: the emission schedule (a decaying amount per epoch, never beyond
//!   [`Config::MaxSupply`]) capped by the circuit breaker [`Config::MaxMintPerEpoch`], plus
//!   [`Config::FeeShare`] of the fees collected during the epoch. The epoch change is O(1).
//! - *Liveness* (on chain, [`Config::LivenessShare`] of the pool): a node with at least
//!   [`Config::MinNodeStake`] bonded whose device signed telemetry anchored in an epoch is live in
//!   it, with no transaction of its own (the telemetry anchors call
//!   [`iot_primitives::traits::OnAnchored`] for device-signed ranges only). The liveness pool is
//!   split by the stake the live nodes counted with: splitting one stake into more nodes, or
//!   spreading them over more cells, earns nothing more.
//! - *Oracles* (off chain, the rest of the pool): an M-of-N committee, set by governance, attests
//!   each epoch's Merkle root over (node, owner, what the node earned for that owner); the root
//!   is accepted when M oracles attested the same root and total.
//! - *Claims* are pulled by the owner: liveness credit with [`Pallet::claim_liveness`], oracle
//!   rewards with [`Pallet::claim`] and a Merkle proof; only the difference to the (node, owner)
//!   watermark is paid, so nothing is paid twice and unclaimed rewards stay claimable.
//! - *Devices that change hands* take their node out of the seller's hands: the node is retired
//!   (its stake unbonds and stays slashable, its deposit and liveness credit wait with it; the
//!   seller withdraws them with [`Pallet::withdraw_retired`]), and the buyer may register it
//!   afresh. The seller keeps claiming what the node earned while theirs.
//! - *Challenges*: within [`Config::ChallengeWindow`] blocks of a root, anyone may post a bonded
//!   challenge against a node or the root. Until the window closes (and while a root challenge is
//!   open) the root pays nothing. Governance resolves: a proven node challenge slashes
//!   [`Config::SlashFraction`] of the node's stake ([`Config::ChallengerShare`] of it to the
//!   challenger) and withholds its rewards through that epoch; a proven root challenge discards
//!   the root; a failed challenge forfeits the bond.
//!
//! ## Usage
//!
//! Register with [`Pallet::register_node`]; the liveness credit accrues as the device's gateway
//! anchors telemetry. Oracles build `iot_primitives::rewards::RewardTree` and call
//! [`Pallet::attest_root`]; owners claim with `tree.proof(index)`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use epochs::FeeCollector;
pub use pallet::*;
pub use types::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod challenges;
mod epochs;
mod events;
mod invariants;
mod liveness;
pub mod migrations;
#[cfg(test)]
mod mock;
mod nodes;
mod oracles;
mod retired;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use weights::WeightInfo;

use frame_support::{pallet_macros::import_section, traits::fungible};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// What fees withdraw from their payers.
pub type CreditOf<T> =
	fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

/// What benchmarks need from the device registry.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Stores an active device with a distinct key for `seed`, owned by `owner`, and returns its
	/// id.
	fn register_device(owner: &AccountId, seed: u32) -> iot_primitives::DeviceId;
}

#[import_section(events::events)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Balanced, Mutate, MutateHold},
			BuildGenesisConfig,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use iot_primitives::{
		rewards::{Cell, EpochIndex, NodeId, NodeKind, RewardClaim},
		traits::DeviceInspect,
		DeviceId,
	};
	use sp_core::H256;
	use sp_runtime::{Perbill, Percent};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency rewards are minted in and stakes, deposits and bonds are held in.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Balanced<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The device registry.
		type Devices: DeviceInspect<Self::AccountId, DeviceId = DeviceId>;

		/// Who sets the oracle committee and resolves challenges.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The pallet's id, from which its pot account is derived.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The length of an epoch in blocks.
		#[pallet::constant]
		type EpochLength: Get<BlockNumberFor<Self>>;

		/// What the first epoch mints.
		#[pallet::constant]
		type InitialEmission: Get<BalanceOf<Self>>;

		/// How much less each epoch mints than the one before.
		#[pallet::constant]
		type EmissionDecay: Get<Perbill>;

		/// The most the pallet ever mints.
		#[pallet::constant]
		type MaxSupply: Get<BalanceOf<Self>>;

		/// The circuit breaker: the most one epoch mints, whatever the schedule says.
		#[pallet::constant]
		type MaxMintPerEpoch: Get<BalanceOf<Self>>;

		/// The share of each epoch's pool paid for on-chain liveness; the rest is the oracles'.
		#[pallet::constant]
		type LivenessShare: Get<Perbill>;

		/// The share of the fees handed to [`FeeCollector`] that goes to the reward pool (the
		/// rest is burnt).
		#[pallet::constant]
		type FeeShare: Get<Perbill>;

		/// The deposit a node holds from its owner.
		#[pallet::constant]
		type NodeDeposit: Get<BalanceOf<Self>>;

		/// The least bonded stake with which a node earns liveness credit; the credit is shared
		/// by stake, so this is what makes a node (a sybil) cost something.
		#[pallet::constant]
		type MinNodeStake: Get<BalanceOf<Self>>;

		/// The H3 resolution of nodes' cells.
		#[pallet::constant]
		type CellResolution: Get<u8>;

		/// The bond a challenge holds from the challenger.
		#[pallet::constant]
		type ChallengeBond: Get<BalanceOf<Self>>;

		/// How long unbonded stake stays slashable.
		#[pallet::constant]
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;

		/// How long after a root is accepted it can be challenged (and pays nothing).
		#[pallet::constant]
		type ChallengeWindow: Get<BlockNumberFor<Self>>;

		/// How long governance has to decide a challenge; after it anyone may let the challenge
		/// lapse (the root or node stands and the bond is forfeited), so that no challenge
		/// freezes payouts for good.
		#[pallet::constant]
		type ChallengeDeadline: Get<BlockNumberFor<Self>>;

		/// The part of a node's stake a proven challenge slashes.
		#[pallet::constant]
		type SlashFraction: Get<Perbill>;

		/// The part of a slash paid to the challenger (the rest is burnt).
		#[pallet::constant]
		type ChallengerShare: Get<Perbill>;

		/// The largest oracle committee.
		#[pallet::constant]
		type MaxOracles: Get<u32>;

		/// The deepest reward proof (2^depth nodes).
		#[pallet::constant]
		type MaxProofDepth: Get<u32>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Sets up devices for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A node's registration deposit.
		NodeDeposit,
		/// A node's stake, bonded or unbonding.
		Stake,
		/// A challenge's bond.
		ChallengeBond,
	}

	/// Registered nodes, by the id of their device.
	#[pallet::storage]
	pub type Nodes<T: Config> = StorageMap<_, Twox64Concat, NodeId, NodeOf<T>>;

	/// The running epoch.
	#[pallet::storage]
	pub type CurrentEpoch<T> = StorageValue<_, EpochIndex, ValueQuery>;

	/// The block the running epoch started at.
	#[pallet::storage]
	pub type EpochStart<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Everything the pallet minted.
	#[pallet::storage]
	pub type TotalMinted<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Fees collected for the running epoch's pool.
	#[pallet::storage]
	pub type PendingFees<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// What each ended epoch minted and paid into its pools.
	#[pallet::storage]
	pub type Epochs<T: Config> = StorageMap<_, Twox64Concat, EpochIndex, EpochRecord<T>>;

	/// The stake and count of an epoch's live nodes, kept until every live node's credit is
	/// settled.
	#[pallet::storage]
	pub type EpochLiveness<T: Config> = StorageMap<_, Twox64Concat, EpochIndex, LivenessTally<T>>;

	/// The stake a node counted with in its last live epoch (its bonded stake when it first went
	/// live in it), kept until its credit for that epoch is settled.
	#[pallet::storage]
	pub type CountedStake<T: Config> = StorageMap<_, Twox64Concat, NodeId, BalanceOf<T>>;

	/// The oracle committee.
	#[pallet::storage]
	pub type Oracles<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxOracles>, ValueQuery>;

	/// How many oracles must attest the same root.
	#[pallet::storage]
	pub type Quorum<T> = StorageValue<_, u32, ValueQuery>;

	/// Each oracle's attestation of an epoch's root, until the root is accepted.
	#[pallet::storage]
	pub type Votes<T: Config> =
		StorageDoubleMap<_, Twox64Concat, EpochIndex, Blake2_128Concat, T::AccountId, RootOf<T>>;

	/// Accepted reward roots.
	#[pallet::storage]
	pub type Roots<T: Config> = StorageMap<_, Twox64Concat, EpochIndex, AcceptedRoot<T>>;

	/// What each owner has claimed of each node's rewards against reward roots; kept when a
	/// node leaves, so that a node registered again cannot claim the same rewards twice.
	#[pallet::storage]
	pub type Watermarks<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		NodeId,
		Blake2_128Concat,
		T::AccountId,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// Nodes whose device was sold or removed, by node and former owner, until the former owner
	/// withdraws what they left (M-2).
	#[pallet::storage]
	pub type RetiredNodes<T: Config> =
		StorageDoubleMap<_, Twox64Concat, NodeId, Blake2_128Concat, T::AccountId, RetiredNode<T>>;

	/// Rewards of roots up to this epoch are withheld from a node after a proven challenge.
	#[pallet::storage]
	pub type WithheldThrough<T> = StorageMap<_, Twox64Concat, NodeId, EpochIndex>;

	/// Everything claimed against reward roots.
	#[pallet::storage]
	pub type OracleClaimed<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The id the next challenge gets.
	#[pallet::storage]
	pub type NextChallengeId<T> = StorageValue<_, ChallengeId, ValueQuery>;

	/// Open challenges.
	#[pallet::storage]
	pub type Challenges<T: Config> = StorageMap<_, Twox64Concat, ChallengeId, Challenge<T>>;

	/// Open challenges against each epoch's root.
	#[pallet::storage]
	pub type RootChallenges<T> = StorageMap<_, Twox64Concat, EpochIndex, u32, ValueQuery>;

	/// Whether a node's device must be certified by a registered manufacturer to register and
	/// to go live (an owner holds an uncertified device's key, so its signed telemetry proves
	/// no real device). Set at genesis (on in every preset but `development`) and by governance.
	#[pallet::storage]
	pub type RequireCertified<T> = StorageValue<_, bool, ValueQuery>;

	/// Open challenges against each node: while there are any, the node claims nothing, and
	/// neither leaves nor withdraws stake.
	#[pallet::storage]
	pub type ChallengedNodes<T> = StorageMap<_, Twox64Concat, NodeId, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first oracle committee.
		pub oracles: Vec<T::AccountId>,
		/// How many of them must agree.
		pub quorum: u32,
		/// Whether nodes' devices must be certified by a manufacturer.
		pub require_certified: bool,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// A chain may start without a committee and have governance set one.
			if !self.oracles.is_empty() {
				let oracles = Pallet::<T>::checked_committee(self.oracles.clone(), self.quorum)
					.expect("the genesis committee is valid");
				Oracles::<T>::put(oracles);
				Quorum::<T>::put(self.quorum);
			}
			RequireCertified::<T>::put(self.require_certified);
			// The pot exists from genesis, so that fees smaller than the existential deposit
			// can join it.
			frame_system::Pallet::<T>::inc_providers(&Pallet::<T>::pot());
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::maybe_end_epoch(now)
		}

		fn integrity_test() {
			assert!(T::EpochLength::get() > 0u32.into());
			assert!(T::MaxOracles::get() > 0);
			assert!(T::MaxProofDepth::get() <= 32);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers `device` as an infrastructure node in `cell`, with `host` receiving
		/// `host_share` of its rewards; holds [`Config::NodeDeposit`].
		///
		/// Origin: the device's owner; the device must be active, and certified where
		/// [`RequireCertified`]. Emits `NodeRegistered`.
		/// Errors: `BadCell`, `UnknownDevice`, `NotOwner`, `DeviceInactive`, `NotCertified`,
		/// `AlreadyRegistered`, or the hold failing.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_node())]
		pub fn register_node(
			origin: OriginFor<T>,
			device: DeviceId,
			kind: NodeKind,
			cell: Cell,
			host: Option<T::AccountId>,
			host_share: Percent,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_node(who, device, kind, cell, host, host_share)
		}

		/// Removes a node with no stake, paying its settled liveness credit first.
		///
		/// Origin: the node's owner. Emits `NodeDeregistered`.
		/// Errors: `UnknownNode`, `NotOwner`, `NodeChallenged`, `LiveThisEpoch`, `StakeRemaining`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::deregister_node())]
		pub fn deregister_node(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deregister_node(who, node)
		}

		/// Bonds `amount` of the owner's funds to the node as slashable stake.
		///
		/// Origin: the node's owner. Emits `Bonded`.
		/// Errors: `UnknownNode`, `NotOwner`, `ZeroAmount`, `Overflow`, or the hold failing.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(origin: OriginFor<T>, node: NodeId, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond(who, node, amount)
		}

		/// Starts unbonding `amount` of the node's stake; it stays slashable for
		/// [`Config::UnbondingPeriod`] blocks (the period restarts for everything unbonding).
		///
		/// Origin: the node's owner. Emits `Unbonded`.
		/// Errors: `UnknownNode`, `NotOwner`, `ZeroAmount`, `InsufficientStake`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>, node: NodeId, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(who, node, amount)
		}

		/// Returns unbonded stake whose period is over.
		///
		/// Origin: the node's owner. Emits `Withdrawn`.
		/// Errors: `UnknownNode`, `NotOwner`, `NodeChallenged`, `NothingToWithdraw`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who, node)
		}

		/// Sets the oracle committee and its quorum; attestations in progress are kept but only
		/// current members count.
		///
		/// Origin: [`Config::GovernanceOrigin`]. Emits `OraclesSet`.
		/// Errors: `BadCommittee`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_oracles(oracles.len() as u32))]
		pub fn set_oracles(
			origin: OriginFor<T>,
			oracles: BoundedVec<T::AccountId, T::MaxOracles>,
			quorum: u32,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_oracles(oracles.into_inner(), quorum)
		}

		/// Attests the reward root of an ended epoch: the Merkle root over `count` entries of
		/// (node, cumulative lifetime reward), whose cumulative rewards add up to `total`. The
		/// root is accepted when [`Quorum`] oracles attested the same.
		///
		/// Origin: an oracle. Emits `RootAttested`, and `RootAccepted` at the quorum.
		/// Errors: `NotOracle`, `EpochNotEnded`, `RootAlreadyAccepted`, `TotalAbovePools`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::attest_root())]
		pub fn attest_root(
			origin: OriginFor<T>,
			epoch: EpochIndex,
			root: H256,
			count: u32,
			total: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_attest_root(who, epoch, RewardRoot { root, count, total })
		}

		/// Pays `owner` what the node's cumulative reward for `owner` in `epoch`'s root adds to
		/// what `owner` already claimed of it, split with the host; `owner` is the node's owner
		/// or, after a sale, its former owner while their retired stake is held.
		///
		/// Origin: any account (the money goes to the owner and host). Emits `RewardClaimed`.
		/// A proof deeper than [`Config::MaxProofDepth`] does not decode.
		/// Errors: `UnknownNode`, `NodeChallenged`, `UnknownRoot`,
		/// `ChallengeWindowOpen`, `BelowMinimumStake`,
		/// `RootChallenged`, `Withheld`, `InvalidProof`, `NothingToClaim`, `ClaimAboveAttested`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::claim(proof.len() as u32))]
		pub fn claim(
			origin: OriginFor<T>,
			node: NodeId,
			owner: T::AccountId,
			epoch: EpochIndex,
			cumulative: BalanceOf<T>,
			index: u32,
			proof: BoundedVec<H256, T::MaxProofDepth>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let claim = RewardClaim { node, owner: &owner, cumulative };
			Self::do_claim(claim, epoch, index, proof)
		}

		/// Pays a node's liveness credit (including its last live epoch's, once ended).
		///
		/// Origin: any account. Emits `LivenessClaimed`.
		/// Errors: `UnknownNode`, `NodeChallenged`, `NothingToClaim`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::claim_liveness())]
		pub fn claim_liveness(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_claim_liveness(node)
		}

		/// Challenges `target` in `epoch`'s root, with the hash of off-chain evidence; holds
		/// [`Config::ChallengeBond`]. A node challenge freezes the node's claims until it is
		/// decided; with the node's `entry` in the root it also makes an upheld challenge
		/// withhold that reward for good (a node that left can be challenged only so).
		///
		/// Origin: any account. Emits `ChallengeOpened`.
		/// Errors: `EntryForRoot`, `UnknownRoot`, `ChallengeWindowClosed`, `UnknownNode`,
		/// `InvalidProof`, `Overflow`, or the hold failing.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::challenge(
			entry.as_ref().map_or(0, |e| e.proof.len() as u32)
		))]
		pub fn challenge(
			origin: OriginFor<T>,
			epoch: EpochIndex,
			target: ChallengeTarget,
			evidence: H256,
			entry: Option<RewardEntry<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_challenge(who, epoch, target, evidence, entry)
		}

		/// Decides a challenge: upheld, it slashes the node (paying the challenger its share)
		/// and withholds its rewards through the epoch (for good, up to the proven entry), or
		/// discards the root; the bond returns. Rejected, the bond is forfeited.
		///
		/// Origin: [`Config::GovernanceOrigin`]. Emits `ChallengeResolved` (and `RootDiscarded`).
		/// Errors: `UnknownChallenge`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::resolve_challenge())]
		pub fn resolve_challenge(
			origin: OriginFor<T>,
			challenge: ChallengeId,
			upheld: bool,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_resolve_challenge(challenge, upheld)
		}

		/// Lets a challenge that governance did not decide within [`Config::ChallengeDeadline`]
		/// lapse: the root or node stands, claims resume, and the bond joins the reward pool.
		///
		/// Origin: any account. Emits `ChallengeExpired`.
		/// Errors: `UnknownChallenge`, `ChallengeNotExpired`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::expire_challenge())]
		pub fn expire_challenge(origin: OriginFor<T>, challenge: ChallengeId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_expire_challenge(challenge)
		}

		/// Sets whether nodes' devices must be certified by a manufacturer. Nodes already
		/// registered stay, but an uncertified one no longer goes live.
		///
		/// Origin: [`Config::GovernanceOrigin`]. Emits `CertificationRequired`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_require_certified())]
		pub fn set_require_certified(origin: OriginFor<T>, required: bool) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			RequireCertified::<T>::put(required);
			Self::deposit_event(Event::CertificationRequired { required });
			Ok(())
		}

		/// Returns what the caller's node left when its device was sold or removed: the stake,
		/// the deposit, and the liveness credit (split with the host), once unlocked.
		///
		/// Origin: the former owner. Emits `RetiredWithdrawn`.
		/// Errors: `UnknownNode`, `NodeChallenged`, `NothingToWithdraw`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::withdraw_retired())]
		pub fn withdraw_retired(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_retired(who, node)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// A registered node.
		pub fn node(id: NodeId) -> Option<NodeOf<T>> {
			Nodes::<T>::get(id)
		}

		/// The liveness credit a node can claim now.
		pub fn pending_reward(id: NodeId) -> Option<BalanceOf<T>> {
			Nodes::<T>::get(id).map(|node| Self::claimable_liveness(id, &node))
		}

		/// What an ended epoch minted and paid into its pools.
		pub fn epoch(index: EpochIndex) -> Option<EpochRecord<T>> {
			Epochs::<T>::get(index)
		}

		/// An epoch's accepted reward root.
		pub fn root(index: EpochIndex) -> Option<AcceptedRoot<T>> {
			Roots::<T>::get(index)
		}
	}
}
