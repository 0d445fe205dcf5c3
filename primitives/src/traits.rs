//! Traits through which pallets use each other, wired together in the runtime.

use sp_runtime::{DispatchError, DispatchResult, Weight};

use crate::{
	device::{DevicePublicKey, DeviceSignature},
	payment::Voucher,
	provenance::{LegId, LegVerdict},
	telemetry::{AnchoredRange, Reading, Sequence, StreamId},
	DeviceId,
};

/// What another pallet may ask of the device registry.
pub trait DeviceInspect<AccountId> {
	/// The registry's device identifier (stable across key rotations).
	type DeviceId;
	/// The rights an operator can be granted over a device.
	type Right;

	/// Whether the device exists and is active (not suspended or revoked).
	fn is_active(device: &Self::DeviceId) -> bool;

	/// The device's owner, if the device exists.
	fn owner(device: &Self::DeviceId) -> Option<AccountId>;

	/// Whether `who` may act for the device with `right`: the owner always may, an operator if it
	/// holds an unexpired grant with that right, and the device itself (the account of its key)
	/// for telemetry and spending.
	fn may_act(device: &Self::DeviceId, who: &AccountId, right: Self::Right) -> bool;

	/// Whether `signature` is the device's current key's signature over `message`.
	fn verify(device: &Self::DeviceId, message: &[u8], signature: &DeviceSignature) -> bool;

	/// The device's current key, if the device exists.
	fn key(device: &Self::DeviceId) -> Option<DevicePublicKey>;

	/// Whether a manufacturer that is still registered certified the device (its key was in
	/// one of the maker's provisioning roots) and has not revoked the certification.
	fn is_certified(device: &Self::DeviceId) -> bool;
}

/// What the device registry tells other pallets when a device leaves its owner, so that nothing
/// the old owner set up (spending limits, sponsorships, streams, reward nodes) keeps acting on
/// the old owner's funds or in the old owner's name. Each call does a bounded amount of work.
pub trait DeviceLifecycle<AccountId> {
	/// `device` changed owner from `from` to `to`. An error (the new owner cannot take over a
	/// deposit, say) refuses the transfer.
	fn on_transferred(device: DeviceId, from: &AccountId, to: &AccountId) -> DispatchResult;

	/// `device`, owned by `owner`, was deregistered.
	fn on_removed(device: DeviceId, owner: &AccountId);

	/// `device`, owned by `owner`, was revoked for good (stolen or compromised): what its key
	/// can still do in the owner's name should end. Pallets that keep nothing signed by the
	/// device need not act (a revoked device is inactive everywhere).
	fn on_revoked(_device: DeviceId, _owner: &AccountId) {}

	/// The most weight any of the calls takes.
	fn weight() -> Weight;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId> DeviceLifecycle<AccountId> for Tuple {
	fn on_transferred(device: DeviceId, from: &AccountId, to: &AccountId) -> DispatchResult {
		for_tuples!( #( Tuple::on_transferred(device, from, to)?; )* );
		Ok(())
	}

	fn on_removed(device: DeviceId, owner: &AccountId) {
		for_tuples!( #( Tuple::on_removed(device, owner); )* );
	}

	fn on_revoked(device: DeviceId, owner: &AccountId) {
		for_tuples!( #( Tuple::on_revoked(device, owner); )* );
	}

	fn weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::weight()); )* );
		weight
	}
}

/// The device registry's answer about an account that signs a transaction.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DeviceSigner<AccountId> {
	/// The account the device's current key signs transactions as.
	pub account: AccountId,
	/// The device's owner.
	pub owner: AccountId,
	/// Whether the device is active (not suspended or revoked).
	pub active: bool,
}

/// Devices as transaction signers: which account a device's key signs as.
pub trait DeviceSigners<AccountId> {
	/// The device's signing account, owner and status; `None` if the device does not exist or
	/// its key kind has no account (P-256).
	fn signer(device: DeviceId) -> Option<DeviceSigner<AccountId>>;
}

/// What another pallet may ask of the telemetry anchors: facts proven by anchored batches.
pub trait TelemetryProof {
	/// The anchor's identifier.
	type AnchorId;

	/// What the retained anchor `anchor` committed for `device`'s `stream`: the range, the
	/// device-signed summary of its values (if the device signed the batch) and how many
	/// readings were missing between the stream's previous anchor and this one.
	fn anchored_range(
		anchor: &Self::AnchorId,
		device: DeviceId,
		stream: StreamId,
	) -> Option<AnchoredRange>;

	/// A reading attested on chain (its proof checked against an anchor) and not yet expired.
	fn attested_reading(device: DeviceId, stream: StreamId, sequence: Sequence) -> Option<Reading>;
}

/// What the telemetry anchors tell other pallets as it happens.
pub trait OnAnchored {
	/// Telemetry of `device` was anchored in the current block; returns the weight used, at
	/// most [`OnAnchored::weight`].
	fn on_anchored(device: DeviceId) -> Weight;

	/// The most weight one `on_anchored` call can take.
	fn weight() -> Weight;
}

impl OnAnchored for () {
	fn on_anchored(_device: DeviceId) -> Weight {
		Weight::zero()
	}

	fn weight() -> Weight {
		Weight::zero()
	}
}

/// What the provenance pallet tells other pallets about its transport legs, so that an escrow can
/// pay a carrier once a leg's handling condition is proven met.
pub trait LegVerdicts {
	/// The verdict of leg `leg`, if it exists.
	fn verdict(leg: LegId) -> Option<LegVerdict>;
}

impl LegVerdicts for () {
	fn verdict(_leg: LegId) -> Option<LegVerdict> {
		None
	}
}

/// Ways to pay that the payments pallet offers others: a device's spending limit and a
/// channel's vouchers, so that a machine can buy with the allowance its owner set.
pub trait PaymentSources<AccountId, Balance> {
	/// `who`, acting for `device` with the spend right, charges `amount` to the device's
	/// spending limit; returns the owner whose funds pay (the caller moves them).
	fn charge_device(
		who: &AccountId,
		device: DeviceId,
		amount: Balance,
	) -> Result<AccountId, DispatchError>;

	/// Redeems `voucher` of a channel that pays `payee`, for `who` (the channel's payer, or an
	/// account that acts for its signing device with the spend right): its increment must be
	/// exactly `amount`, and leaves the channel's deposit back to the payer's free balance, for
	/// the caller to hold; the voucher counts as claimed. Returns the payer.
	fn redeem_voucher(
		who: &AccountId,
		payee: &AccountId,
		voucher: &Voucher<Balance>,
		signature: &DeviceSignature,
		amount: Balance,
	) -> Result<AccountId, DispatchError>;

	/// The weight of [`Self::charge_device`].
	fn charge_device_weight() -> Weight;

	/// The weight of [`Self::redeem_voucher`] with `signature`.
	fn redeem_voucher_weight(signature: &DeviceSignature) -> Weight;
}
