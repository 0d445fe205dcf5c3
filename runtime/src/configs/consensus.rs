//! Block production (Aura), finality (GRANDPA) and the timestamp they share.

use frame_support::{parameter_types, traits::ConstU32};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::ConstBool;

use crate::{Runtime, RuntimeEvent, SLOT_DURATION};

/// The largest validator set the chain supports.
const MAX_AUTHORITIES: u32 = 32;

parameter_types! {
	pub const SlotDuration: u64 = SLOT_DURATION;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	// Aura requires consecutive blocks to be at least one slot apart; half a slot here lets the
	// timestamp check pass while Aura enforces the slot rule itself.
	type MinimumPeriod = frame_support::traits::ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = SlotDuration;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = frame_support::traits::ConstU64<0>;
	// No session pallet: equivocation reports are not accepted (there is nothing to slash).
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

use crate::Aura;
