//! # IoT chain runtime
//!
//! The runtime of the IoT chain: a standard FRAME base (accounts, balances, fees, Aura block
//! production and GRANDPA finality, sudo and call batching) that the chain's own pallets
//! (device registry, telemetry anchors, machine payments and DePIN rewards) build on.
//!
//! Pallet indices in [`Runtime`] are stable: they are part of every encoded call and event, so a
//! pallet keeps its index for the life of the chain and new pallets take new ones.

#![cfg_attr(not(feature = "std"), no_std)]

// The wasm blob and its compressed form, produced by `build.rs`.
#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

// Before `apis`: it defines the `list_benchmarks!`/`add_benchmarks!` macros that `apis` uses.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
#[cfg(test)]
mod fee_table;
#[cfg(test)]
mod fee_tests;
pub mod genesis_config_presets;
#[cfg(test)]
mod tests;
pub mod weights;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

pub use iot_primitives::{
	currency::{
		Balance, EXISTENTIAL_DEPOSIT, MICRO_UNIT, MILLI_UNIT, TOKEN_DECIMALS, TOKEN_SYMBOL, UNIT,
	},
	BlockNumber, Nonce, SS58_PREFIX,
};

/// A signature on the chain: sr25519, ed25519 or ecdsa (secp256k1), as wallets produce them.
pub type Signature = MultiSignature;

/// An account on the chain: the 32-byte public key (or its hash, for ecdsa) of the signer.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;

/// Opaque types: what the node needs to know about blocks without knowing the runtime's calls.
pub mod opaque {
	use super::*;
	use sp_runtime::{generic, traits::Hash as HashT};

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;

	impl_opaque_keys! {
		/// The keys a validator holds: one for Aura block production, one for GRANDPA votes.
		pub struct SessionKeys {
			pub aura: super::Aura,
			pub grandpa: super::Grandpa,
		}
	}
}

/// The runtime's version. Bump `spec_version` with every runtime change that reaches a live chain
/// and `transaction_version` whenever call indices or their arguments change.
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("iot-chain"),
	impl_name: alloc::borrow::Cow::Borrowed("iot-chain"),
	authoring_version: 1,
	spec_version: 109,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// The target block time on networks that produce blocks with Aura.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;

/// Aura's slot duration: one block per slot.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// Blocks per minute, hour and day at the target block time (for periods in the pallets).
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// The address format: an account id or an index, as wallets encode it.
pub type Address = MultiAddress<AccountId, ()>;

/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The transaction extensions, in the order they are checked. All of them are the standard ones
/// that Polkadot.js and subxt know and sign by default.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	// `CheckMortality` (same identifier and encoding), refusing sponsored devices' immortal
	// transactions.
	pallet_fee_sponsorship::CheckSponsoredMortality<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
);

/// An extrinsic as it arrives from the outside (v4 signed or bare).
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload that a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Runtime migrations to run on the next upgrade: the device registry's grant counts and the
/// payment channels' recorded device keys (spec 105); the channels indexed per device,
/// liveness shared by stake and signed-only streams (spec 106); agreements' dispute records
/// (payments v3, L-8: the next spec).
type Migrations = (
	pallet_device_registry::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_m2m_payments::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_m2m_payments::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_m2m_payments::migrations::v3::MigrateV2ToV3<Runtime>,
	pallet_depin_rewards::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_depin_rewards::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_telemetry_anchor::migrations::v1::MigrateV0ToV1<Runtime>,
);

/// Dispatches calls to the pallets and runs the block's life cycle.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(7)]
	pub type Utility = pallet_utility;

	// The IoT pallets start at 10.
	#[runtime::pallet_index(10)]
	pub type DeviceRegistry = pallet_device_registry;

	#[runtime::pallet_index(11)]
	pub type TelemetryAnchor = pallet_telemetry_anchor;

	#[runtime::pallet_index(12)]
	pub type M2mPayments = pallet_m2m_payments;

	#[runtime::pallet_index(13)]
	pub type DepinRewards = pallet_depin_rewards;

	#[runtime::pallet_index(14)]
	pub type FeeSponsorship = pallet_fee_sponsorship;

	#[runtime::pallet_index(15)]
	pub type Provenance = pallet_provenance;

	#[runtime::pallet_index(16)]
	pub type DataAccess = pallet_data_access;
}
