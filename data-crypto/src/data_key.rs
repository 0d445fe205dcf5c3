//! Wrapping a batch's data key under the epoch key.

use chacha20poly1305::{
	aead::{AeadInPlace, KeyInit},
	Key, Tag, XChaCha20Poly1305, XNonce,
};

use crate::{keys::fill_random, DataKey, EpochKey, Error, StreamRef, DATA_KEY_TAG, KEY_LEN};

/// Length of an XChaCha20-Poly1305 nonce.
pub(crate) const NONCE_LEN: usize = 24;
/// Length of a Poly1305 tag.
pub(crate) const TAG_LEN: usize = 16;
/// Length of an encoded [`WrappedKey`]: nonce, encrypted key, tag.
pub const WRAPPED_KEY_LEN: usize = NONCE_LEN + KEY_LEN + TAG_LEN;

/// A data key encrypted under an epoch key.
///
/// The nonce is random rather than derived from the batch id: 192 bits make a collision
/// negligible, and a gateway that restarts and reuses a batch id still never reuses a nonce.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrappedKey {
	nonce: [u8; NONCE_LEN],
	ciphertext: [u8; KEY_LEN],
	tag: [u8; TAG_LEN],
}

impl WrappedKey {
	/// `nonce || ciphertext || tag`, [`WRAPPED_KEY_LEN`] bytes.
	pub fn to_bytes(&self) -> [u8; WRAPPED_KEY_LEN] {
		let mut out = [0; WRAPPED_KEY_LEN];
		let (nonce, rest) = out.split_at_mut(NONCE_LEN);
		let (ciphertext, tag) = rest.split_at_mut(KEY_LEN);
		nonce.copy_from_slice(&self.nonce);
		ciphertext.copy_from_slice(&self.ciphertext);
		tag.copy_from_slice(&self.tag);
		out
	}

	/// Decodes [`WrappedKey::to_bytes`]; any other length is [`Error::MalformedWrappedKey`].
	pub fn from_bytes(bytes: &[u8]) -> Result<Self, Error> {
		let bytes: &[u8; WRAPPED_KEY_LEN] =
			bytes.try_into().map_err(|_| Error::MalformedWrappedKey { len: bytes.len() })?;
		let (nonce, rest) = bytes.split_at(NONCE_LEN);
		let (ciphertext, tag) = rest.split_at(KEY_LEN);
		let mut wrapped =
			Self { nonce: [0; NONCE_LEN], ciphertext: [0; KEY_LEN], tag: [0; TAG_LEN] };
		wrapped.nonce.copy_from_slice(nonce);
		wrapped.ciphertext.copy_from_slice(ciphertext);
		wrapped.tag.copy_from_slice(tag);
		Ok(wrapped)
	}
}

fn aad(stream: StreamRef, epoch: u32, batch: u64) -> Vec<u8> {
	stream.context(DATA_KEY_TAG, &[&epoch.to_le_bytes(), &batch.to_le_bytes()])
}

/// Wraps `key` under `epoch_key` for batch `batch` of `epoch` of `stream`.
pub fn wrap_data_key(
	key: &DataKey,
	epoch_key: &EpochKey,
	stream: StreamRef,
	epoch: u32,
	batch: u64,
) -> Result<WrappedKey, Error> {
	let mut wrapped =
		WrappedKey { nonce: [0; NONCE_LEN], ciphertext: *key.as_bytes(), tag: [0; TAG_LEN] };
	fill_random(&mut wrapped.nonce)?;
	let tag = XChaCha20Poly1305::new(Key::from_slice(epoch_key.as_bytes()))
		.encrypt_in_place_detached(
			XNonce::from_slice(&wrapped.nonce),
			&aad(stream, epoch, batch),
			&mut wrapped.ciphertext,
		)
		.map_err(|_| Error::TooLong { len: KEY_LEN })?;
	wrapped.tag.copy_from_slice(&tag);
	Ok(wrapped)
}

/// Unwraps a data key; any failure to authenticate is [`Error::WrongKeyOrTampered`].
pub fn unwrap_data_key(
	wrapped: &WrappedKey,
	epoch_key: &EpochKey,
	stream: StreamRef,
	epoch: u32,
	batch: u64,
) -> Result<DataKey, Error> {
	// Decrypt into the key itself so that no plaintext copy is left behind.
	let mut key = DataKey::from_bytes(wrapped.ciphertext);
	XChaCha20Poly1305::new(Key::from_slice(epoch_key.as_bytes()))
		.decrypt_in_place_detached(
			XNonce::from_slice(&wrapped.nonce),
			&aad(stream, epoch, batch),
			key.as_mut_bytes(),
			Tag::from_slice(&wrapped.tag),
		)
		.map_err(|_| Error::WrongKeyOrTampered)?;
	Ok(key)
}
