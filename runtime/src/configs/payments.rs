//! Machine-to-machine payments: deposits, periods and limits.

use frame_support::{parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use pallet_device_registry::Rights;

use crate::{
	AccountId, Balance, Balances, Runtime, RuntimeHoldReason, TelemetryAnchor, DAYS, HOURS,
	MILLI_UNIT, UNIT,
};

parameter_types! {
	pub const SpendRight: Rights = Rights::SPEND;
	/// A channel or an agreement lives in storage until it is closed: the smallest deposit or
	/// escrow (a hundredth of a token) pays for that, like a stream's deposit.
	pub const MinChannelDeposit: Balance = 10 * MILLI_UNIT;
	pub const MinEscrow: Balance = 10 * MILLI_UNIT;
	pub const SpendingLimitDeposit: Balance = 10 * MILLI_UNIT;
	/// An hour for a payee (a charging station, a data buyer: a service that is online) to claim
	/// after the payer starts a unilateral close.
	pub const ChallengePeriod: crate::BlockNumber = HOURS;
	/// A year: the longest a channel stays open or an escrow waits, before it must be renewed.
	pub const MaxDuration: crate::BlockNumber = 365 * DAYS;
	/// A dispute costs its loser one token, paid to the other party: dear enough that a
	/// consumer does not dispute a proven delivery just to delay it, cheap beside the escrows
	/// worth an arbiter's time (a fixed bond weighs more on small escrows: see the security model).
	pub const DisputeBond: Balance = UNIT;
	/// Governance has three days to rule on a dispute, as on a rewards challenge; then the
	/// default rule settles it (recorded device-signed proof pays the provider, else refund).
	pub const DisputeTimeout: crate::BlockNumber = 3 * DAYS;
}

impl pallet_m2m_payments::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = crate::DeviceRegistry;
	type SpendRight = SpendRight;
	type Telemetry = TelemetryAnchor;
	// An escrow can pay a carrier once its provenance leg is proven met.
	type Legs = crate::Provenance;
	// Disputes are decided by governance (sudo for now).
	type ArbiterOrigin = EnsureRoot<AccountId>;
	type DisputeBond = DisputeBond;
	type DisputeTimeout = DisputeTimeout;
	type MinChannelDeposit = MinChannelDeposit;
	type MinEscrow = MinEscrow;
	type SpendingLimitDeposit = SpendingLimitDeposit;
	type ChallengePeriod = ChallengePeriod;
	type MaxDuration = MaxDuration;
	// A device pays a handful of services at a time (chargers, tolls, data); a transfer walks
	// them all, charged to `accept_transfer`, `deregister` and `revoke`.
	type MaxChannelsPerDevice = ConstU32<16>;
	// 256 vouchers settle in one call: a gateway's channels of a minute.
	type MaxSettlement = ConstU32<256>;
	// Two days of hourly batches prove one window.
	type MaxWindowAnchors = ConstU32<48>;
	type WeightInfo = crate::weights::pallet_m2m_payments::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PaymentsBenchmarks;
}

/// Devices and telemetry for the payment benchmarks, stored straight into their pallets.
#[cfg(feature = "runtime-benchmarks")]
pub struct PaymentsBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_m2m_payments::BenchmarkHelper<AccountId> for PaymentsBenchmarks {
	fn register_device(
		owner: &AccountId,
		key: iot_primitives::device::DevicePublicKey,
	) -> iot_primitives::DeviceId {
		crate::DeviceRegistry::benchmark_insert_device(owner.clone(), key)
	}

	fn grant_spend(device: iot_primitives::DeviceId, spender: &AccountId) {
		use iot_primitives::traits::DeviceInspect;
		if let Some(owner) = crate::DeviceRegistry::owner(&device) {
			crate::DeviceRegistry::benchmark_insert_fleet_grant(
				owner,
				spender.clone(),
				Rights::SPEND,
			);
		}
	}

	fn anchor(
		ranges: alloc::vec::Vec<iot_primitives::telemetry::AnchoredRange>,
	) -> alloc::vec::Vec<iot_primitives::telemetry::AnchorId> {
		use frame_support::traits::Get;
		use iot_primitives::telemetry::{AnchoredRange, StreamRange};
		let gateway = AccountId::new([0; 32]);
		let most: u32 = <Runtime as pallet_telemetry_anchor::Config>::MaxRangesPerAnchor::get();
		let others = most.saturating_sub(1) as usize;
		ranges
			.into_iter()
			.map(|range| {
				// Ranges are stored in (device, stream) order, so the others take lower streams.
				let mut anchor: alloc::vec::Vec<_> = (0..range.range.stream)
					.take(others)
					.map(|stream| AnchoredRange {
						range: StreamRange { stream, ..range.range.clone() },
						..range.clone()
					})
					.collect();
				anchor.push(range);
				TelemetryAnchor::benchmark_insert_anchor(gateway.clone(), anchor)
			})
			.collect()
	}

	fn attest(reading: iot_primitives::telemetry::Reading) {
		TelemetryAnchor::benchmark_insert_attestation(AccountId::new([0; 32]), reading)
	}
}

#[cfg(all(test, feature = "runtime-benchmarks"))]
mod tests {
	use frame_support::traits::Get;
	use iot_primitives::telemetry::{AnchoredRange, StreamRange, ValueSummary};
	use iot_primitives::traits::TelemetryProof;
	use pallet_m2m_payments::BenchmarkHelper;
	use sp_runtime::BuildStorage;

	use super::PaymentsBenchmarks;
	use crate::{Runtime, TelemetryAnchor};

	/// L-2: `release_window` is benchmarked over anchors as full as they get.
	#[test]
	fn benchmark_anchors_hold_the_most_ranges_the_condition_last() {
		let storage = crate::RuntimeGenesisConfig::default().build_storage().expect("genesis");
		sp_io::TestExternalities::new(storage).execute_with(|| {
			let range = StreamRange {
				device: 7,
				stream: u16::MAX,
				first_sequence: 0,
				last_sequence: 99,
				first_timestamp: 0,
				last_timestamp: 1_000,
				count: 100,
			};
			let summary = Some(ValueSummary { min: 0, max: 1, sum: 50 });
			let anchored = AnchoredRange { range, summary, missing_before: 0 };
			let ids = PaymentsBenchmarks::anchor(vec![anchored.clone()]);
			let anchor = pallet_telemetry_anchor::Anchors::<Runtime>::get(ids[0]).expect("stored");
			let most: u32 = <Runtime as pallet_telemetry_anchor::Config>::MaxRangesPerAnchor::get();
			assert_eq!(anchor.ranges.len() as u32, most);
			assert_eq!(anchor.ranges.last(), Some(&anchored));
			assert!(anchor.ranges.windows(2).all(|w| w[0].range.stream < w[1].range.stream));
			assert_eq!(TelemetryAnchor::anchored_range(&ids[0], 7, u16::MAX), Some(anchored));
		});
	}
}
