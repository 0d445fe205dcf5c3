//! What a gateway seals, a granted reader opens.

use iot_data_crypto::*;

const STREAM: StreamRef = StreamRef { device: 0x0102_0304_0506_0708, stream: 9 };

#[test]
fn reader_reads_what_the_gateway_sealed() {
	// given a reader and a gateway's epoch and batch keys
	let reader = ReaderSecret::generate().unwrap();
	let epoch_key = EpochKey::generate().unwrap();
	let data_key = DataKey::generate().unwrap();

	// when the gateway seals, wraps and encrypts, and everything goes through its byte encoding
	let envelope = seal_epoch_key(&epoch_key, &reader.public(), STREAM, 4).unwrap();
	let wrapped = wrap_data_key(&data_key, &epoch_key, STREAM, 4, 77).unwrap();
	let reading = encrypt_reading(&data_key, STREAM, 1234, b"temperature=21.5").unwrap();
	let envelope = Envelope::from_bytes(&envelope.to_bytes()).unwrap();
	let wrapped = WrappedKey::from_bytes(&wrapped.to_bytes()).unwrap();

	// then the reader recovers each key and the payload
	let opened = open_epoch_key(&envelope, &reader, STREAM, 4).unwrap();
	assert_eq!(opened.as_bytes(), epoch_key.as_bytes());
	let unwrapped = unwrap_data_key(&wrapped, &opened, STREAM, 4, 77).unwrap();
	assert_eq!(unwrapped.as_bytes(), data_key.as_bytes());
	assert_eq!(decrypt_reading(&unwrapped, STREAM, 1234, &reading).unwrap(), b"temperature=21.5");
}

#[test]
fn every_grantee_opens_its_own_envelope() {
	let epoch_key = EpochKey::generate().unwrap();
	let readers: Vec<_> = (0..3).map(|_| ReaderSecret::generate().unwrap()).collect();
	for reader in &readers {
		let envelope = seal_epoch_key(&epoch_key, &reader.public(), STREAM, 0).unwrap();
		let opened = open_epoch_key(&envelope, reader, STREAM, 0).unwrap();
		assert_eq!(opened.as_bytes(), epoch_key.as_bytes());
	}
}

#[test]
fn sizes_are_the_documented_constants() {
	let reader = ReaderSecret::generate().unwrap();
	let epoch_key = EpochKey::generate().unwrap();
	let data_key = DataKey::generate().unwrap();

	let envelope = seal_epoch_key(&epoch_key, &reader.public(), STREAM, 1).unwrap();
	assert_eq!(ENVELOPE_LEN, 80);
	assert_eq!(envelope.to_bytes().len(), ENVELOPE_LEN);
	assert_eq!(envelope.enc().len() + envelope.sealed().len(), ENVELOPE_LEN);
	assert_eq!(envelope.sealed().len(), SEALED_LEN);

	let wrapped = wrap_data_key(&data_key, &epoch_key, STREAM, 1, 2).unwrap();
	assert_eq!(wrapped.to_bytes().len(), WRAPPED_KEY_LEN);
	assert_eq!(WRAPPED_KEY_LEN, 72);

	assert_eq!(READING_OVERHEAD, 40);
	for len in [0, 1, 64, 1000] {
		let reading = encrypt_reading(&data_key, STREAM, 5, &vec![7; len]).unwrap();
		assert_eq!(reading.len(), len + READING_OVERHEAD);
	}
}

#[test]
fn empty_payload_round_trips() {
	let data_key = DataKey::generate().unwrap();
	let reading = encrypt_reading(&data_key, STREAM, 0, &[]).unwrap();
	assert_eq!(decrypt_reading(&data_key, STREAM, 0, &reading).unwrap(), b"");
}

#[test]
fn same_reading_twice_gives_different_ciphertexts() {
	// Random nonces: a retried reading never repeats a (key, nonce) pair.
	let data_key = DataKey::generate().unwrap();
	let a = encrypt_reading(&data_key, STREAM, 1, b"x").unwrap();
	let b = encrypt_reading(&data_key, STREAM, 1, b"x").unwrap();
	assert_ne!(a, b);
}

#[test]
fn debug_output_never_shows_secrets() {
	let reader = ReaderSecret::generate().unwrap();
	let secret_hex = reader.to_hex();
	assert!(!format!("{reader:?}").contains(secret_hex.as_str()));
	let key = EpochKey::from_bytes([0xab; KEY_LEN]);
	assert_eq!(format!("{key:?}"), "EpochKey(<secret>)");
	assert_eq!(format!("{:?}", DataKey::from_bytes([1; KEY_LEN])), "DataKey(<secret>)");
}
