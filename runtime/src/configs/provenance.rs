//! Product provenance: deposits, limits and the recall authority.

use frame_support::{parameter_types, traits::ConstU32, PalletId};
use frame_system::EnsureRootWithSuccess;
use sp_runtime::traits::AccountIdConversion;

use crate::{
	AccountId, Balance, Balances, DeviceRegistry, Runtime, RuntimeHoldReason, TelemetryAnchor,
	DAYS, MICRO_UNIT, MILLI_UNIT,
};

parameter_types! {
	/// Items and events are kept for good: a thousandth of a token per record and ten
	/// micro-tokens per byte (a keyed unit costs about 0.003 IOT, a commissioning event of 100
	/// cases about 0.08 IOT more for its history entries).
	pub const ProvenanceDepositBase: Balance = MILLI_UNIT;
	pub const ProvenanceDepositPerByte: Balance = 10 * MICRO_UNIT;
	pub const HandoffDeposit: Balance = 10 * MILLI_UNIT;
	/// A week to prove a leg after delivery: the retention of anchors is thirty days.
	pub const ProofPeriod: crate::BlockNumber = 7 * DAYS;
	/// The account a recall by governance (sudo for now) is recorded under.
	pub RecallAuthority: AccountId = PalletId(*b"iot/recl").into_account_truncating();
}

impl pallet_provenance::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Devices = DeviceRegistry;
	type Telemetry = TelemetryAnchor;
	type Time = crate::Timestamp;
	type OffchainSignature = crate::Signature;
	type OffchainPublic = <crate::Signature as sp_runtime::traits::Verify>::Signer;
	type RecallOrigin = EnsureRootWithSuccess<AccountId, RecallAuthority>;
	type DepositBase = ProvenanceDepositBase;
	type DepositPerByte = ProvenanceDepositPerByte;
	type HandoffDeposit = HandoffDeposit;
	// A packer turns a lot into a hundred cases in one call.
	type MaxItemsPerEvent = ConstU32<128>;
	type MaxInputs = ConstU32<16>;
	// GS1 element strings: `01` GTIN-14 `21` serial (up to 20) is 38 bytes.
	type MaxKeyLength = ConstU32<64>;
	// A returnable pallet or reefer container lives for years of trips.
	type MaxEventsPerItem = ConstU32<4_096>;
	type MaxChildren = ConstU32<10_000>;
	// A unit in a case on a pallet in a shipping container on a vessel.
	type MaxDepth = ConstU32<4>;
	type MaxLineage = ConstU32<64>;
	// As many anchors as prove an escrow's window.
	type MaxWindowAnchors = ConstU32<48>;
	type ProofPeriod = ProofPeriod;
	type WeightInfo = crate::weights::pallet_provenance::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ProvenanceBenchmarks;
}

/// Trackers, tags and telemetry for the provenance benchmarks, stored straight into their
/// pallets.
#[cfg(feature = "runtime-benchmarks")]
pub struct ProvenanceBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl ProvenanceBenchmarks {
	/// The benchmarks' account key, in the benchmark's keystore (a raw seed: a derivation path
	/// would run the dev phrase's key stretching).
	fn key() -> sp_core::sr25519::Public {
		use sp_runtime::app_crypto::RuntimePublic;
		let seed = alloc::format!("0x{:064x}", 0x5eed_u64);
		RuntimePublic::generate_pair(KEY_TYPE, Some(seed.into_bytes()))
	}
}

#[cfg(feature = "runtime-benchmarks")]
const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"prov");

#[cfg(feature = "runtime-benchmarks")]
impl pallet_provenance::BenchmarkHelper<AccountId, crate::Signature> for ProvenanceBenchmarks {
	fn register_device(owner: &AccountId) -> iot_primitives::DeviceId {
		// A key of its own for each device: the registry indexes devices by key.
		let next = pallet_device_registry::NextDeviceId::<Runtime>::get();
		let mut key = [0xb7; 32];
		key[..8].copy_from_slice(&next.to_le_bytes());
		let id = DeviceRegistry::benchmark_insert_device(
			owner.clone(),
			iot_primitives::device::DevicePublicKey::Ed25519(key),
		);
		DeviceRegistry::benchmark_certify(id, AccountId::new([7; 32]));
		id
	}

	fn anchor(
		ranges: alloc::vec::Vec<iot_primitives::telemetry::AnchoredRange>,
	) -> alloc::vec::Vec<iot_primitives::telemetry::AnchorId> {
		<super::payments::PaymentsBenchmarks as pallet_m2m_payments::BenchmarkHelper<AccountId>>::anchor(
			ranges,
		)
	}

	fn signer() -> AccountId {
		use sp_runtime::traits::IdentifyAccount;
		sp_runtime::MultiSigner::from(Self::key()).into_account()
	}

	fn sign(message: &[u8]) -> crate::Signature {
		use sp_runtime::app_crypto::RuntimePublic;
		let signature = Self::key().sign(KEY_TYPE, &message).unwrap_or_else(|| {
			// Cannot happen: the key was generated in this keystore.
			sp_core::sr25519::Signature::from_raw([0; 64])
		});
		sp_runtime::MultiSignature::Sr25519(signature)
	}
}
