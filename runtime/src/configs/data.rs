//! Data access: deposits and bounds.

use frame_support::{parameter_types, traits::ConstU32};
use pallet_device_registry::Rights;

#[cfg(feature = "runtime-benchmarks")]
use crate::AccountId;
use crate::{Balance, Balances, M2mPayments, Runtime, RuntimeHoldReason, MILLI_UNIT};

parameter_types! {
	pub const DataRight: Rights = Rights::DATA;
	/// A key is 32 bytes in one record: the smallest deposit the chain asks, a hundredth of a
	/// token, as for a spending limit.
	pub const KeyDeposit: Balance = 10 * MILLI_UNIT;
	/// A grant writes three records (the grant, the reader's index, the stream's count): a
	/// hundredth of a token, returned when it ends.
	pub const GrantDeposit: Balance = 10 * MILLI_UNIT;
	pub const OfferDeposit: Balance = 10 * MILLI_UNIT;
}

impl pallet_data_access::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = crate::DeviceRegistry;
	type DataRight = DataRight;
	// Subscriptions are paid from a device's spending limit or a channel voucher as well.
	type Payments = M2mPayments;
	type KeyDeposit = KeyDeposit;
	type GrantDeposit = GrantDeposit;
	type OfferDeposit = OfferDeposit;
	// A device's transfer (and deregistration and revocation) ends every grant and offer,
	// charged at this bound whether or not the device has any: each subscription ended weighs
	// about 357 µs with its storage (133 µs of execution, 3 reads, 4 writes), each offer 87 µs,
	// so 16 readers and 4 offers add about 6 ms to those calls. 16 readers serve a building's
	// sensors read by its tenants; wider audiences buy from a reseller that re-publishes (a
	// gateway holding one grant). Ending grants lazily, per owner generation, would lift the
	// bound (not done yet).
	type MaxGrantsPerDevice = ConstU32<16>;
	type MaxOffersPerDevice = ConstU32<4>;
	// A year of monthly periods, a day of hourly ones.
	type MaxPeriods = ConstU32<24>;
	type WeightInfo = crate::weights::pallet_data_access::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = DataBenchmarks;
}

/// Devices for the data-access benchmarks, stored straight into the registry.
#[cfg(feature = "runtime-benchmarks")]
pub struct DataBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_data_access::BenchmarkHelper<AccountId> for DataBenchmarks {
	fn register_device(owner: &AccountId) -> iot_primitives::DeviceId {
		// A key of its own for each device: the registry indexes devices by key.
		let next = pallet_device_registry::NextDeviceId::<Runtime>::get();
		let mut key = [0xda; 32];
		key[..8].copy_from_slice(&next.to_le_bytes());
		crate::DeviceRegistry::benchmark_insert_device(
			owner.clone(),
			iot_primitives::device::DevicePublicKey::Ed25519(key),
		)
	}
}
