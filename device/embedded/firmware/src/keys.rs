//! The key this firmware holds, by cargo feature. A demonstration key: a real device generates
//! its secret inside a secure element or at provisioning, never in the firmware image.

use iot_device::Error;

#[cfg(feature = "ed25519")]
pub const SECRET: [u8; 32] = [0x11; 32];
#[cfg(feature = "ed25519")]
pub fn signer() -> Result<iot_device::signer::Ed25519Key, Error> {
	Ok(iot_device::signer::Ed25519Key::from_seed(&SECRET))
}

#[cfg(all(feature = "p256", not(feature = "ed25519")))]
pub const SECRET: [u8; 32] = [0x22; 32];
#[cfg(all(feature = "p256", not(feature = "ed25519")))]
pub fn signer() -> Result<iot_device::signer::P256Key, Error> {
	iot_device::signer::P256Key::from_secret(&SECRET).ok_or(Error::Signer)
}

#[cfg(all(feature = "secp256k1", not(any(feature = "ed25519", feature = "p256"))))]
pub const SECRET: [u8; 32] = [0x33; 32];
#[cfg(all(feature = "secp256k1", not(any(feature = "ed25519", feature = "p256"))))]
pub fn signer() -> Result<iot_device::signer::Secp256k1Key, Error> {
	iot_device::signer::Secp256k1Key::from_secret(&SECRET).ok_or(Error::Signer)
}
