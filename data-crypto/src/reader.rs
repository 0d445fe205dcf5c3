//! A reader's X25519 key pair and its key file.

use std::{fs, io::Write, path::Path};

use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

use crate::{keys::fill_random, Error, MalformedKey};

/// Length of a reader's public key, as published on chain.
pub const PUBLIC_KEY_LEN: usize = 32;
/// Hex digits in a key file: the 32-byte secret.
const HEX_LEN: usize = 64;

/// A reader's secret X25519 key; wiped from memory when dropped.
pub struct ReaderSecret(StaticSecret);

impl ReaderSecret {
	/// A fresh random key.
	pub fn generate() -> Result<Self, Error> {
		let mut bytes = Zeroizing::new([0; 32]);
		fill_random(bytes.as_mut())?;
		Ok(Self(StaticSecret::from(*bytes)))
	}

	/// The key with these bytes (clamped when used, as X25519 specifies).
	pub fn from_bytes(bytes: [u8; 32]) -> Self {
		Self(StaticSecret::from(bytes))
	}

	/// The public key the reader publishes on chain and gateways seal epoch keys to.
	pub fn public(&self) -> [u8; PUBLIC_KEY_LEN] {
		PublicKey::from(&self.0).to_bytes()
	}

	pub(crate) fn as_static(&self) -> &StaticSecret {
		&self.0
	}

	/// The secret as 64 lowercase hex digits, the content of a key file.
	pub fn to_hex(&self) -> Zeroizing<String> {
		Zeroizing::new(hex::encode(self.0.as_bytes()))
	}

	/// Parses 64 hex digits; whitespace around them (a trailing newline) is ignored.
	pub fn from_hex(text: &[u8]) -> Result<Self, MalformedKey> {
		let text = text.trim_ascii();
		if text.len() != HEX_LEN {
			return Err(MalformedKey::WrongLength { len: text.len() });
		}
		let mut bytes = Zeroizing::new([0; 32]);
		hex::decode_to_slice(text, bytes.as_mut()).map_err(|e| match e {
			hex::FromHexError::InvalidHexCharacter { index, .. } => {
				MalformedKey::NotHex { byte: text.get(index).copied().unwrap_or_default(), index }
			}
			// The length was checked above.
			hex::FromHexError::OddLength | hex::FromHexError::InvalidStringLength => {
				MalformedKey::WrongLength { len: text.len() }
			}
		})?;
		Ok(Self(StaticSecret::from(*bytes)))
	}

	/// Reads a key file written by [`ReaderSecret::write_file`].
	pub fn read_file(path: &Path) -> Result<Self, Error> {
		let text = Zeroizing::new(
			fs::read(path).map_err(|source| Error::KeyFile { path: path.into(), source })?,
		);
		Self::from_hex(&text).map_err(|reason| Error::MalformedKey { path: path.into(), reason })
	}

	/// Writes the key to a new file readable only by its owner (on Unix).
	///
	/// An existing file is never replaced: losing a reader's secret loses every envelope sealed
	/// to it, so that is an [`Error::KeyFile`] of kind `AlreadyExists`. The file is synced before
	/// returning, so a public key published afterwards never outlives its secret in a crash.
	pub fn write_file(&self, path: &Path) -> Result<(), Error> {
		let io_error = |source| Error::KeyFile { path: path.into(), source };
		let mut options = fs::OpenOptions::new();
		options.write(true).create_new(true);
		#[cfg(unix)]
		std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
		let mut file = options.open(path).map_err(io_error)?;
		// Two writes rather than pushing '\n': growing the string could leave an unwiped copy.
		file.write_all(self.to_hex().as_bytes()).map_err(io_error)?;
		file.write_all(b"\n").map_err(io_error)?;
		file.sync_all().map_err(io_error)
	}
}

// Never print a secret, not even in a debug log.
impl core::fmt::Debug for ReaderSecret {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		f.debug_struct("ReaderSecret").field("public", &hex::encode(self.public())).finish()
	}
}
