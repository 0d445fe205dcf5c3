//! The pallet's events and errors, imported into the pallet module as a section.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod events {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A node was registered.
		NodeRegistered { node: NodeId, owner: T::AccountId, kind: NodeKind, cell: Cell },
		/// A node was removed and its deposit returned.
		NodeDeregistered { node: NodeId },
		/// Stake was bonded to a node.
		Bonded { node: NodeId, amount: BalanceOf<T> },
		/// Stake started unbonding; it can be withdrawn from `unlock_at`.
		Unbonded { node: NodeId, amount: BalanceOf<T>, unlock_at: BlockNumberFor<T> },
		/// Unbonded stake was returned.
		Withdrawn { node: NodeId, amount: BalanceOf<T> },
		/// A node was live in the running epoch for the first time.
		NodeLive { node: NodeId, epoch: EpochIndex },
		/// An epoch ended and its pool was minted.
		EpochEnded {
			epoch: EpochIndex,
			minted: BalanceOf<T>,
			fees: BalanceOf<T>,
			liveness_pool: BalanceOf<T>,
			oracle_pool: BalanceOf<T>,
			live_stake: BalanceOf<T>,
		},
		/// The schedule asked for more than the circuit breaker allows.
		CircuitBreakerTripped { epoch: EpochIndex, scheduled: BalanceOf<T>, minted: BalanceOf<T> },
		/// The oracle committee changed.
		OraclesSet { oracles: Vec<T::AccountId>, quorum: u32 },
		/// An oracle attested an epoch's root; `votes` attested the same.
		RootAttested { epoch: EpochIndex, oracle: T::AccountId, root: H256, votes: u32 },
		/// An epoch's root reached the quorum.
		RootAccepted { epoch: EpochIndex, root: H256, total: BalanceOf<T> },
		/// An oracle reward was paid.
		RewardClaimed {
			node: NodeId,
			epoch: EpochIndex,
			to_owner: BalanceOf<T>,
			to_host: BalanceOf<T>,
		},
		/// Liveness credit was paid.
		LivenessClaimed { node: NodeId, to_owner: BalanceOf<T>, to_host: BalanceOf<T> },
		/// A challenge was posted.
		ChallengeOpened {
			challenge: ChallengeId,
			challenger: T::AccountId,
			epoch: EpochIndex,
			target: ChallengeTarget,
			evidence: H256,
		},
		/// Governance decided a challenge; `slashed` was taken from the node's stake.
		ChallengeResolved { challenge: ChallengeId, upheld: bool, slashed: BalanceOf<T> },
		/// A proven challenge discarded an epoch's root.
		RootDiscarded { epoch: EpochIndex },
		/// A proven challenge made the node forfeit its rewards up to `cumulative`.
		RewardForfeited { node: NodeId, epoch: EpochIndex, cumulative: BalanceOf<T> },
		/// Governance did not decide a challenge in time: it lapsed and its bond was forfeited.
		ChallengeExpired { challenge: ChallengeId },
		/// Whether nodes' devices must be certified changed.
		CertificationRequired { required: bool },
		/// The node's device changed hands or left the registry: the node left its owner, whose
		/// stake, deposit and liveness credit wait until `unlock_at`.
		NodeRetired { node: NodeId, owner: T::AccountId, unlock_at: BlockNumberFor<T> },
		/// A former owner withdrew what a retired node left them.
		RetiredWithdrawn { node: NodeId, owner: T::AccountId, stake: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The device is not in the registry.
		UnknownDevice,
		/// The device is suspended or revoked.
		DeviceInactive,
		/// The caller is not the device's or node's owner.
		NotOwner,
		/// The device is already a node.
		AlreadyRegistered,
		/// The cell is not an H3 cell index at the configured resolution.
		BadCell,
		/// The chain requires nodes' devices to be certified by a manufacturer; this one is not.
		NotCertified,
		/// The node's slashable stake (bonded and unbonding) is below `MinNodeStake`.
		BelowMinimumStake,
		/// No such node.
		UnknownNode,
		/// The node is live in the running epoch: its credit is settled after the epoch ends.
		LiveThisEpoch,
		/// The node still has stake, bonded or unbonding.
		StakeRemaining,
		/// More than the node's bonded stake.
		InsufficientStake,
		/// Nothing is unbonding, or it is not unlocked yet.
		NothingToWithdraw,
		/// An amount of zero.
		ZeroAmount,
		/// The committee is empty, too large, has duplicates, or the quorum is not a majority of
		/// it (more than half, at most all).
		BadCommittee,
		/// The caller is not in the oracle committee.
		NotOracle,
		/// The epoch has not ended.
		EpochNotEnded,
		/// The epoch's root is already accepted.
		RootAlreadyAccepted,
		/// The attested total exceeds everything the oracle pools received up to the epoch.
		TotalAbovePools,
		/// No accepted root for the epoch.
		UnknownRoot,
		/// The root is still in its challenge window.
		ChallengeWindowOpen,
		/// The root's challenge window has closed.
		ChallengeWindowClosed,
		/// A challenge against the root is open.
		RootChallenged,
		/// The node's rewards for the epoch are withheld after a proven challenge.
		Withheld,
		/// The proof is deeper than any reward tree can be. No longer returned by `claim`, whose
		/// proof is bounded (M-5); kept so that the errors after it keep their indices.
		ProofTooDeep,
		/// The proof does not show the node's cumulative reward under the root.
		InvalidProof,
		/// Nothing beyond what was already claimed.
		NothingToClaim,
		/// The claim would pay out more than the roots attested.
		ClaimAboveAttested,
		/// No such open challenge.
		UnknownChallenge,
		/// A challenge against the node is open: it claims, leaves and withdraws nothing.
		NodeChallenged,
		/// A reward entry comes with node challenges only.
		EntryForRoot,
		/// The challenge's deadline has not passed.
		ChallengeNotExpired,
		/// An identifier counter or amount overflowed.
		Overflow,
	}
}
