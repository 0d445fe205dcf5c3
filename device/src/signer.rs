//! Who signs for a device: software keys for each kind the chain knows, or a secure element.
//!
//! Each kind signs what the runtime verifies (see `iot_encoding::device`): ed25519 and sr25519
//! the message itself, secp256k1 the blake2-256 hash of it (recoverable, `r || s || v`), P-256
//! the SHA-256 hash of it (`r || s`).

use iot_encoding::device::{DevicePublicKey, DeviceSignature};
use sha2::{Digest, Sha256};

use crate::Error;

/// A device key that signs messages.
pub trait Signer {
	/// The public key the registry holds for the device.
	fn public_key(&self) -> DevicePublicKey;
	/// The device's signature over `message`.
	fn sign(&mut self, message: &[u8]) -> Result<DeviceSignature, Error>;
}

impl<S: Signer + ?Sized> Signer for &mut S {
	fn public_key(&self) -> DevicePublicKey {
		(**self).public_key()
	}

	fn sign(&mut self, message: &[u8]) -> Result<DeviceSignature, Error> {
		(**self).sign(message)
	}
}

/// A secure element (ATECC608, SE050, a TPM) holding a P-256 key it never lets out: it signs
/// a 32-byte digest and tells its public key.
pub trait SecureElement {
	/// The compressed SEC1 public key.
	fn public_key(&self) -> [u8; 33];
	/// The signature `r || s` over `digest`.
	fn sign_digest(&mut self, digest: &[u8; 32]) -> Result<[u8; 64], Error>;
}

/// A [`Signer`] over a [`SecureElement`]: the device hashes, the element signs.
pub struct SecureElementSigner<E>(pub E);

impl<E: SecureElement> Signer for SecureElementSigner<E> {
	fn public_key(&self) -> DevicePublicKey {
		DevicePublicKey::P256(self.0.public_key())
	}

	fn sign(&mut self, message: &[u8]) -> Result<DeviceSignature, Error> {
		let digest: [u8; 32] = Sha256::digest(message).into();
		self.0.sign_digest(&digest).map(DeviceSignature::P256)
	}
}

/// An ed25519 key in software.
#[cfg(feature = "ed25519")]
pub struct Ed25519Key(ed25519_dalek::SigningKey);

#[cfg(feature = "ed25519")]
impl Ed25519Key {
	/// The key with this 32-byte secret seed.
	pub fn from_seed(seed: &[u8; 32]) -> Self {
		Self(ed25519_dalek::SigningKey::from_bytes(seed))
	}
}

#[cfg(feature = "ed25519")]
impl Signer for Ed25519Key {
	fn public_key(&self) -> DevicePublicKey {
		DevicePublicKey::Ed25519(self.0.verifying_key().to_bytes())
	}

	fn sign(&mut self, message: &[u8]) -> Result<DeviceSignature, Error> {
		use ed25519_dalek::Signer as _;
		Ok(DeviceSignature::Ed25519(self.0.sign(message).to_bytes()))
	}
}

/// A compressed SEC1 point (33 bytes, which is what `to_encoded_point(true)` gives).
#[cfg(any(feature = "p256", feature = "secp256k1"))]
fn compressed(point: &[u8]) -> [u8; 33] {
	let mut bytes = [0u8; 33];
	let n = point.len().min(33);
	bytes[..n].copy_from_slice(&point[..n]);
	bytes
}

/// A secp256k1 ECDSA key in software.
#[cfg(feature = "secp256k1")]
pub struct Secp256k1Key(k256::ecdsa::SigningKey);

#[cfg(feature = "secp256k1")]
impl Secp256k1Key {
	/// The key with this 32-byte secret scalar; `None` if it is zero or not below the order.
	pub fn from_secret(secret: &[u8; 32]) -> Option<Self> {
		k256::ecdsa::SigningKey::from_slice(secret).ok().map(Self)
	}
}

