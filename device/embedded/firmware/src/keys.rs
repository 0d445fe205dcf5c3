//! The key this firmware holds, chosen by cargo feature (the first of ed25519, p256, secp256k1,
//! sr25519 that is on). A demonstration key: a real device generates its secret inside a secure
//! element or at provisioning, never in the firmware image.

pub use kind::{signer, SECRET};

#[cfg(feature = "ed25519")]
mod kind {
	use iot_device::{signer::Ed25519Key, Error};

	pub const SECRET: [u8; 32] = [0x11; 32];

	pub fn signer() -> Result<Ed25519Key, Error> {
		Ok(Ed25519Key::from_seed(&SECRET))
	}
}

#[cfg(all(feature = "p256", not(feature = "ed25519")))]
mod kind {
	use iot_device::{signer::P256Key, Error};

	pub const SECRET: [u8; 32] = [0x22; 32];

	pub fn signer() -> Result<P256Key, Error> {
		P256Key::from_secret(&SECRET).ok_or(Error::Signer)
	}
}

#[cfg(all(feature = "secp256k1", not(any(feature = "ed25519", feature = "p256"))))]
mod kind {
	use iot_device::{signer::Secp256k1Key, Error};

	pub const SECRET: [u8; 32] = [0x33; 32];

	pub fn signer() -> Result<Secp256k1Key, Error> {
		Secp256k1Key::from_secret(&SECRET).ok_or(Error::Signer)
	}
}

#[cfg(all(
	feature = "sr25519",
	not(any(feature = "ed25519", feature = "p256", feature = "secp256k1"))
))]
mod kind {
	use iot_device::{encoding::hash::blake2_256_parts, signer::Sr25519Key, Error};

	pub const SECRET: [u8; 32] = [0x44; 32];

	pub fn signer() -> Result<Sr25519Key<HashRng>, Error> {
		Sr25519Key::from_seed(&SECRET, HashRng(0)).ok_or(Error::Signer)
	}

	/// Randomness for sr25519 on a board without a TRNG (QEMU's): blake2 of the secret and a
	/// counter. Schnorrkel mixes the secret key into every nonce (merlin's witness), so a
	/// predictable source does not leak the key; a product uses its TRNG.
	pub struct HashRng(u64);

	impl rand_core::RngCore for HashRng {
		fn next_u32(&mut self) -> u32 {
			rand_core::impls::next_u32_via_fill(self)
		}

		fn next_u64(&mut self) -> u64 {
			rand_core::impls::next_u64_via_fill(self)
		}

		fn fill_bytes(&mut self, dest: &mut [u8]) {
			for chunk in dest.chunks_mut(32) {
				self.0 = self.0.wrapping_add(1);
				let block = blake2_256_parts(&[b"iot/fw/rng", &SECRET, &self.0.to_le_bytes()]);
				chunk.copy_from_slice(&block[..chunk.len()]);
			}
		}

		fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand_core::Error> {
			self.fill_bytes(dest);
			Ok(())
		}
	}

	impl rand_core::CryptoRng for HashRng {}
}
