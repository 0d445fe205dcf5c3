//! Device keys held in software, for the devices a gateway onboards from a manifest and for
//! simulated devices: each of the registry's key kinds, derived from a textual spec.

use anyhow::{anyhow, bail, Result};
use iot_primitives::device::{DevicePublicKey, DeviceSignature, P256TestSigner};
use sp_core::{ecdsa, ed25519, sr25519, Pair};

/// A device's secret key.
pub enum DeviceKey {
	/// sr25519.
	Sr25519(sr25519::Pair),
	/// Ed25519.
	Ed25519(ed25519::Pair),
	/// secp256k1 ECDSA (signs blake2-256 of the message, as the chain verifies it).
	Secp256k1(ecdsa::Pair),
	/// P-256 ECDSA from a test seed (a secure element's key in hardware devices).
	P256(P256TestSigner),
}

impl DeviceKey {
	/// The key for `spec`: `<kind>:<secret URI>` with kind `sr25519`, `ed25519` or `secp256k1`
	/// (`sr25519://sensor-1`), or `p256:<seed number>`.
	pub fn from_spec(spec: &str) -> Result<Self> {
		let (kind, secret) =
			spec.split_once(':').ok_or_else(|| anyhow!("key spec `{spec}`: no `kind:`"))?;
		let uri_error = |e| anyhow!("key spec `{spec}`: {e:?}");
		Ok(match kind {
			"sr25519" => {
				Self::Sr25519(sr25519::Pair::from_string(secret, None).map_err(uri_error)?)
			}
			"ed25519" => {
				Self::Ed25519(ed25519::Pair::from_string(secret, None).map_err(uri_error)?)
			}
			"secp256k1" => {
				Self::Secp256k1(ecdsa::Pair::from_string(secret, None).map_err(uri_error)?)
			}
			"p256" => Self::P256(P256TestSigner::from_seed(secret.parse()?)),
			other => bail!("key spec `{spec}`: unknown kind `{other}`"),
		})
	}

	/// The public key, as the registry stores it.
	pub fn public(&self) -> DevicePublicKey {
		match self {
			Self::Sr25519(p) => DevicePublicKey::Sr25519(p.public().0),
			Self::Ed25519(p) => DevicePublicKey::Ed25519(p.public().0),
			Self::Secp256k1(p) => DevicePublicKey::Secp256k1(p.public().0),
			Self::P256(p) => p.public(),
		}
	}

	/// The signature over `message`.
	pub fn sign(&self, message: &[u8]) -> DeviceSignature {
		match self {
			Self::Sr25519(p) => DeviceSignature::Sr25519(p.sign(message).0),
			Self::Ed25519(p) => DeviceSignature::Ed25519(p.sign(message).0),
			Self::Secp256k1(p) => DeviceSignature::Secp256k1(p.sign(message).0),
			Self::P256(p) => p.sign(message),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_kind_signs_what_its_public_key_verifies() {
		for spec in ["sr25519://a", "ed25519://a", "secp256k1://a", "p256:3"] {
			let key = DeviceKey::from_spec(spec).unwrap();
			let signature = key.sign(b"reading");
			assert!(key.public().verify(b"reading", &signature), "{spec}");
			assert!(!key.public().verify(b"other", &signature), "{spec}");
		}
	}

	#[test]
	fn bad_specs_are_refused() {
		for spec in ["//a", "rsa://a", "p256:x", "sr25519:not a uri with spaces"] {
			assert!(DeviceKey::from_spec(spec).is_err(), "{spec}");
		}
	}
}
