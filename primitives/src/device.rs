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
use sp_runtime::traits::Verify;

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

impl DevicePublicKey {
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
			Self::Secp256k1(key) => Some(sp_crypto_hashing::blake2_256(key)),
			Self::P256(_) => None,
		}
	}

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

	/// Whether `signature` is this key's signature over `message`. A signature of another kind
	/// than the key, or a key that is not a valid curve point, never verifies.
	pub fn verify(&self, message: &[u8], signature: &DeviceSignature) -> bool {
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

/// A P-256 device key held in software: what a secure element does in hardware, for tests,
/// benchmarks and device simulators. Never a key to protect anything of value: the secret is
/// derived from a public seed.
pub struct P256TestSigner(p256::ecdsa::SigningKey);

impl P256TestSigner {
	/// The key for `seed`.
	pub fn from_seed(seed: u32) -> Self {
		let mut secret = [7u8; 32];
		secret[28..].copy_from_slice(&seed.to_be_bytes());
		// A big-endian scalar that starts with 0x07 is non-zero and below the curve order
		// (0xffffffff00000000...), whatever the seed in its last four bytes.
		Self(p256::ecdsa::SigningKey::from_slice(&secret).expect("a scalar below the order"))
	}

	/// The compressed public key.
	pub fn public(&self) -> DevicePublicKey {
		let point = self.0.verifying_key().to_encoded_point(true);
		let mut bytes = [0u8; 33];
		bytes.copy_from_slice(point.as_bytes());
		DevicePublicKey::P256(bytes)
	}

	/// The signature over the SHA-256 hash of `message`.
	pub fn sign(&self, message: &[u8]) -> DeviceSignature {
		use p256::ecdsa::{signature::Signer, Signature};
		let signature: Signature = self.0.sign(message);
		DeviceSignature::P256(signature.to_bytes().into())
	}
}

/// P-256 ECDSA verification in pure Rust (RustCrypto `p256`), so it runs inside the runtime.
fn verify_p256(key: &[u8; 33], message: &[u8], signature: &[u8; 64]) -> bool {
	use p256::ecdsa::{signature::Verifier, Signature, VerifyingKey};
	let Ok(key) = VerifyingKey::from_sec1_bytes(key) else { return false };
	let Ok(signature) = Signature::from_slice(signature) else { return false };
	key.verify(message, &signature).is_ok()
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_core::{ecdsa, ed25519, sr25519, Pair};

	const MESSAGE: &[u8] = b"iot device message";

	fn p256_key_and_signature(message: &[u8]) -> (DevicePublicKey, DeviceSignature) {
		use p256::ecdsa::{signature::Signer, Signature, SigningKey};
		// A fixed scalar stands in for the secret a secure element generates internally.
		let signing = SigningKey::from_slice(&[7u8; 32]).unwrap();
		let public = signing.verifying_key().to_encoded_point(true);
		let signature: Signature = signing.sign(message);
		(
			DevicePublicKey::P256(public.as_bytes().try_into().unwrap()),
			DeviceSignature::P256(signature.to_bytes().into()),
		)
	}

	fn all_kinds(message: &[u8]) -> [(DevicePublicKey, DeviceSignature); 4] {
		let sr = sr25519::Pair::from_seed(&[1u8; 32]);
		let ed = ed25519::Pair::from_seed(&[2u8; 32]);
		let k1 = ecdsa::Pair::from_seed(&[3u8; 32]);
		[
			(DevicePublicKey::Sr25519(sr.public().0), DeviceSignature::Sr25519(sr.sign(message).0)),
			(DevicePublicKey::Ed25519(ed.public().0), DeviceSignature::Ed25519(ed.sign(message).0)),
			(
				DevicePublicKey::Secp256k1(k1.public().0),
				DeviceSignature::Secp256k1(k1.sign(message).0),
			),
			p256_key_and_signature(message),
		]
	}

	#[test]
	fn every_kind_verifies_its_own_signature() {
		for (key, signature) in all_kinds(MESSAGE) {
			assert!(key.verify(MESSAGE, &signature), "{:?}", key.kind());
		}
	}

	#[test]
	fn a_changed_message_fails_for_every_kind() {
		for (key, signature) in all_kinds(MESSAGE) {
			assert!(!key.verify(b"iot device messagf", &signature), "{:?}", key.kind());
		}
	}

	#[test]
	fn a_signature_of_another_kind_or_key_fails() {
		let kinds = all_kinds(MESSAGE);
		for (i, (key, _)) in kinds.iter().enumerate() {
			for (j, (_, signature)) in kinds.iter().enumerate() {
				assert_eq!(key.verify(MESSAGE, signature), i == j);
			}
		}
		let (other_key, _) = all_kinds(b"x")[3].clone();
		let (_, signature) = p256_key_and_signature(MESSAGE);
		let DevicePublicKey::P256(mut bytes) = other_key else { unreachable!() };
		bytes[1] ^= 1;
		assert!(!DevicePublicKey::P256(bytes).verify(MESSAGE, &signature));
	}

	#[test]
	fn invalid_p256_points_and_signatures_fail_cleanly() {
		let (key, _) = p256_key_and_signature(MESSAGE);
		assert!(!DevicePublicKey::P256([0u8; 33]).verify(MESSAGE, &DeviceSignature::P256([1; 64])));
		assert!(!key.verify(MESSAGE, &DeviceSignature::P256([0u8; 64])));
		assert!(!key.verify(MESSAGE, &DeviceSignature::P256([0xff; 64])));
	}

	#[test]
	fn test_signers_exist_for_every_seed_and_verify() {
		for seed in [0, 1, 0x8000_0000, u32::MAX] {
			let signer = P256TestSigner::from_seed(seed);
			assert!(signer.public().verify(MESSAGE, &signer.sign(MESSAGE)));
		}
		assert_ne!(P256TestSigner::from_seed(1).public(), P256TestSigner::from_seed(2).public());
	}

	#[test]
	fn keys_map_to_the_accounts_wallets_derive() {
		use sp_runtime::{traits::IdentifyAccount, MultiSigner};
		let [(sr, _), (ed, _), (k1, _), (p, _)] = all_kinds(MESSAGE);
		let signers = [
			(&sr, MultiSigner::from(sr25519::Pair::from_seed(&[1u8; 32]).public())),
			(&ed, MultiSigner::from(ed25519::Pair::from_seed(&[2u8; 32]).public())),
			(&k1, MultiSigner::from(ecdsa::Pair::from_seed(&[3u8; 32]).public())),
		];
		for (key, signer) in signers {
			let account = signer.into_account();
			assert!(key.is_account(account.as_ref()), "{:?}", key.kind());
			assert!(!key.is_account(&[0u8; 32]));
		}
		assert!(!p.is_account(&[0u8; 32]));
	}

	#[test]
	fn encodings_are_tagged_and_bounded() {
		let key = DevicePublicKey::P256([2u8; 33]);
		let encoded = key.encode();
		assert_eq!(encoded[0], 3, "P-256 is the fourth variant");
		assert_eq!(encoded.len(), 34);
		assert_eq!(DevicePublicKey::max_encoded_len(), 34);
		assert_eq!(DeviceSignature::max_encoded_len(), 66);
	}
}
