//! Encrypting one reading's payload under its batch's data key.
//!
//! The nonce is random, not derived from the sequence. A derived nonce is safe only while a
//! (data key, sequence) pair is never encrypted twice, and a gateway that retries a batch after a
//! crash, or a device that resends a sequence with another payload, would break that silently:
//! with Poly1305 a repeated nonce reveals the XOR of the two plaintexts and lets anyone forge
//! tags under that key. A random 192-bit XChaCha20 nonce makes a repeat negligible whatever the
//! gateway does; it costs 24 bytes per reading, which a derived nonce would save only if it were
//! left out of the stored reading.

use chacha20poly1305::{
	aead::{AeadInPlace, KeyInit},
	Key, Tag, XChaCha20Poly1305, XNonce,
};

use crate::{
	data_key::{NONCE_LEN, TAG_LEN},
	keys::fill_random,
	DataKey, Error, StreamRef, READING_TAG,
};

/// Bytes an encrypted reading has beyond its payload: the 24-byte nonce and the 16-byte tag.
pub const READING_OVERHEAD: usize = NONCE_LEN + TAG_LEN;

fn aad(stream: StreamRef, sequence: u64) -> Vec<u8> {
	stream.context(READING_TAG, &[&sequence.to_le_bytes()])
}

/// Encrypts reading `sequence` of `stream`: `nonce || ciphertext || tag`, [`READING_OVERHEAD`]
/// bytes longer than `payload`.
pub fn encrypt_reading(
	key: &DataKey,
	stream: StreamRef,
	sequence: u64,
	payload: &[u8],
) -> Result<Vec<u8>, Error> {
	let mut out = Vec::with_capacity(payload.len().saturating_add(READING_OVERHEAD));
	out.resize(NONCE_LEN, 0);
	fill_random(&mut out)?;
	out.extend_from_slice(payload);
	let (nonce, body) = out.split_at_mut(NONCE_LEN);
	let tag = XChaCha20Poly1305::new(Key::from_slice(key.as_bytes()))
		.encrypt_in_place_detached(XNonce::from_slice(nonce), &aad(stream, sequence), body)
		.map_err(|_| Error::TooLong { len: payload.len() })?;
	out.extend_from_slice(&tag);
	Ok(out)
}

/// Decrypts what [`encrypt_reading`] returned for the same key, stream and sequence.
///
/// Input shorter than [`READING_OVERHEAD`] is [`Error::MalformedCiphertext`]; any failure to
/// authenticate is [`Error::WrongKeyOrTampered`].
pub fn decrypt_reading(
	key: &DataKey,
	stream: StreamRef,
	sequence: u64,
	sealed: &[u8],
) -> Result<Vec<u8>, Error> {
	let malformed = || Error::MalformedCiphertext { len: sealed.len() };
	let (nonce, rest) = sealed.split_first_chunk::<NONCE_LEN>().ok_or_else(malformed)?;
	let (body, tag) = rest.split_last_chunk::<TAG_LEN>().ok_or_else(malformed)?;
	let mut out = body.to_vec();
	// The tag is checked before any byte is decrypted, so `out` never holds unauthenticated
	// plaintext.
	XChaCha20Poly1305::new(Key::from_slice(key.as_bytes()))
		.decrypt_in_place_detached(
			XNonce::from_slice(nonce),
			&aad(stream, sequence),
			&mut out,
			Tag::from_slice(tag),
		)
		.map_err(|_| Error::WrongKeyOrTampered)?;
	Ok(out)
}
