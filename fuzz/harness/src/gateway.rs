//! The gateway's inputs: what devices, brokers and HTTP clients send (readings as JSON or SCALE,
//! vouchers), and the spool file it recovers from after a crash. Bytes from anywhere must give
//! a value or a clear error, never a panic; what decodes must encode back to itself; a spool
//! that was cut short or scribbled over must open with an error or a state whose every read
//! answers (with a value or an error), and an intact spool must lose nothing.

use codec::{Decode, Encode};
use iot_gateway::{
	spool::Spool,
	vouchers::{SignedVoucher, VoucherJson},
	wire,
};
use iot_primitives::telemetry::{Reading, ReadingValue, SignedReading};

/// The parsers: the first byte picks one, the rest is its input.
pub fn wire(data: &[u8]) {
	let Some((&which, input)) = data.split_first() else { return };
	match which % 5 {
		0 => {
			if let Ok(reading) = wire::decode_message(input) {
				if input.first() != Some(&b'{') {
					assert_eq!(reading.encode(), input, "a SCALE reading re-encodes to its bytes");
				}
			}
		}
		1 => {
			if let Ok(readings) = wire::decode_body(input, true) {
				let readings: Vec<SignedReading> =
					readings.into_iter().map(|r| r.expect("SCALE items decode whole")).collect();
				assert_eq!(
					wire::encode_body(&readings),
					input,
					"a SCALE body re-encodes to its bytes"
				);
			}
		}
		2 => {
			if let Ok(items) = wire::decode_body(input, false) {
				for item in items.into_iter().flatten() {
					let bytes = item.encode();
					assert_eq!(SignedReading::decode(&mut &bytes[..]).ok(), Some(item));
				}
			}
		}
		3 => {
			if let Ok(json) = serde_json::from_slice::<VoucherJson>(input) {
				let _ = SignedVoucher::try_from(json);
			}
		}
		_ => {
			if let Ok(voucher) = SignedVoucher::decode(&mut &input[..]) {
				let bytes = voucher.encode();
				assert_eq!(&input[..bytes.len()], &bytes[..], "a voucher re-encodes to its bytes");
			}
		}
	}
}

/// A spool with a few readings (how many, from the first byte), closed, then damaged as the rest
/// of the input says (cut at an offset, or bytes overwritten), then opened again and read.
pub fn spool(data: &[u8]) {
	let Some((&count, damage)) = data.split_first() else { return };
	let dir = tempfile::tempdir().expect("a temporary directory");
	let path = dir.path().join("spool.redb");
	let count = u64::from(count % 16);
	{
		let spool = Spool::open(&path).expect("a new spool opens");
		let readings = (0..count).map(|i| (reading(i), None)).collect();
		let verdicts = spool.accept(readings, 1_000).expect("a new spool accepts");
		assert!(verdicts.iter().all(Result::is_ok));
	}
	let mut bytes = std::fs::read(&path).expect("the spool file");
	let length = bytes.len();
	let damaged = apply_damage(&mut bytes, damage);
	std::fs::write(&path, &bytes).expect("the spool file is written back");
	// The gateway turns a panic of redb on a damaged file into an error; libFuzzer's hook would
	// abort on the panic before that, so it is silenced while the spool opens.
	let hook = std::panic::take_hook();
	std::panic::set_hook(Box::new(|_| {}));
	let opened = Spool::open(&path);
	std::panic::set_hook(hook);
	let Ok(spool) = opened else { return };
	let pending = spool.pending();
	let _ = spool.depth();
	let _ = spool.open_batches();
	let _ = spool.vouchers(8);
	for i in 0..count {
		let _ = spool.locate(1, 0, i);
	}
	if !damaged {
		assert_eq!(bytes.len(), length);
		let (held, _) = pending.expect("an intact spool reads");
		assert_eq!(held, count, "an intact spool keeps every reading");
	}
}

fn reading(sequence: u64) -> Reading {
	Reading {
		device: 1,
		stream: 0,
		sequence,
		timestamp: 1_000 + sequence,
		value: ReadingValue::Scalar(sequence as i64),
		salt: None,
	}
}

/// Damages `bytes` as `damage` says: pairs of (offset, byte) to overwrite, after a first byte
/// that, when odd, cuts the file at an offset first. Whether anything changed.
fn apply_damage(bytes: &mut Vec<u8>, damage: &[u8]) -> bool {
	let before = bytes.clone();
	let mut rest = damage;
	if let [mode, a, b, tail @ ..] = rest {
		if mode % 2 == 1 && !bytes.is_empty() {
			let at = usize::from(u16::from_le_bytes([*a, *b])) * 16 % bytes.len();
			bytes.truncate(at);
		}
		rest = tail;
	}
	for chunk in rest.chunks_exact(4) {
		if bytes.is_empty() {
			break;
		}
		let at = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], 0]) as usize % bytes.len();
		bytes[at] = chunk[3];
	}
	*bytes != before
}
