//! Device identities: the four kinds of device keys and signatures, and their verification.
//!
//! Devices sign with whatever their hardware offers: sr25519 or ed25519 in software, secp256k1
//! ECDSA, and ECDSA over NIST P-256 (secp256r1), the curve of common secure elements (ATECC608,
//! TPM 2.0, phone enclaves). A device key is what proves a device is the device; it is not an
//! account key.
//!
//! Message conventions, one per kind (what the signer hashes, so firmware knows what to sign):
//! - sr25519, ed25519: the message itself;
//! - secp256k1: the blake2-256 hash of the message (Substrate's convention), 65-byte recoverable
//!   signature `r || s || v`;
//! - P-256: the SHA-256 hash of the message (what secure elements do), 64-byte signature `r || s`,
//!   public key in compressed SEC1 form (33 bytes).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

use crate::hash::blake2_256_parts;

/// A device's public key.
#[derive(
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub enum DevicePublicKey {
	/// Schnorrkel/Ristretto sr25519.
	Sr25519([u8; 32]),
	/// Ed25519.
	Ed25519([u8; 32]),
	/// ECDSA over secp256k1, compressed SEC1.
	Secp256k1([u8; 33]),
	/// ECDSA over NIST P-256 (secp256r1), compressed SEC1.
	P256([u8; 33]),
}

/// A signature made with a device key.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub enum DeviceSignature {
	/// sr25519 signature.
	Sr25519([u8; 64]),
	/// Ed25519 signature.
	Ed25519([u8; 64]),
	/// Recoverable secp256k1 ECDSA signature over blake2-256 of the message.
	Secp256k1([u8; 65]),
	/// P-256 ECDSA signature `r || s` over SHA-256 of the message.
	P256([u8; 64]),
}

/// The kind of a device key, for weights and statistics.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(replace_segment("iot_encoding", "iot_primitives"))]
pub enum KeyKind {
	/// sr25519.
	Sr25519,
	/// Ed25519.
	Ed25519,
	/// secp256k1 ECDSA.
	Secp256k1,
	/// P-256 ECDSA.
	P256,
}

impl KeyKind {
	/// The kind's name as the JSON-RPC, the gateway's API and the CLIs write it.
	pub fn name(self) -> &'static str {
		match self {
			Self::Sr25519 => "sr25519",
			Self::Ed25519 => "ed25519",
			Self::Secp256k1 => "secp256k1",
			Self::P256 => "p256",
		}
	}
}

impl DevicePublicKey {
	/// The key's bytes: 32 for sr25519 and ed25519, the 33-byte compressed SEC1 point for ECDSA.
	pub fn as_bytes(&self) -> &[u8] {
		match self {
			Self::Sr25519(key) | Self::Ed25519(key) => key,
			Self::Secp256k1(key) | Self::P256(key) => key,
		}
	}

	/// The kind of this key.
	pub fn kind(&self) -> KeyKind {
		match self {
			Self::Sr25519(_) => KeyKind::Sr25519,
			Self::Ed25519(_) => KeyKind::Ed25519,
			Self::Secp256k1(_) => KeyKind::Secp256k1,
			Self::P256(_) => KeyKind::P256,
		}
	}

	/// Whether `account` (an encoded `AccountId32`) is the account this key signs transactions
	/// as: the key itself for sr25519 and ed25519, the blake2-256 hash of the compressed key for
	/// secp256k1 (Substrate's `MultiSigner` convention). P-256 keys have no account.
	pub fn is_account(&self, account: &[u8]) -> bool {
		self.account().is_some_and(|own| account == own.as_slice())
	}

	/// The encoded `AccountId32` this key signs transactions as (see [`Self::is_account`]), or
	/// `None` for a P-256 key.
	pub fn account(&self) -> Option<[u8; 32]> {
		match self {
			Self::Sr25519(key) | Self::Ed25519(key) => Some(*key),
			Self::Secp256k1(key) => Some(blake2_256_parts(&[key])),
			Self::P256(_) => None,
		}
	}

	#[cfg(feature = "verify")]
	/// Whether no one should trust this key as a device identity: an ed25519 key of small order
	/// (ZIP-215 verification, which the host uses, accepts forged signatures for such keys), the
	/// sr25519 identity, or bytes that are no point of the key's curve.
	pub fn is_weak(&self) -> bool {
		use curve25519_dalek::{edwards::CompressedEdwardsY, ristretto::CompressedRistretto};
		match self {
			Self::Ed25519(key) => {
				CompressedEdwardsY(*key).decompress().is_none_or(|point| point.is_small_order())
			}
			Self::Sr25519(key) => CompressedRistretto(*key)
				.decompress()
				.is_none_or(|point| point == curve25519_dalek::RistrettoPoint::default()),
			Self::Secp256k1(key) => !matches!(key[0], 0x02 | 0x03),
			Self::P256(key) => p256::ecdsa::VerifyingKey::from_sec1_bytes(key).is_err(),
		}
	}

	#[cfg(feature = "verify")]
	/// Whether `signature` is this key's signature over `message`. A signature of another kind
	/// than the key, or a key that is not a valid curve point, never verifies.
	pub fn verify(&self, message: &[u8], signature: &DeviceSignature) -> bool {
		use sp_runtime::traits::Verify;
		match (self, signature) {
			(Self::Sr25519(key), DeviceSignature::Sr25519(sig)) => {
				sp_core::sr25519::Signature::from_raw(*sig)
					.verify(message, &sp_core::sr25519::Public::from_raw(*key))
			}
			(Self::Ed25519(key), DeviceSignature::Ed25519(sig)) => {
				sp_core::ed25519::Signature::from_raw(*sig)
					.verify(message, &sp_core::ed25519::Public::from_raw(*key))
			}
			(Self::Secp256k1(key), DeviceSignature::Secp256k1(sig)) => {
				sp_core::ecdsa::Signature::from_raw(*sig)
					.verify(message, &sp_core::ecdsa::Public::from_raw(*key))
			}
			(Self::P256(key), DeviceSignature::P256(sig)) => verify_p256(key, message, sig),
			_ => false,
		}
	}
}

#[cfg(feature = "verify")]
/// P-256 ECDSA verification in pure Rust (RustCrypto `p256`), so it runs inside the runtime.
fn verify_p256(key: &[u8; 33], message: &[u8], signature: &[u8; 64]) -> bool {
	use p256::ecdsa::{signature::Verifier, Signature, VerifyingKey};
	let Ok(key) = VerifyingKey::from_sec1_bytes(key) else { return false };
	let Ok(signature) = Signature::from_slice(signature) else { return false };
	key.verify(message, &signature).is_ok()
}