#[cfg(feature = "secp256k1")]
impl Signer for Secp256k1Key {
	fn public_key(&self) -> DevicePublicKey {
		DevicePublicKey::Secp256k1(compressed(
			self.0.verifying_key().to_encoded_point(true).as_bytes(),
		))
	}

	fn sign(&mut self, message: &[u8]) -> Result<DeviceSignature, Error> {
		let digest = iot_encoding::hash::blake2_256_parts(&[message]);
		let (signature, recovery) =
			self.0.sign_prehash_recoverable(&digest).map_err(|_| Error::Signer)?;
		let mut bytes = [0u8; 65];
		bytes[..64].copy_from_slice(&signature.to_bytes());
		bytes[64] = recovery.to_byte();
		Ok(DeviceSignature::Secp256k1(bytes))
	}
}

/// A P-256 key in software, signing as a secure element would (so it is also a
/// [`SecureElement`], for firmware that has none yet).
#[cfg(feature = "p256")]
pub struct P256Key(p256::ecdsa::SigningKey);

#[cfg(feature = "p256")]
impl P256Key {
	/// The key with this 32-byte secret scalar; `None` if it is zero or not below the order.
	pub fn from_secret(secret: &[u8; 32]) -> Option<Self> {
		p256::ecdsa::SigningKey::from_slice(secret).ok().map(Self)
	}
}

#[cfg(feature = "p256")]
impl SecureElement for P256Key {
	fn public_key(&self) -> [u8; 33] {
		compressed(self.0.verifying_key().to_encoded_point(true).as_bytes())
	}

	fn sign_digest(&mut self, digest: &[u8; 32]) -> Result<[u8; 64], Error> {
		use p256::ecdsa::{signature::hazmat::PrehashSigner, Signature};
		let signature: Signature = self.0.sign_prehash(digest).map_err(|_| Error::Signer)?;
		Ok(signature.to_bytes().into())
	}
}

#[cfg(feature = "p256")]
impl Signer for P256Key {
	fn public_key(&self) -> DevicePublicKey {
		DevicePublicKey::P256(SecureElement::public_key(self))
	}

	fn sign(&mut self, message: &[u8]) -> Result<DeviceSignature, Error> {
		let digest: [u8; 32] = Sha256::digest(message).into();
		self.sign_digest(&digest).map(DeviceSignature::P256)
	}
}

/// An sr25519 key in software. Schnorrkel signatures need fresh randomness each time, so the
/// key is paired with the device's random source (its TRNG).
#[cfg(feature = "sr25519")]
pub struct Sr25519Key<R> {
	keypair: schnorrkel::Keypair,
	rng: R,
}

#[cfg(feature = "sr25519")]
impl<R: rand_core::RngCore + rand_core::CryptoRng> Sr25519Key<R> {
	/// The key Substrate derives from this 32-byte mini secret (`sr25519::Pair::from_seed`).
	pub fn from_seed(seed: &[u8; 32], rng: R) -> Option<Self> {
		let mini = schnorrkel::MiniSecretKey::from_bytes(seed).ok()?;
		Some(Self { keypair: mini.expand_to_keypair(schnorrkel::ExpansionMode::Ed25519), rng })
	}
}

#[cfg(feature = "sr25519")]
impl<R: rand_core::RngCore + rand_core::CryptoRng> Signer for Sr25519Key<R> {
	fn public_key(&self) -> DevicePublicKey {
		DevicePublicKey::Sr25519(self.keypair.public.to_bytes())
	}

	fn sign(&mut self, message: &[u8]) -> Result<DeviceSignature, Error> {
		// Substrate's signing context, so that the runtime's sr25519 verification accepts it.
		let transcript = schnorrkel::signing_context(b"substrate").bytes(message);
		let transcript = schnorrkel::context::attach_rng(transcript, &mut self.rng);
		Ok(DeviceSignature::Sr25519(self.keypair.sign(transcript).to_bytes()))
	}
}
