//! The one error type of the crate.

use std::{io, path::PathBuf};

use crate::{ENVELOPE_LEN, READING_OVERHEAD, WRAPPED_KEY_LEN};

/// Why sealing, opening or loading a key failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
	/// An encoded envelope does not have the fixed envelope length.
	#[error("malformed envelope: {len} bytes, expected {ENVELOPE_LEN}")]
	MalformedEnvelope {
		/// The length received.
		len: usize,
	},
	/// An encoded wrapped data key does not have the fixed wrapped-key length.
	#[error("malformed wrapped data key: {len} bytes, expected {WRAPPED_KEY_LEN}")]
	MalformedWrappedKey {
		/// The length received.
		len: usize,
	},
	/// An encrypted reading is too short to hold even its nonce and tag.
	#[error("malformed encrypted reading: {len} bytes, at least {READING_OVERHEAD} expected")]
	MalformedCiphertext {
		/// The length received.
		len: usize,
	},
	/// Authenticated decryption failed: the data was altered, or it was not sealed for this key
	/// and this device, stream, epoch, batch or sequence. An AEAD cannot tell which.
	#[error(
		"decryption refused: the data was altered, or was not sealed for this key and context \
		 (device, stream, epoch, batch or sequence)"
	)]
	WrongKeyOrTampered,
	/// A plaintext is longer than XChaCha20-Poly1305 can encrypt under one nonce (256 GiB).
	#[error("cannot encrypt {len} bytes: longer than XChaCha20-Poly1305 allows")]
	TooLong {
		/// The plaintext's length.
		len: usize,
	},
	/// A reader's published key is a low-order X25519 point, to which nothing can be sealed.
	#[error("invalid reader public key: a low-order X25519 point")]
	InvalidPublicKey,
	/// HPKE failed for a reason other than the above; not expected with this suite.
	#[error("HPKE failed: {0}")]
	Hpke(#[source] hpke::HpkeError),
	/// A reader key file does not hold a key.
	#[error("malformed reader key file {}: {reason}", .path.display())]
	MalformedKey {
		/// The file.
		path: PathBuf,
		/// What is wrong with its content.
		reason: MalformedKey,
	},
	/// A reader key file could not be read or written.
	#[error("reader key file {}: {source}", .path.display())]
	KeyFile {
		/// The file.
		path: PathBuf,
		/// What the operating system said.
		#[source]
		source: io::Error,
	},
	/// The operating system's random number generator failed.
	#[error("the operating system's random number generator failed: {0}")]
	Randomness(#[source] rand::rand_core::OsError),
}

/// What is wrong with the content of a reader key file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MalformedKey {
	/// Not 64 hex digits (32 bytes) once surrounding whitespace is trimmed.
	#[error("{len} bytes, expected 64 hex digits")]
	WrongLength {
		/// The number of bytes found after trimming.
		len: usize,
	},
	/// A character that is not a hex digit.
	#[error("byte {byte:#04x} at position {index} is not a hex digit")]
	NotHex {
		/// The offending byte (it may not be valid UTF-8 on its own).
		byte: u8,
		/// Its position after trimming.
		index: usize,
	},
}
