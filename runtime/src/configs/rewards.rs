//! DePIN rewards: epochs, emission, shares, deposits and windows.

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU8},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::Perbill;

use crate::{
	AccountId, Balance, Balances, Runtime, RuntimeHoldReason, DAYS, HOURS, MILLI_UNIT, MINUTES,
	UNIT,
};

parameter_types! {
	pub const RewardsPalletId: PalletId = PalletId(*b"iot/depn");
	/// Hourly epochs: liveness is judged per hour of anchored telemetry.
	pub const EpochLength: crate::BlockNumber = HOURS;
	/// 1,000 IOT an hour at first, 0.01 % less each hour (about 58 % less after a year).
	pub const InitialEmission: Balance = 1_000 * UNIT;
	pub const EmissionDecay: Perbill = Perbill::from_parts(100_000);
	/// At most 100 million IOT are ever minted for rewards.
	pub const MaxSupply: Balance = 100_000_000 * UNIT;
	/// The circuit breaker: never more than 2,000 IOT in one epoch, whatever the schedule.
	pub const MaxMintPerEpoch: Balance = 2_000 * UNIT;
	pub const LivenessShare: Perbill = Perbill::from_percent(30);
	/// Half of the transaction and telemetry fees join the reward pool; the rest is burnt.
	pub const FeeShare: Perbill = Perbill::from_percent(50);
	pub const NodeDeposit: Balance = 100 * MILLI_UNIT;
	// Liveness is shared by stake, so this floor only keeps dust stakes out; what capturing the
	// pool costs is in docs/security-model.md.
	pub const MinNodeStake: Balance = 10 * UNIT;
	pub const ChallengeBond: Balance = 10 * UNIT;
	pub const UnbondingPeriod: crate::BlockNumber = 7 * DAYS;
	/// Ten minutes to challenge a root before it pays out.
	pub const ChallengeWindow: crate::BlockNumber = 10 * MINUTES;
	// Governance decides a challenge within three days, or it lapses (the root stands).
	pub const ChallengeDeadline: crate::BlockNumber = 3 * DAYS;
	pub const SlashFraction: Perbill = Perbill::from_percent(10);
	pub const ChallengerShare: Perbill = Perbill::from_percent(50);
}

impl pallet_depin_rewards::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = crate::DeviceRegistry;
	// The oracle committee and challenges are decided by governance (sudo for now).
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type PalletId = RewardsPalletId;
	type EpochLength = EpochLength;
	type InitialEmission = InitialEmission;
	type EmissionDecay = EmissionDecay;
	type MaxSupply = MaxSupply;
	type MaxMintPerEpoch = MaxMintPerEpoch;
	type LivenessShare = LivenessShare;
	type FeeShare = FeeShare;
	type NodeDeposit = NodeDeposit;
	type MinNodeStake = MinNodeStake;
	// About 250 km² cells: a label of the area a node covers (rewards no longer depend on it).
	type CellResolution = ConstU8<5>;
	type ChallengeBond = ChallengeBond;
	type UnbondingPeriod = UnbondingPeriod;
	type ChallengeWindow = ChallengeWindow;
	type ChallengeDeadline = ChallengeDeadline;
	type SlashFraction = SlashFraction;
	type ChallengerShare = ChallengerShare;
	type MaxOracles = ConstU32<16>;
	// Trees of up to 2^32 nodes.
	type MaxProofDepth = ConstU32<32>;
	type WeightInfo = crate::weights::pallet_depin_rewards::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RewardsBenchmarks;
}

/// Devices for the reward benchmarks, stored straight into the registry.
#[cfg(feature = "runtime-benchmarks")]
pub struct RewardsBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_depin_rewards::BenchmarkHelper<AccountId> for RewardsBenchmarks {
	fn register_device(owner: &AccountId, seed: u32) -> iot_primitives::DeviceId {
		let key = iot_primitives::device::P256TestSigner::from_seed(seed).public();
		let device = crate::DeviceRegistry::benchmark_insert_device(owner.clone(), key);
		// Certified, so that the benchmarks read what a chain requiring certificates reads.
		crate::DeviceRegistry::benchmark_certify(device, owner.clone());
		device
	}
}
