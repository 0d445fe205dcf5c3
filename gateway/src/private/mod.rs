//! # Private streams
//!
//! A device's owner decides on chain who reads each of its streams (`pallet-data-access`); for a
//! stream configured private here, the gateway enforces that decision by encryption, with the
//! keys of `iot-data-crypto`:
//!
//! - **Sealing at batch time** ([`seal`]). When a batch is cut, the readings of each private
//!   stream are encrypted under a fresh *data key*, wrapped under the stream's current *epoch
//!   key*; each reading's ciphertext is the SCALE `SignedReading` with the device's signature, so
//!   a reader can check the device signed what it decrypts. The batch's Merkle leaf of such a
//!   reading commits to `blake2_256` of its ciphertext ([`iot_primitives::data::SealedReading`]),
//!   so anyone can check its integrity against the anchor without being able to read it, and the
//!   anchored range carries no value summary (a summary would leak the values).
//! - **Epochs** ([`epochs`]). The epoch key is sealed (HPKE) to the X25519 key every live reader
//!   whose grant covers the batch published on chain, and to the owner's if it published one. A
//!   new epoch key starts whenever the chain's key epoch moved (a reader lost access), a reader it
//!   was sealed to is no longer one (revoked, expired, out of its range, or re-keyed), or a new
//!   reader's grant starts after the epoch's first reading; a new reader otherwise just receives
//!   the current epoch key. Readers are read at the best block, once per stream and batch: a
//!   revocation takes effect at the next batch cut after it is in a block.
//! - **Serving** ([`serve`]). `GET /data/challenge` gives a single-use nonce; `GET
//!   /data/<device>/<stream>?from=N&to=M` answers a page of ciphertexts, their proofs, the wrapped
//!   data keys and this reader's envelopes to a request signed by an account the chain lets read
//!   that range ([`request`] defines the signed payload).
//! - **Reading** ([`open`], [`fetch`], the `iot-gateway data` commands): a reader opens its
//!   envelopes with its key file, unwraps the data keys, decrypts, and checks both the device's
//!   signature and each sealed leaf on chain (`TelemetryApi::verify_sealed`).
//!
//! ## Trust
//!
//! The gateway operator is trusted with plaintext, as the device owner's processor: a reading of
//! a private stream waits in the spool in the clear (with its signature) from the moment it is
//! accepted until its batch is cut, and the spool holds each private stream's current epoch key
//! (never sent anywhere in the clear; superseded ones are overwritten). Encryption protects the
//! data from everyone else: readers without a grant, former readers for data after their access
//! ended, whoever obtains the served ciphertexts or a copy of an anchored batch.
//!
//! What a reader already decrypted, or an epoch key it already received, stays with it: ending a
//! grant cannot take back data, only keep the next epochs' keys from its former reader (the
//! gateway also stops serving it ciphertexts at once). Key granularity is the batch: a reader
//! receives the epoch key, which unwraps every batch key of the epoch, while the gateway serves it
//! only the readings its grant covers.
//!
//! Operators with the device's data right may read (the chain says so) but are not sealed to: the
//! chain cannot list them. One that needs the keys takes a grant.

pub mod audience;
pub mod cli;
pub mod epochs;
pub mod fetch;
pub mod open;
pub mod page;
pub mod request;
pub mod seal;
pub mod serve;
pub mod store;
pub mod wire;

use std::{collections::BTreeSet, fmt, str::FromStr};

use iot_primitives::{telemetry::StreamId, DeviceId};
use serde::Deserialize;

/// One stream of one device, written `<device>:<stream>` in the configuration and on the command
/// line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(try_from = "String")]
pub struct StreamKey {
	/// The device's id on chain.
	pub device: DeviceId,
	/// The stream's id within the device.
	pub stream: StreamId,
}

impl FromStr for StreamKey {
	type Err = String;

	fn from_str(text: &str) -> Result<Self, String> {
		let malformed = || format!("`{text}` is not <device>:<stream> (for example 3:0)");
		let (device, stream) = text.split_once(':').ok_or_else(malformed)?;
		Ok(Self {
			device: device.trim().parse().map_err(|_| malformed())?,
			stream: stream.trim().parse().map_err(|_| malformed())?,
		})
	}
}

impl TryFrom<String> for StreamKey {
	type Error = String;

	fn try_from(text: String) -> Result<Self, String> {
		text.parse()
	}
}

impl fmt::Display for StreamKey {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{}:{}", self.device, self.stream)
	}
}

impl StreamKey {
	/// The crate's name for the same stream, the context every key and ciphertext is bound to.
	pub fn stream_ref(self) -> iot_data_crypto::StreamRef {
		iot_data_crypto::StreamRef { device: self.device, stream: self.stream.into() }
	}
}

/// The streams this gateway seals.
#[derive(Clone, Debug, Default)]
pub struct PrivateStreams(BTreeSet<(DeviceId, StreamId)>);

impl PrivateStreams {
	/// The set of `keys`.
	pub fn new(keys: impl IntoIterator<Item = StreamKey>) -> Self {
		Self(keys.into_iter().map(|k| (k.device, k.stream)).collect())
	}

	/// Whether `device`'s `stream` is sealed.
	pub fn contains(&self, device: DeviceId, stream: StreamId) -> bool {
		self.0.contains(&(device, stream))
	}

	/// Whether no stream is.
	pub fn is_empty(&self) -> bool {
		self.0.is_empty()
	}

	/// How many streams are.
	pub fn len(&self) -> usize {
		self.0.len()
	}
}
#[cfg(test)]
mod tests;
