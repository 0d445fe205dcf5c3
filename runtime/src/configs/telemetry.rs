//! Telemetry anchors: fees, deposits, limits and retention.

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU64},
};
use pallet_device_registry::Rights;

use crate::{
	Balance, Balances, DeviceRegistry, Runtime, RuntimeHoldReason, DAYS, MICRO_UNIT, MILLI_UNIT,
};

parameter_types! {
	pub const TelemetryRight: Rights = Rights::TELEMETRY;
	/// A stream is a long-lived record: a hundredth of a token, returned when it is reaped.
	pub const StreamDeposit: Balance = 10 * MILLI_UNIT;
	/// Anchors live for the retention period only, so they pay rent once, by size: a typical
	/// one-stream anchor (about 200 bytes) costs 0.0003 IOT on top of its transaction fee.
	pub const AnchorFeeBase: Balance = 100 * MICRO_UNIT;
	pub const AnchorFeePerByte: Balance = MICRO_UNIT;
	pub const AttestationFee: Balance = 100 * MICRO_UNIT;
	/// Thirty days: long enough for any audit or payment window that acts on an anchor; the
	/// off-chain locator and the gateways' spools keep the data beyond.
	pub const Retention: crate::BlockNumber = 30 * DAYS;
	pub const AttestationPeriod: crate::BlockNumber = 7 * DAYS;
}

impl pallet_telemetry_anchor::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = DeviceRegistry;
	type TelemetryRight = TelemetryRight;
	// A device whose telemetry is anchored is live for the DePIN rewards.
	type OnAnchored = crate::DepinRewards;
	// The DePIN reward pool takes its share of these fees; the rest is burnt.
	type FeeDestination = pallet_depin_rewards::FeeCollector<Runtime>;
	type StreamDeposit = StreamDeposit;
	type AnchorFeeBase = AnchorFeeBase;
	type AnchorFeePerByte = AnchorFeePerByte;
	type AttestationFee = AttestationFee;
	type MaxStreamsPerDevice = ConstU32<16>;
	type MaxStreamNameLen = ConstU32<32>;
	type MaxRangesPerAnchor = ConstU32<64>;
	type MaxLocatorLen = ConstU32<128>;
	// Batches of up to 2^32 - 1 readings.
	type MaxProofDepth = ConstU32<32>;
	type Retention = Retention;
	type AttestationPeriod = AttestationPeriod;
	type Time = crate::Timestamp;
	// Devices' clocks drift: ten minutes into the future, and no more.
	type MaxFutureSkew = ConstU64<600_000>;
	// As many sequence numbers as the largest batch holds: one anchor cannot push a stream
	// towards the end of the sequence space (M-1).
	type MaxAnchorSpan = ConstU64<{ 1 << 32 }>;
	type WeightInfo = crate::weights::pallet_telemetry_anchor::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RegistryBenchmarks;
}

/// Devices for the telemetry benchmarks, stored straight into the registry.
#[cfg(feature = "runtime-benchmarks")]
pub struct RegistryBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_telemetry_anchor::BenchmarkHelper<crate::AccountId> for RegistryBenchmarks {
	fn register_device(
		owner: &crate::AccountId,
		key: iot_primitives::device::DevicePublicKey,
	) -> iot_primitives::DeviceId {
		DeviceRegistry::benchmark_insert_device(owner.clone(), key)
	}

	fn grant_telemetry(owner: &crate::AccountId, operator: &crate::AccountId) {
		DeviceRegistry::benchmark_insert_fleet_grant(
			owner.clone(),
			operator.clone(),
			Rights::TELEMETRY,
		)
	}
}
