//! The C description of a device key, and the Rust signer made from it for one call.

use core::ffi::c_void;

use iot_device::{
	encoding::device::{DevicePublicKey, DeviceSignature},
	signer::{SecureElement, SecureElementSigner},
	Error, Signer,
};

/// An ed25519 key in software (`secret`: the 32-byte seed).
pub const IOT_KEY_ED25519: u8 = 1;
/// A secp256k1 key in software (`secret`: the 32-byte scalar).
pub const IOT_KEY_SECP256K1: u8 = 2;
/// A P-256 key in software (`secret`: the 32-byte scalar).
pub const IOT_KEY_P256: u8 = 3;
/// A P-256 key in a secure element: `public_key` (compressed SEC1) and `sign_digest`.
pub const IOT_KEY_P256_SECURE_ELEMENT: u8 = 4;

/// Signs a 32-byte digest into a 64-byte `r || s` signature; returns 0 on success.
pub type IotSignDigest = Option<
	unsafe extern "C" fn(context: *mut c_void, digest: *const u8, signature: *mut u8) -> i32,
>;

/// A device key: a secret held in software, or a secure element reached through a callback.
#[repr(C)]
pub struct IotSigner {
	/// One of `IOT_KEY_*`.
	pub kind: u8,
	/// The secret of a software key.
	pub secret: [u8; 32],
	/// The public key of a secure element.
	pub public_key: [u8; 33],
	/// Passed to `sign_digest`.
	pub context: *mut c_void,
	/// The secure element's signing function.
	pub sign_digest: IotSignDigest,
}

pub(crate) struct Callback<'a>(&'a IotSigner);

impl SecureElement for Callback<'_> {
	fn public_key(&self) -> [u8; 33] {
		self.0.public_key
	}

	fn sign_digest(&mut self, digest: &[u8; 32]) -> Result<[u8; 64], Error> {
		let sign = self.0.sign_digest.ok_or(Error::Signer)?;
		let mut signature = [0u8; 64];
		// SAFETY: the caller promised a callback that reads 32 bytes and writes 64.
		let status = unsafe { sign(self.0.context, digest.as_ptr(), signature.as_mut_ptr()) };
		if status != 0 {
			return Err(Error::Signer);
		}
		Ok(signature)
	}
}

/// The signer described by `key`, for one call.
pub(crate) enum Any<'a> {
	Ed25519(iot_device::signer::Ed25519Key),
	Secp256k1(iot_device::signer::Secp256k1Key),
	P256(iot_device::signer::P256Key),
	Element(SecureElementSigner<Callback<'a>>),
}

impl<'a> Any<'a> {
	pub(crate) fn from_c(key: &'a IotSigner) -> Result<Self, Error> {
		use iot_device::signer::{Ed25519Key, P256Key, Secp256k1Key};
		Ok(match key.kind {
			IOT_KEY_ED25519 => Self::Ed25519(Ed25519Key::from_seed(&key.secret)),
			IOT_KEY_SECP256K1 => {
				Self::Secp256k1(Secp256k1Key::from_secret(&key.secret).ok_or(Error::Signer)?)
			}
			IOT_KEY_P256 => Self::P256(P256Key::from_secret(&key.secret).ok_or(Error::Signer)?),
			IOT_KEY_P256_SECURE_ELEMENT => Self::Element(SecureElementSigner(Callback(key))),
			_ => return Err(Error::UnsupportedKey),
		})
	}
}

impl Signer for Any<'_> {
	fn public_key(&self) -> DevicePublicKey {
		match self {
			Self::Ed25519(k) => k.public_key(),
			Self::Secp256k1(k) => k.public_key(),
			Self::P256(k) => Signer::public_key(k),
			Self::Element(k) => k.public_key(),
		}
	}

	fn sign(&mut self, message: &[u8]) -> Result<DeviceSignature, Error> {
		match self {
			Self::Ed25519(k) => k.sign(message),
			Self::Secp256k1(k) => k.sign(message),
			Self::P256(k) => k.sign(message),
			Self::Element(k) => k.sign(message),
		}
	}
}
