//! Fee sponsorship: owners pay their devices' transaction fees, within quotas.

use frame_support::parameter_types;
use pallet_fee_sponsorship::{CallScope, Scopes};

use crate::{
	Balance, Balances, BlockNumber, Runtime, RuntimeCall, RuntimeHoldReason, DAYS, MILLI_UNIT,
};

parameter_types! {
	/// Quotas are per day, the period fleet operators budget in.
	pub const SponsorshipPeriod: BlockNumber = DAYS;
	/// A sponsorship record (about 150 bytes) and the device account's nonce it keeps alive.
	pub const SponsorshipDeposit: Balance = 10 * MILLI_UNIT;
	/// A budget opens with at least about fifty transactions' worth of fees.
	pub const MinBudget: Balance = 10 * MILLI_UNIT;
}

/// Sorts calls for the owners' scopes by the pallet that handles them.
pub struct RuntimeCallScope;

impl CallScope<RuntimeCall> for RuntimeCallScope {
	fn scope(call: &RuntimeCall) -> Scopes {
		match call {
			RuntimeCall::TelemetryAnchor(_) => Scopes::TELEMETRY,
			RuntimeCall::M2mPayments(_) => Scopes::PAYMENTS,
			RuntimeCall::DeviceRegistry(_) => Scopes::DEVICES,
			RuntimeCall::DepinRewards(_) => Scopes::REWARDS,
			_ => Scopes::OTHER,
		}
	}
}

impl pallet_fee_sponsorship::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = crate::DeviceRegistry;
	type CallScope = RuntimeCallScope;
	type Period = SponsorshipPeriod;
	type SponsorshipDeposit = SponsorshipDeposit;
	type MinBudget = MinBudget;
	type WeightInfo = crate::weights::pallet_fee_sponsorship::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = SponsorshipBenchmarks;
}

/// Devices for the sponsorship benchmarks, stored straight into the registry.
#[cfg(feature = "runtime-benchmarks")]
pub struct SponsorshipBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_fee_sponsorship::BenchmarkHelper<crate::AccountId> for SponsorshipBenchmarks {
	fn register_device(
		owner: &crate::AccountId,
		signer: &crate::AccountId,
	) -> iot_primitives::DeviceId {
		let key = iot_primitives::device::DevicePublicKey::Sr25519(signer.clone().into());
		crate::DeviceRegistry::benchmark_insert_device(owner.clone(), key)
	}

	fn set_signer(device: iot_primitives::DeviceId, signer: &crate::AccountId) {
		let key = iot_primitives::device::DevicePublicKey::Sr25519(signer.clone().into());
		crate::DeviceRegistry::benchmark_set_key(device, key);
	}
}
