//! The device registry: deposits and limits.

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU8},
};
use frame_system::EnsureRoot;

use crate::{
	AccountId, Balance, Balances, DataAccess, DepinRewards, FeeSponsorship, M2mPayments, Runtime,
	RuntimeHoldReason, TelemetryAnchor, MICRO_UNIT, MILLI_UNIT,
};

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
	// Per-device grants are for the few parties that touch one device (a maintainer, an
	// installer); fleet grants cover whole fleets and are not bounded by this.
	type MaxOperatorsPerDevice = ConstU32<16>;
	// A device that changes hands or leaves ends its former owner's spending limit on it and
	// sponsorship of it; its new owner takes over its stream deposits (a removed device's
	// streams are reaped); its reward node leaves its former owner, whose stake stays
	// slashable while it unbonds; its readers lose access (subscriptions refunded the unserved
	// part) and its offers are withdrawn.
	type Lifecycle = (M2mPayments, FeeSponsorship, TelemetryAnchor, DepinRewards, DataAccess);
	type WeightInfo = crate::weights::pallet_device_registry::WeightInfo<Runtime>;
}

#[cfg(test)]
mod tests {
	use frame_support::{weights::Weight, BoundedVec};
	use iot_primitives::device::{DevicePublicKey, DeviceSignature};
	use pallet_device_registry::{Registration, WeightInfo as _};
	use sp_core::H256;

	use crate::{weights::pallet_device_registry::WeightInfo, DeviceRegistry, Runtime};

	fn batch(p256: usize, others: usize) -> Vec<Registration<Runtime>> {
		let device = |key, proof| Registration::<Runtime> {
			key,
			proof,
			nonce: 0,
			class: BoundedVec::new(),
			firmware: H256::zero(),
			metadata: BoundedVec::new(),
			location: None,
			certificate: None,
		};
		let p256 = (0..p256)
			.map(|_| device(DevicePublicKey::P256([2; 33]), DeviceSignature::P256([0; 64])));
		let host = (0..others)
			.map(|_| device(DevicePublicKey::Sr25519([1; 32]), DeviceSignature::Sr25519([0; 64])));
		p256.chain(host).collect()
	}

	#[test]
	fn each_p256_device_adds_its_verification_to_a_batch() {
		let verify = WeightInfo::<Runtime>::verify_p256_possession();
		let host = DeviceRegistry::register_devices_weight(&batch(0, 100));
		assert_eq!(host, WeightInfo::<Runtime>::register_devices(100));
		assert_eq!(DeviceRegistry::register_devices_weight(&batch(1, 99)), host + verify);
		assert_eq!(DeviceRegistry::register_devices_weight(&batch(100, 0)), host + verify * 100);
	}

	#[test]
	fn a_block_takes_several_batches_of_host_verified_devices() {
		let normal = <Runtime as frame_system::Config>::BlockWeights::get()
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_total
			.unwrap_or(Weight::MAX);
		let batch = DeviceRegistry::register_devices_weight(&batch(0, 100));
		assert!(normal.ref_time() / batch.ref_time() >= 10, "{batch:?} of {normal:?}");
	}
}
