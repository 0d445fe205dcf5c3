//! Properties over arbitrary payloads and contexts.

use iot_data_crypto::*;
use proptest::prelude::*;

fn stream() -> impl Strategy<Value = StreamRef> {
	(any::<u64>(), any::<u32>()).prop_map(|(device, stream)| StreamRef { device, stream })
}

proptest! {
	#[test]
	fn reading_round_trips(
		stream in stream(),
		sequence in any::<u64>(),
		payload in proptest::collection::vec(any::<u8>(), 0..512),
	) {
		let key = DataKey::generate().unwrap();
		let sealed = encrypt_reading(&key, stream, sequence, &payload).unwrap();
		prop_assert_eq!(sealed.len(), payload.len() + READING_OVERHEAD);
		prop_assert_eq!(decrypt_reading(&key, stream, sequence, &sealed).unwrap(), payload);
	}

	#[test]
	fn reading_under_any_other_context_is_refused(
		stream in stream(),
		other in stream(),
		sequence in any::<u64>(),
		other_sequence in any::<u64>(),
		payload in proptest::collection::vec(any::<u8>(), 0..64),
	) {
		prop_assume!((stream, sequence) != (other, other_sequence));
		let key = DataKey::generate().unwrap();
		let sealed = encrypt_reading(&key, stream, sequence, &payload).unwrap();
		let result = decrypt_reading(&key, other, other_sequence, &sealed);
		prop_assert!(matches!(result, Err(Error::WrongKeyOrTampered)));
	}

	#[test]
	fn any_single_bit_flip_in_a_reading_is_refused(
		payload in proptest::collection::vec(any::<u8>(), 0..128),
		position in any::<prop::sample::Index>(),
		bit in 0u8..8,
	) {
		let key = DataKey::generate().unwrap();
		let stream = StreamRef { device: 1, stream: 2 };
		let mut sealed = encrypt_reading(&key, stream, 3, &payload).unwrap();
		let i = position.index(sealed.len());
		sealed[i] ^= 1 << bit;
		let result = decrypt_reading(&key, stream, 3, &sealed);
		prop_assert!(matches!(result, Err(Error::WrongKeyOrTampered)));
	}

	#[test]
	fn wrapped_key_round_trips_only_in_its_context(
		stream in stream(),
		epoch in any::<u32>(),
		batch in any::<u64>(),
		other_batch in any::<u64>(),
	) {
		let epoch_key = EpochKey::generate().unwrap();
		let data_key = DataKey::generate().unwrap();
		let wrapped = wrap_data_key(&data_key, &epoch_key, stream, epoch, batch).unwrap();
		let wrapped = WrappedKey::from_bytes(&wrapped.to_bytes()).unwrap();
		let unwrapped = unwrap_data_key(&wrapped, &epoch_key, stream, epoch, batch).unwrap();
		prop_assert_eq!(unwrapped.as_bytes(), data_key.as_bytes());
		if other_batch != batch {
			let result = unwrap_data_key(&wrapped, &epoch_key, stream, epoch, other_batch);
			prop_assert!(matches!(result, Err(Error::WrongKeyOrTampered)));
		}
	}

	#[test]
	fn malformed_hex_never_panics(text in proptest::collection::vec(any::<u8>(), 0..80)) {
		let _ = ReaderSecret::from_hex(&text);
	}

	#[test]
	fn envelope_decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
		match Envelope::from_bytes(&bytes) {
			Ok(envelope) => prop_assert_eq!(envelope.to_bytes().to_vec(), bytes),
			Err(Error::MalformedEnvelope { len }) => prop_assert_ne!(len, ENVELOPE_LEN),
			Err(other) => prop_assert!(false, "unexpected {other:?}"),
		}
	}
}

proptest! {
	// HPKE costs ~100 µs a case; a few dozen cases cover the context fields.
	#![proptest_config(ProptestConfig::with_cases(32))]

	#[test]
	fn envelope_opens_only_in_its_context(
		stream in stream(),
		epoch in any::<u32>(),
		other_epoch in any::<u32>(),
	) {
		let reader = ReaderSecret::generate().unwrap();
		let epoch_key = EpochKey::generate().unwrap();
		let envelope = seal_epoch_key(&epoch_key, &reader.public(), stream, epoch).unwrap();
		let opened = open_epoch_key(&envelope, &reader, stream, epoch).unwrap();
		prop_assert_eq!(opened.as_bytes(), epoch_key.as_bytes());
		if other_epoch != epoch {
			let result = open_epoch_key(&envelope, &reader, stream, other_epoch);
			prop_assert!(matches!(result, Err(Error::WrongKeyOrTampered)));
		}
	}
}
