//! # IoT data crypto
//!
//! The cryptography a gateway uses to keep a device's private data streams readable only by the
//! accounts its owner granted access: the chain decides who may read, this crate enforces it.
//!
//! ## Overview
//!
//! Three layers of keys, each chosen so that the expensive public-key step happens once per
//! reader and epoch, never per reading:
//!
//! 1. **Epoch key** ([`EpochKey`]): a random 32-byte key per (device, stream, epoch). The gateway
//!    starts a new epoch whenever a reader loses access, so a former reader never receives a key
//!    for later data (forward exclusion without re-encrypting anything already stored).
//! 2. **Envelope** ([`Envelope`], [`seal_epoch_key`], [`open_epoch_key`]): the epoch key sealed to
//!    each reader's published X25519 key with HPKE (RFC 9180) base mode, suite
//!    DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / ChaCha20-Poly1305. HPKE is a standard,
//!    analysed construction with test vectors, so readers in any language can open it. Its `info`
//!    is `b"iot/data/epk1"` followed by device (u64), stream (u32) and epoch (u32) little-endian:
//!    the key schedule then binds the envelope to that exact stream and epoch, so an envelope
//!    cannot be replayed as another stream's. Base mode authenticates no sender: an envelope only
//!    shows that its maker knew the epoch key, so a reader takes envelopes from the gateway it
//!    trusts (or checks them against what that gateway committed to on chain). Auth mode would
//!    need a long-term gateway key, which this scheme does not otherwise need. [`ENVELOPE_LEN`]
//!    bytes per reader per epoch.
//! 3. **Data key** ([`DataKey`], [`wrap_data_key`], [`unwrap_data_key`]): a random 32-byte key per
//!    batch, wrapped under the epoch key with XChaCha20-Poly1305 and a random 24-byte nonce; the
//!    AAD is `b"iot/data/dk1"` + device, stream, epoch and batch id. A fresh key per batch keeps
//!    the number of messages under any one key small, and lets a batch be shared alone.
//! 4. **Reading** ([`encrypt_reading`], [`decrypt_reading`]): each payload encrypted under the
//!    batch's data key with XChaCha20-Poly1305; the AAD is `b"iot/data/rd1"` + device, stream and
//!    sequence, so a ciphertext moved to another sequence or stream is refused. Output is
//!    `nonce || ciphertext || tag` ([`READING_OVERHEAD`] bytes more than the payload).
//!
//! Every opening step authenticates: a wrong key, a flipped bit or a wrong context field all
//! return [`Error::WrongKeyOrTampered`], since an AEAD cannot tell those apart.
//!
//! ## Terminology
//!
//! - *Reader*: an account granted access; it holds a [`ReaderSecret`] and publishes its
//!   [`ReaderSecret::public`] key on chain.
//! - *Epoch*: the span of a stream during which the set of readers only grows. A reader added
//!   mid-epoch receives the current epoch key and so can read the whole epoch, earlier batches
//!   included; a gateway that must not show data from before a grant starts a new epoch then too.
//! - *Batch*: the readings the gateway stores together under one data key.
//!
//! ## Usage
//!
//! ```
//! use iot_data_crypto::*;
//!
//! let stream = StreamRef { device: 7, stream: 1 };
//! let reader = ReaderSecret::generate()?;
//!
//! // Gateway: per epoch, seal the epoch key to each reader; per batch, wrap a data key.
//! let epoch_key = EpochKey::generate()?;
//! let envelope = seal_epoch_key(&epoch_key, &reader.public(), stream, 3)?;
//! let data_key = DataKey::generate()?;
//! let wrapped = wrap_data_key(&data_key, &epoch_key, stream, 3, 42)?;
//! let sealed = encrypt_reading(&data_key, stream, 1_000, b"21.5 C")?;
//!
//! // Reader: open the envelope, unwrap the batch key, decrypt the reading.
//! let epoch_key = open_epoch_key(&envelope, &reader, stream, 3)?;
//! let data_key = unwrap_data_key(&wrapped, &epoch_key, stream, 3, 42)?;
//! assert_eq!(decrypt_reading(&data_key, stream, 1_000, &sealed)?, b"21.5 C");
//! # Ok::<(), Error>(())
//! ```

mod data_key;
mod envelope;
mod error;
mod keys;
mod payload;
mod reader;

pub use data_key::{unwrap_data_key, wrap_data_key, WrappedKey, WRAPPED_KEY_LEN};
pub use envelope::{open_epoch_key, seal_epoch_key, Envelope, ENC_LEN, ENVELOPE_LEN, SEALED_LEN};
pub use error::{Error, MalformedKey};
pub use keys::{DataKey, EpochKey, KEY_LEN};
pub use payload::{decrypt_reading, encrypt_reading, READING_OVERHEAD};
pub use reader::{ReaderSecret, PUBLIC_KEY_LEN};

/// Domain tag of the HPKE `info` that binds an envelope to its stream and epoch.
pub const EPOCH_KEY_TAG: &[u8] = b"iot/data/epk1";
/// Domain tag of the AAD of a wrapped data key.
pub const DATA_KEY_TAG: &[u8] = b"iot/data/dk1";
/// Domain tag of the AAD of a reading.
pub const READING_TAG: &[u8] = b"iot/data/rd1";

/// One stream of one device: the part of every context that names whose data it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StreamRef {
	/// The device's id on chain.
	pub device: u64,
	/// The stream's id within the device.
	pub stream: u32,
}

impl StreamRef {
	/// `tag || device || stream || extra...`, every integer little-endian. Each field has a fixed
	/// width and each tag its own context, so two different contexts never encode alike.
	pub(crate) fn context(self, tag: &[u8], extra: &[&[u8]]) -> Vec<u8> {
		let mut out =
			Vec::with_capacity(tag.len() + 12 + extra.iter().map(|e| e.len()).sum::<usize>());
		out.extend_from_slice(tag);
		out.extend_from_slice(&self.device.to_le_bytes());
		out.extend_from_slice(&self.stream.to_le_bytes());
		for field in extra {
			out.extend_from_slice(field);
		}
		out
	}
}
