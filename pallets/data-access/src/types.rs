//! The records the pallet keeps and the inputs of its calls.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::fungible, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	data::{Access, EncryptionKey, Offer, Subscription},
	telemetry::Sequence,
	traits::DeviceInspect,
};
use scale_info::TypeInfo;

use crate::Config;

pub use iot_primitives::data::{PaymentSource, StreamAccess};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The right the device registry grants over a device.
pub type RightOf<T> =
	<<T as Config>::Devices as DeviceInspect<<T as frame_system::Config>::AccountId>>::Right;

/// A grant as the pallet stores it.
pub type AccessOf<T> =
	Access<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A subscription as the pallet stores it.
pub type SubscriptionOf<T> =
	Subscription<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// An offer as the pallet stores it.
pub type OfferOf<T> =
	Offer<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A published encryption key and its deposit.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound(T: Config))]
pub struct KeyRecord<T: Config> {
	/// The X25519 public key.
	pub key: EncryptionKey,
	/// The deposit held for it.
	pub deposit: BalanceOf<T>,
}

/// How many grants and offers a device has.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Counts {
	/// Grants, live or expired but not yet settled.
	pub grants: u32,
	/// Offers.
	pub offers: u32,
}

/// The terms of an offer, as its call gives them.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Terms<Balance, BlockNumber> {
	/// The price of one period.
	pub price: Balance,
	/// The length of a period, in blocks.
	pub period: BlockNumber,
	/// The most periods one subscription buys.
	pub max_periods: u32,
	/// The first sequence number a subscriber may read.
	pub from: Sequence,
}

/// Why a grant ended.
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
)]
pub enum Ending {
	/// The owner (or an operator) revoked it: a subscription refunds what was not served.
	Revoked,
	/// The reader gave it up: a subscription pays the period it is in.
	Renounced,
	/// It ran out.
	Expired,
	/// The device changed hands or left the registry: as a revocation.
	DeviceLeft,
}
