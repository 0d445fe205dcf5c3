//! Everything that was not sealed for this key and context is refused with a typed error.

use iot_data_crypto::*;

const STREAM: StreamRef = StreamRef { device: 42, stream: 3 };
const EPOCH: u32 = 5;
const BATCH: u64 = 11;
const SEQUENCE: u64 = 1000;

fn flips(len: usize) -> impl Iterator<Item = (usize, u8)> {
	(0..len).flat_map(|i| (0..8).map(move |bit| (i, 1u8 << bit)))
}

fn refused<T: std::fmt::Debug>(result: Result<T, Error>) -> bool {
	matches!(result, Err(Error::WrongKeyOrTampered))
}

#[test]
fn former_reader_cannot_open_another_readers_envelope() {
	let granted = ReaderSecret::generate().unwrap();
	let other = ReaderSecret::generate().unwrap();
	let epoch_key = EpochKey::generate().unwrap();
	let envelope = seal_epoch_key(&epoch_key, &granted.public(), STREAM, EPOCH).unwrap();
	assert!(refused(open_epoch_key(&envelope, &other, STREAM, EPOCH)));
}

#[test]
fn any_flipped_bit_in_an_envelope_is_refused() {
	let reader = ReaderSecret::generate().unwrap();
	let epoch_key = EpochKey::generate().unwrap();
	let bytes = seal_epoch_key(&epoch_key, &reader.public(), STREAM, EPOCH).unwrap().to_bytes();
	for (i, bit) in flips(ENVELOPE_LEN) {
		let mut altered = bytes;
		altered[i] ^= bit;
		let altered = Envelope::from_bytes(&altered).unwrap();
		assert!(refused(open_epoch_key(&altered, &reader, STREAM, EPOCH)), "byte {i} bit {bit:#x}");
	}
}

#[test]
fn envelope_for_another_device_stream_or_epoch_is_refused() {
	let reader = ReaderSecret::generate().unwrap();
	let epoch_key = EpochKey::generate().unwrap();
	let envelope = seal_epoch_key(&epoch_key, &reader.public(), STREAM, EPOCH).unwrap();
	let other_device = StreamRef { device: STREAM.device + 1, ..STREAM };
	let other_stream = StreamRef { stream: STREAM.stream + 1, ..STREAM };
	assert!(refused(open_epoch_key(&envelope, &reader, other_device, EPOCH)));
	assert!(refused(open_epoch_key(&envelope, &reader, other_stream, EPOCH)));
	// A former reader cannot pass an old epoch's envelope off as the next epoch's.
	assert!(refused(open_epoch_key(&envelope, &reader, STREAM, EPOCH + 1)));
}

#[test]
fn low_order_keys_are_refused() {
	let epoch_key = EpochKey::generate().unwrap();
	// Sealing to the all-zero point would give an all-zero shared secret.
	assert!(matches!(
		seal_epoch_key(&epoch_key, &[0; 32], STREAM, EPOCH),
		Err(Error::InvalidPublicKey)
	));
	// An envelope whose ephemeral key is that point cannot have come from `seal_epoch_key`.
	let reader = ReaderSecret::generate().unwrap();
	let mut bytes = seal_epoch_key(&epoch_key, &reader.public(), STREAM, EPOCH).unwrap().to_bytes();
	bytes[..ENC_LEN].fill(0);
	let altered = Envelope::from_bytes(&bytes).unwrap();
	assert!(refused(open_epoch_key(&altered, &reader, STREAM, EPOCH)));
}

#[test]
fn malformed_envelope_lengths_are_refused() {
	for len in [0, ENVELOPE_LEN - 1, ENVELOPE_LEN + 1, 2 * ENVELOPE_LEN] {
		let result = Envelope::from_bytes(&vec![0; len]);
		assert!(matches!(result, Err(Error::MalformedEnvelope { len: l }) if l == len));
	}
}

#[test]
fn any_flipped_bit_in_a_wrapped_key_is_refused() {
	let epoch_key = EpochKey::generate().unwrap();
	let data_key = DataKey::generate().unwrap();
	let bytes = wrap_data_key(&data_key, &epoch_key, STREAM, EPOCH, BATCH).unwrap().to_bytes();
	for (i, bit) in flips(WRAPPED_KEY_LEN) {
		let mut altered = bytes;
		altered[i] ^= bit;
		let altered = WrappedKey::from_bytes(&altered).unwrap();
		let result = unwrap_data_key(&altered, &epoch_key, STREAM, EPOCH, BATCH);
		assert!(refused(result), "byte {i} bit {bit:#x}");
	}
}

