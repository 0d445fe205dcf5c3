//! The documented layouts, checked with the underlying primitives directly: readers written in
//! other languages rebuild these bytes from the crate docs, not from this code.

use chacha20poly1305::{aead::Aead, aead::KeyInit, aead::Payload, Key, XChaCha20Poly1305, XNonce};
use hpke::{
	aead::ChaCha20Poly1305, kdf::HkdfSha256, kem::X25519HkdfSha256, Deserializable, Kem, OpModeR,
};
use iot_data_crypto::*;

const STREAM: StreamRef = StreamRef { device: 0x0102_0304_0506_0708, stream: 0x0a0b_0c0d };

fn hex(s: &str) -> Vec<u8> {
	hex::decode(s).unwrap()
}

#[test]
fn envelope_is_rfc9180_base_mode_with_the_documented_info() {
	let reader = ReaderSecret::generate().unwrap();
	let epoch_key = EpochKey::generate().unwrap();
	let envelope = seal_epoch_key(&epoch_key, &reader.public(), STREAM, 0x1122_3344).unwrap();

	let info =
		[b"iot/data/epk1".as_slice(), &hex("0807060504030201"), &hex("0d0c0b0a"), &hex("44332211")]
			.concat();
	let bytes = envelope.to_bytes();
	let secret = <X25519HkdfSha256 as Kem>::PrivateKey::from_bytes(&hex(&reader.to_hex())).unwrap();
	let enc = <X25519HkdfSha256 as Kem>::EncappedKey::from_bytes(&bytes[..32]).unwrap();
	let opened = hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, X25519HkdfSha256>(
		&OpModeR::Base,
		&secret,
		&enc,
		&info,
		&bytes[32..],
		&[],
	)
	.unwrap();
	assert_eq!(opened, epoch_key.as_bytes());
}

#[test]
fn wrapped_key_is_nonce_ciphertext_tag_with_the_documented_aad() {
	let epoch_key = EpochKey::generate().unwrap();
	let data_key = DataKey::generate().unwrap();
	let wrapped =
		wrap_data_key(&data_key, &epoch_key, STREAM, 0x1122_3344, 0x99aa_bbcc_ddee_ff00).unwrap();

	let aad = [
		b"iot/data/dk1".as_slice(),
		&hex("0807060504030201"),
		&hex("0d0c0b0a"),
		&hex("44332211"),
		&hex("00ffeeddccbbaa99"),
	]
	.concat();
	let bytes = wrapped.to_bytes();
	let cipher = XChaCha20Poly1305::new(Key::from_slice(epoch_key.as_bytes()));
	let opened = cipher
		.decrypt(XNonce::from_slice(&bytes[..24]), Payload { msg: &bytes[24..], aad: &aad })
		.unwrap();
	assert_eq!(opened, data_key.as_bytes());
}

#[test]
fn reading_is_nonce_ciphertext_tag_with_the_documented_aad() {
	let data_key = DataKey::generate().unwrap();
	let reading = encrypt_reading(&data_key, STREAM, 0x99aa_bbcc_ddee_ff00, b"payload").unwrap();

	let aad = [
		b"iot/data/rd1".as_slice(),
		&hex("0807060504030201"),
		&hex("0d0c0b0a"),
		&hex("00ffeeddccbbaa99"),
	]
	.concat();
	let cipher = XChaCha20Poly1305::new(Key::from_slice(data_key.as_bytes()));
	let opened = cipher
		.decrypt(XNonce::from_slice(&reading[..24]), Payload { msg: &reading[24..], aad: &aad })
		.unwrap();
	assert_eq!(opened, b"payload");
}
