//! The native token: balances, holds and transaction fees.

use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU8, VariantCountOf},
	weights::IdentityFee,
};
use pallet_fee_sponsorship::SponsoredFees;
use pallet_transaction_payment::{Multiplier, TargetedFeeAdjustment};
use sp_runtime::{traits::Bounded, FixedPointNumber, Perquintill};

use crate::{
	Balance, Runtime, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, System,
	EXISTENTIAL_DEPOSIT,
};

parameter_types! {
	/// A byte of block space costs what the same share of a block's compute costs (M-5 of the
	/// 2026-11 review), so that filling blocks by length is no cheaper than filling them by
	/// weight. At the floor multiplier, a `Normal` block full by weight pays
	/// `0.75 * 2 s = 1.5e12` weight units at 1 planck each (`IdentityFee`), i.e. 1.5 IOT, and
	/// holds `0.75 * 5 MiB = 3,932,160` bytes: 1.5e12 / 3,932,160 = 381,470 planck per byte,
	/// rounded up to 0.4 µIOT. A block full by length then pays 1.57 IOT (it was 1e-9 IOT per
	/// byte: 0.0039 IOT a block). `fee_tests` checks the inequality against the real limits.
	pub const TransactionByteFee: Balance = 400_000;
	/// Below a quarter of the `Normal` capacity fees fall, above it they rise, as on Polkadot.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	/// Polkadot's relay chain value, also at 6 s blocks: full blocks raise fees by 0.0056 % a
	/// block, about 2.2 times a day, so bursts of device traffic barely move the fees owners
	/// budget for (sponsorship quotas) while a sustained flood pays more every hour.
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// Fees never fall below today's (documented, budgeted for by sponsors): an idle chain does
	/// not make the next flood cheaper, and the byte fee above stays matched to weight.
	pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_integer(1);
	/// No ceiling, as on Polkadot: a ceiling would cap what an attacker pays for a long flood.
	pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

/// Fees follow demand: the multiplier of the weight fee moves towards keeping `Normal` blocks
/// at [`TargetBlockFullness`] (length fees are not multiplied; they are priced above).
pub type SlowAdjustingFeeUpdate<R> = TargetedFeeAdjustment<
	R,
	TargetBlockFullness,
	AdjustmentVariable,
	MinimumMultiplier,
	MaximumMultiplier,
>;

// Every item spelled out (the review's Info note: no test defaults in the runtime).
impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// Sponsored devices' fees come from their owners' budgets. The DePIN reward pool takes its
	// share of all fees; the rest is burnt.
	type OnChargeTransaction = SponsoredFees<Runtime, pallet_depin_rewards::FeeCollector<Runtime>>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = frame_support::weights::ConstantMultiplier<Balance, TransactionByteFee>;
	// `NextFeeMultiplier` starts at 1 (its default, and what the constant multiplier stored), so
	// no migration is needed.
	type FeeMultiplierUpdate = SlowAdjustingFeeUpdate<Self>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}