#[test]
fn wrapped_key_for_another_context_or_epoch_key_is_refused() {
	let epoch_key = EpochKey::generate().unwrap();
	let data_key = DataKey::generate().unwrap();
	let wrapped = wrap_data_key(&data_key, &epoch_key, STREAM, EPOCH, BATCH).unwrap();
	let other_device = StreamRef { device: STREAM.device + 1, ..STREAM };
	let other_stream = StreamRef { stream: STREAM.stream + 1, ..STREAM };
	let other_key = EpochKey::generate().unwrap();
	assert!(refused(unwrap_data_key(&wrapped, &epoch_key, other_device, EPOCH, BATCH)));
	assert!(refused(unwrap_data_key(&wrapped, &epoch_key, other_stream, EPOCH, BATCH)));
	assert!(refused(unwrap_data_key(&wrapped, &epoch_key, STREAM, EPOCH + 1, BATCH)));
	assert!(refused(unwrap_data_key(&wrapped, &epoch_key, STREAM, EPOCH, BATCH + 1)));
	assert!(refused(unwrap_data_key(&wrapped, &other_key, STREAM, EPOCH, BATCH)));
}

#[test]
fn malformed_wrapped_key_lengths_are_refused() {
	for len in [0, WRAPPED_KEY_LEN - 1, WRAPPED_KEY_LEN + 1] {
		let result = WrappedKey::from_bytes(&vec![0; len]);
		assert!(matches!(result, Err(Error::MalformedWrappedKey { len: l }) if l == len));
	}
}

#[test]
fn any_flipped_bit_in_a_reading_is_refused() {
	let data_key = DataKey::generate().unwrap();
	let sealed = encrypt_reading(&data_key, STREAM, SEQUENCE, b"21.5 C at dock 4").unwrap();
	for (i, bit) in flips(sealed.len()) {
		let mut altered = sealed.clone();
		altered[i] ^= bit;
		let result = decrypt_reading(&data_key, STREAM, SEQUENCE, &altered);
		assert!(refused(result), "byte {i} bit {bit:#x}");
	}
}

#[test]
fn reading_for_another_context_or_data_key_is_refused() {
	let data_key = DataKey::generate().unwrap();
	let sealed = encrypt_reading(&data_key, STREAM, SEQUENCE, b"payload").unwrap();
	let other_device = StreamRef { device: STREAM.device + 1, ..STREAM };
	let other_stream = StreamRef { stream: STREAM.stream + 1, ..STREAM };
	let other_key = DataKey::generate().unwrap();
	assert!(refused(decrypt_reading(&data_key, other_device, SEQUENCE, &sealed)));
	assert!(refused(decrypt_reading(&data_key, other_stream, SEQUENCE, &sealed)));
	// Replaying a reading at another sequence is refused.
	assert!(refused(decrypt_reading(&data_key, STREAM, SEQUENCE + 1, &sealed)));
	assert!(refused(decrypt_reading(&other_key, STREAM, SEQUENCE, &sealed)));
}

#[test]
fn truncated_or_extended_readings_are_refused() {
	let data_key = DataKey::generate().unwrap();
	let sealed = encrypt_reading(&data_key, STREAM, SEQUENCE, b"payload").unwrap();
	for len in 0..READING_OVERHEAD {
		let result = decrypt_reading(&data_key, STREAM, SEQUENCE, &sealed[..len]);
		assert!(matches!(result, Err(Error::MalformedCiphertext { len: l }) if l == len));
	}
	for len in READING_OVERHEAD..sealed.len() {
		assert!(refused(decrypt_reading(&data_key, STREAM, SEQUENCE, &sealed[..len])));
	}
	let mut extended = sealed.clone();
	extended.push(0);
	assert!(refused(decrypt_reading(&data_key, STREAM, SEQUENCE, &extended)));
}

#[test]
fn errors_say_what_went_wrong() {
	let message = Error::WrongKeyOrTampered.to_string();
	assert!(message.contains("altered") && message.contains("not sealed for this key"));
	let message = Error::MalformedEnvelope { len: 3 }.to_string();
	assert!(message.contains('3') && message.contains(&ENVELOPE_LEN.to_string()));
}
