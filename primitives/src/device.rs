//! Device identities: the four kinds of device keys and signatures (defined in `iot-encoding`,
//! with their verification), and a software P-256 signer for tests and simulators.

pub use iot_encoding::device::*;

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

#[cfg(test)]
mod tests {
	use super::*;
	use codec::{Encode, MaxEncodedLen};
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
