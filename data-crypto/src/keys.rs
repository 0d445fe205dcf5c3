//! The symmetric keys: one per epoch, one per batch.

use rand::{rngs::OsRng, TryRngCore};
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::Error;

/// Length of every symmetric key, in bytes.
pub const KEY_LEN: usize = 32;

/// Fills `out` from the operating system, the crate's only source of randomness (HPKE's
/// ephemeral keys too): a userspace generator would need correct reseeding after fork.
pub(crate) fn fill_random(out: &mut [u8]) -> Result<(), Error> {
	OsRng.try_fill_bytes(out).map_err(Error::Randomness)
}

macro_rules! secret_key {
	($(#[$doc:meta])* $name:ident) => {
		$(#[$doc])*
		#[derive(Zeroize, ZeroizeOnDrop)]
		pub struct $name([u8; KEY_LEN]);

		impl $name {
			/// A fresh random key.
			pub fn generate() -> Result<Self, Error> {
				let mut key = Self([0; KEY_LEN]);
				fill_random(&mut key.0)?;
				Ok(key)
			}

			/// The key whose bytes these are (for a gateway that stores its keys).
			pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
				Self(bytes)
			}

			/// For decrypting into the key itself, so that no plaintext copy is left behind.
			pub(crate) fn as_mut_bytes(&mut self) -> &mut [u8; KEY_LEN] {
				&mut self.0
			}

			/// The key's bytes; whoever copies them is responsible for wiping the copy.
			pub fn as_bytes(&self) -> &[u8; KEY_LEN] {
				&self.0
			}
		}

		// Never print a secret, not even in a debug log.
		impl core::fmt::Debug for $name {
			fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
				f.write_str(concat!(stringify!($name), "(<secret>)"))
			}
		}
	};
}

secret_key!(
	/// The key of one (device, stream, epoch); readers receive it in an [`crate::Envelope`].
	EpochKey
);

secret_key!(
	/// The key of one batch of readings; stored wrapped under the epoch key.
	DataKey
);
