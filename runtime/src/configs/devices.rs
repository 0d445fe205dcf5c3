//! The device registry: deposits and limits.

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU8},
};
use frame_system::EnsureRoot;

use crate::{AccountId, Balance, Balances, Runtime, RuntimeHoldReason, MICRO_UNIT, MILLI_UNIT};

parameter_types! {
	/// Every record pays a hundredth of a token plus ten micro-tokens per byte: a typical device
	/// passport (with room for its firmware history) costs about 0.02 IOT, returned on removal.
	pub const DepositBase: Balance = 10 * MILLI_UNIT;
	pub const DepositPerByte: Balance = 10 * MICRO_UNIT;
}

impl pallet_device_registry::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// Manufacturers are admitted by governance (sudo for now).
	type ManufacturerOrigin = EnsureRoot<AccountId>;
	type DepositBase = DepositBase;
	type DepositPerByte = DepositPerByte;
	type MaxClassLen = ConstU32<64>;
	type MaxMetadataLen = ConstU32<128>;
	type MaxFirmwareHistory = ConstU32<8>;
	type MaxBatch = ConstU32<100>;
	type MaxRootsPerCall = ConstU32<16>;
	// 2^24 (16.7 million) device keys per provisioning root.
	type MaxProofDepth = ConstU32<24>;
	// Resolution 9 cells are about 0.1 km²: coarse enough that no device is pinpointed.
	type MaxH3Resolution = ConstU8<9>;
	type WeightInfo = crate::weights::pallet_device_registry::WeightInfo<Runtime>;
}
