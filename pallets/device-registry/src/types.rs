//! The records the registry keeps.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use iot_primitives::device::{DevicePublicKey, DeviceSignature};
use scale_info::TypeInfo;
use sp_core::H256;

use crate::{BalanceOf, Config};

pub use iot_primitives::DeviceId;

/// An H3 cell index (64-bit), the device's coarse location.
pub use iot_primitives::geo::H3Cell;

/// Where a device is in its life.
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
pub enum DeviceStatus {
	/// In service.
	Active,
	/// Paused by its owner; may be resumed.
	Suspended,
	/// Out of service for good (by its owner or its manufacturer); may only be deregistered.
	Revoked,
}

/// A device's passport.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound(T: Config))]
pub struct Device<T: Config> {
	/// Who owns the device.
	pub owner: T::AccountId,
	/// The device's current key.
	pub key: DevicePublicKey,
	/// Lifecycle state.
	pub status: DeviceStatus,
	/// Device class or model, e.g. `acme/th-200`.
	pub class: BoundedVec<u8, T::MaxClassLen>,
	/// Hash of the firmware the device runs.
	pub firmware: H256,
	/// A URI or CID of off-chain metadata.
	pub metadata: BoundedVec<u8, T::MaxMetadataLen>,
	/// Coarse location as an H3 cell, at a resolution the owner chose.
	pub location: Option<H3Cell>,
	/// The deposit held from the owner for this record.
	pub deposit: BalanceOf<T>,
	/// The manufacturer that certified the device, if any.
	pub certified_by: Option<T::AccountId>,
	/// How many times the key was rotated (part of the rotation payload, so that no rotation
	/// approval can be replayed).
	pub rotations: u32,
	/// When the device was registered.
	pub registered_at: BlockNumberFor<T>,
}

/// Proof that a manufacturer provisioned a device key: the key is a leaf of a published root.
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
#[codec(mel_bound(T: Config))]
pub struct Certificate<T: Config> {
	/// The manufacturer.
	pub maker: T::AccountId,
	/// One of the manufacturer's published provisioning roots.
	pub root: H256,
	/// Position of the device key among the root's leaves.
	pub leaf_index: u32,
	/// Sibling hashes from the leaf up to the root.
	pub proof: BoundedVec<H256, T::MaxProofDepth>,
}

/// Everything needed to register one device.
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
#[codec(mel_bound(T: Config))]
pub struct Registration<T: Config> {
	/// The device's public key.
	pub key: DevicePublicKey,
	/// The device's signature over the proof-of-possession payload for the caller.
	pub proof: DeviceSignature,
	/// The nonce in that payload.
	pub nonce: u64,
	/// Device class or model.
	pub class: BoundedVec<u8, T::MaxClassLen>,
	/// Firmware hash.
	pub firmware: H256,
	/// Metadata URI or CID.
	pub metadata: BoundedVec<u8, T::MaxMetadataLen>,
	/// Optional coarse location.
	pub location: Option<H3Cell>,
	/// Optional manufacturer certificate.
	pub certificate: Option<Certificate<T>>,
}

/// Rights an operator can hold, as bit flags.
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
pub struct Rights(pub u8);

impl Rights {
	/// Submit and anchor telemetry for the device.
	pub const TELEMETRY: Rights = Rights(0b001);
	/// Manage the device: suspend, resume, update metadata and firmware.
	pub const MANAGE: Rights = Rights(0b010);
	/// Spend from the device's allowance.
	pub const SPEND: Rights = Rights(0b100);
	/// Decide who reads the device's data: grant and revoke access, offer it for sale.
	pub const DATA: Rights = Rights(0b1000);
	/// Every defined right.
	pub const ALL: Rights = Rights(0b1111);
	/// What a device may do by itself, signing with its own key as an account: report telemetry
	/// and spend its allowance, never manage itself.
	pub const DEVICE_OWN: Rights = Rights(0b101);

	/// Whether every right in `other` is in `self`.
	pub fn contains(self, other: Rights) -> bool {
		self.0 & other.0 == other.0
	}

	/// Whether the flags name at least one right and no undefined one.
	pub fn is_valid(self) -> bool {
		self.0 != 0 && self.0 & !Self::ALL.0 == 0
	}
}

/// What an operator grant covers.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum Scope<AccountId> {
	/// One device.
	Device(DeviceId),
	/// Every device of this owner, present and future.
	Fleet(AccountId),
}

/// A grant of rights to an operator.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound(T: Config))]
pub struct Grant<T: Config> {
	/// The rights granted.
	pub rights: Rights,
	/// The last block at which the grant holds; `None` for no expiry.
	pub expires_at: Option<BlockNumberFor<T>>,
	/// Who granted it and pays its deposit.
	pub granted_by: T::AccountId,
	/// The deposit held for the grant.
	pub deposit: BalanceOf<T>,
}

/// A manufacturer registered by governance.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound(T: Config))]
pub struct Manufacturer<T: Config> {
	/// Display name.
	pub name: BoundedVec<u8, T::MaxClassLen>,
	/// How many provisioning roots it has published (and pays deposits for).
	pub roots: u32,
}

/// A provisioning root: the Merkle root of device keys a manufacturer provisioned.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound(T: Config))]
pub struct ProvisioningRoot<T: Config> {
	/// Number of device keys under the root.
	pub count: u32,
	/// The deposit held from the manufacturer.
	pub deposit: BalanceOf<T>,
}

/// Why one entry of a batch registration was refused.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	Debug,
	frame_support::PalletError,
)]
pub enum RegistrationError {
	/// The proof of possession does not verify.
	BadPossessionProof,
	/// The key is already registered.
	DuplicateKey,
	/// The location is not a valid H3 cell or is finer than allowed.
	BadLocation,
	/// The manufacturer certificate does not verify.
	BadCertificate,
	/// The owner cannot pay the deposit.
	InsufficientBalance,
	/// Another refusal; the single-device call names it.
	Other,
	/// The key belonged to a device before (rotated away or deregistered).
	KeyRetired,
	/// The key is of small order, the identity, or no valid point.
	WeakKey,
}

/// One operator of a device, as read by clients.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct OperatorInfo<AccountId, BlockNumber> {
	/// The operator.
	pub operator: AccountId,
	/// Whether the grant is for this device alone or for the owner's fleet.
	pub fleet_wide: bool,
	/// The rights.
	pub rights: Rights,
	/// The last block at which it holds.
	pub expires_at: Option<BlockNumber>,
}

/// Checks that `cell` is an H3 cell index (mode 1) at a resolution no finer than `max_res`.
pub fn valid_h3_cell(cell: H3Cell, max_res: u8) -> bool {
	iot_primitives::geo::h3_resolution(cell).is_some_and(|res| res <= max_res)
}
