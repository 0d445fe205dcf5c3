//! The SCALE types the pallet stores, and the reasons a sponsored transaction is refused.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::DeviceId;
use scale_info::TypeInfo;
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};

use crate::{BalanceOf, Config};

/// Kinds of calls an owner may sponsor, as a bit set.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	Default,
)]
pub struct Scopes(pub u8);

impl Scopes {
	/// Telemetry: anchors, attestations, streams.
	pub const TELEMETRY: Scopes = Scopes(0b0_0001);
	/// Machine-to-machine payments.
	pub const PAYMENTS: Scopes = Scopes(0b0_0010);
	/// The device registry.
	pub const DEVICES: Scopes = Scopes(0b0_0100);
	/// DePIN rewards.
	pub const REWARDS: Scopes = Scopes(0b0_1000);
	/// Any other call (transfers, remarks, batches).
	pub const OTHER: Scopes = Scopes(0b1_0000);
	/// Every call.
	pub const ALL: Scopes = Scopes(0b1_1111);

	/// Whether every scope of `other` is in `self`.
	pub fn contains(self, other: Scopes) -> bool {
		other.0 != 0 && self.0 & other.0 == other.0
	}

	/// Whether the set names only known scopes and at least one.
	pub fn is_valid(self) -> bool {
		self.0 != 0 && self.0 & !Self::ALL.0 == 0
	}
}

/// Which scope a call belongs to; implemented by the runtime over its `RuntimeCall`.
pub trait CallScope<Call> {
	/// The one scope `call` belongs to.
	fn scope(call: &Call) -> Scopes;
}

/// What an owner lets one device spend on fees per period.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Quota<Balance> {
	/// The most fees (tips included) per period.
	pub fees: Balance,
	/// The most transactions per period.
	pub transactions: u32,
	/// The calls sponsored.
	pub scopes: Scopes,
}

/// An owner's sponsorship budget; `amount` is held from the owner.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Budget<Balance> {
	/// What is left to pay fees with.
	pub amount: Balance,
	/// `BudgetLow` is emitted when `amount` falls below this.
	pub alert_below: Balance,
	/// Whether `BudgetLow` was emitted since the budget last rose to `alert_below` or above.
	pub alerted: bool,
}

/// One sponsored device, stored under the account its key signs transactions as.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(T))]
pub struct Sponsorship<T: Config> {
	/// The registry's device.
	pub device: DeviceId,
	/// Who pays: the device's owner when the sponsorship was set.
	pub owner: T::AccountId,
	/// What the device may spend.
	pub quota: Quota<BalanceOf<T>>,
	/// First block of the current period.
	pub period_start: BlockNumberFor<T>,
	/// Fees paid in the current period.
	pub fees_used: BalanceOf<T>,
	/// Transactions paid in the current period.
	pub transactions_used: u32,
	/// The deposit held from the owner for this record.
	pub deposit: BalanceOf<T>,
}

/// Why a sponsored device's transaction is refused; its code is the transaction's
/// `InvalidTransaction::Custom` code.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Refusal {
	/// The device no longer exists, its key was rotated or it changed owner: the sponsorship
	/// no longer applies.
	StaleSponsorship = 1,
	/// The device is suspended or revoked.
	DeviceInactive = 2,
	/// The owner does not sponsor this kind of call.
	CallNotSponsored = 3,
	/// The device used all its transactions for this period.
	TransactionQuotaReached = 4,
	/// The fee would take the device over its fee quota for this period.
	FeeQuotaReached = 5,
	/// The owner's budget cannot pay the fee.
	BudgetExhausted = 6,
	/// A sponsored device signed an immortal transaction: its transactions must carry an era.
	ImmortalTransaction = 7,
}

impl From<Refusal> for TransactionValidityError {
	fn from(refusal: Refusal) -> Self {
		InvalidTransaction::Custom(refusal as u8).into()
	}
}
