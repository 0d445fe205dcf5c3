//! Traits through which pallets use each other, wired together in the runtime.

use crate::device::DeviceSignature;

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
	/// holds an unexpired grant with that right.
	fn may_act(device: &Self::DeviceId, who: &AccountId, right: Self::Right) -> bool;

	/// Whether `signature` is the device's current key's signature over `message`.
	fn verify(device: &Self::DeviceId, message: &[u8], signature: &DeviceSignature) -> bool;
}
