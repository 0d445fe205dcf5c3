//! The records the pallet keeps and the inputs of its calls.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::fungible, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::{
	device::DeviceSignature,
	payment::{Agreement, Channel, Dispute, Voucher, VoucherSigner},
	telemetry::{AnchorId, Sequence},
	traits::DeviceInspect,
};
use scale_info::TypeInfo;

use crate::Config;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The right the device registry grants over a device.
pub type RightOf<T> =
	<<T as Config>::Devices as DeviceInspect<<T as frame_system::Config>::AccountId>>::Right;

/// A channel as the pallet stores it.
pub type ChannelOf<T> =
	Channel<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// An agreement as the pallet stores it.
pub type AgreementOf<T> =
	Agreement<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A dispute as the pallet stores it.
pub type DisputeOf<T> =
	Dispute<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// Who signs a channel's vouchers.
pub type SignerOf<T> = VoucherSigner<<T as frame_system::Config>::AccountId>;

/// A voucher with its signature, as a settlement carries it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct SignedVoucher<Balance> {
	/// The voucher.
	pub voucher: Voucher<Balance>,
	/// The channel signer's signature over its signing payload.
	pub signature: DeviceSignature,
}

/// A signed voucher in the pallet's balance.
pub type SignedVoucherOf<T> = SignedVoucher<BalanceOf<T>>;

/// What a device may spend of its owner's funds.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct SpendingLimit<T: Config> {
	/// The owner who set it, pays the device's payments and the deposit; a limit left by a
	/// previous owner lets the device spend nothing.
	pub owner: T::AccountId,
	/// The deposit held.
	pub deposit: BalanceOf<T>,
	/// Most the device may spend per period.
	pub limit: BalanceOf<T>,
	/// The period's length in blocks.
	pub period: BlockNumberFor<T>,
	/// The block the current period started.
	pub period_start: BlockNumberFor<T>,
	/// What the device spent in the current period.
	pub spent: BalanceOf<T>,
}

/// What proves an agreement's telemetry condition.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub enum Evidence<T: Config> {
	/// The anchors of the window, in stream order, each with a device-signed summary; more than
	/// [`Config::MaxWindowAnchors`] do not decode.
	Window(BoundedVec<AnchorId, T::MaxWindowAnchors>),
	/// The sequence number of an attested reading of the condition's stream.
	Reading(Sequence),
	/// The verdict of the condition's provenance leg, read on chain.
	Leg,
}

/// Why an escrowed payment went to its provider.
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
pub enum Release {
	/// The consumer confirmed.
	Confirmed,
	/// Telemetry proved the condition.
	Proven,
}
