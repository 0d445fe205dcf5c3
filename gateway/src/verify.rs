//! The signature checks of a group of readings, which are most of the single writer's work: the
//! group is split over every core, and within each part the sr25519 and ed25519 signatures are
//! checked with their schemes' batch equations (one multi-scalar multiplication for the whole
//! part instead of one per signature). A part whose batch fails is checked again one signature
//! at a time, so each reading still gets its own verdict, the same as
//! [`DevicePublicKey::verify`]'s (sr25519 works in a prime-order group, and ed25519-zebra checks
//! single and batched signatures by the same rules, so a batch accepts exactly what single checks
//! would).

use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	telemetry::SignedReading,
};
use sp_core::H256;

/// From how many readings [`verify_all`] spreads the work over threads.
pub const PARALLEL_FROM: usize = 64;

/// The context sr25519 signatures are made in (sp-core's, which the chain checks with).
const SR25519_CONTEXT: &[u8] = b"substrate";

/// Whether each reading's signature is its key's over that reading on the chain with `genesis`.
/// In input order; a reading without a signature is `false`.
pub fn verify_all(genesis: H256, jobs: &[(&DevicePublicKey, &SignedReading)]) -> Vec<bool> {
	let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
	if threads < 2 || jobs.len() < PARALLEL_FROM {
		return verify_part(genesis, jobs);
	}
	std::thread::scope(|scope| {
		let parts: Vec<_> = jobs
			.chunks(jobs.len().div_ceil(threads))
			.map(|part| {
				let thread = std::thread::Builder::new()
					.name("verify".into())
					.spawn_scoped(scope, move || verify_part(genesis, part));
				(part, thread)
			})
			.collect();
		// A part whose thread could not start is checked here; one whose thread panicked counts
		// as unverified. Either way the verdicts keep the input order.
		parts
			.into_iter()
			.flat_map(|(part, thread)| match thread {
				Ok(thread) => thread.join().unwrap_or_else(|_| vec![false; part.len()]),
				Err(_) => verify_part(genesis, part),
			})
			.collect()
	})
}

fn verify_part(genesis: H256, part: &[(&DevicePublicKey, &SignedReading)]) -> Vec<bool> {
	let payloads: Vec<Vec<u8>> =
		part.iter().map(|(_, signed)| signed.reading.signing_payload(genesis)).collect();
	let mut verdicts = vec![false; part.len()];
	let (mut sr, mut ed) = (Vec::new(), Vec::new());
	for (i, (key, signed)) in part.iter().enumerate() {
		match (key, &signed.signature) {
			(DevicePublicKey::Sr25519(k), Some(DeviceSignature::Sr25519(s))) => sr.push((i, k, s)),
			(DevicePublicKey::Ed25519(k), Some(DeviceSignature::Ed25519(s))) => ed.push((i, k, s)),
			(key, Some(signature)) => verdicts[i] = key.verify(&payloads[i], signature),
			(_, None) => {}
		}
	}
	let batches = [
		(sr.iter().map(|(i, ..)| *i).collect::<Vec<_>>(), sr25519_batch(&sr, &payloads)),
		(ed.iter().map(|(i, ..)| *i).collect(), ed25519_batch(&ed, &payloads)),
	];
	for (indices, passed) in batches {
		for i in indices {
			verdicts[i] = passed || single(part[i], &payloads[i]);
		}
	}
	verdicts
}

fn single((key, signed): (&DevicePublicKey, &SignedReading), payload: &[u8]) -> bool {
	signed.signature.as_ref().is_some_and(|signature| key.verify(payload, signature))
}

/// Whether every signature holds; `false` also when one does not parse (then each is checked
/// alone). An empty batch holds.
fn sr25519_batch(items: &[(usize, &[u8; 32], &[u8; 64])], payloads: &[Vec<u8>]) -> bool {
	if items.is_empty() {
		return true;
	}
	let mut keys = Vec::with_capacity(items.len());
	let mut signatures = Vec::with_capacity(items.len());
	for (_, key, signature) in items {
		match (
			schnorrkel::PublicKey::from_bytes(*key),
			schnorrkel::Signature::from_bytes(*signature),
		) {
			(Ok(key), Ok(signature)) => {
				keys.push(key);
				signatures.push(signature);
			}
			_ => return false,
		}
	}
	let context = schnorrkel::signing_context(SR25519_CONTEXT);
	let transcripts = items.iter().map(|(i, ..)| context.bytes(&payloads[*i]));
	schnorrkel::verify_batch(transcripts, &signatures, &keys, false).is_ok()
}

/// As [`sr25519_batch`], for ed25519 (ZIP-215 rules, as sp-core's single check).
fn ed25519_batch(items: &[(usize, &[u8; 32], &[u8; 64])], payloads: &[Vec<u8>]) -> bool {
	if items.is_empty() {
		return true;
	}
	let mut batch = ed25519_zebra::batch::Verifier::new();
	for (i, key, signature) in items {
		let key = ed25519_zebra::VerificationKeyBytes::from(**key);
		batch.queue((key, ed25519_zebra::Signature::from_bytes(signature), &payloads[*i]));
	}
	batch.verify(rand_core::OsRng).is_ok()
}

#[cfg(test)]
mod tests {
	use iot_primitives::telemetry::{Reading, ReadingValue};
	use sp_core::{ed25519, sr25519, Pair};

	use super::*;

	const GENESIS: H256 = H256::repeat_byte(7);

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

	/// Readings 0..n, the even ones signed with sr25519 and the odd ones with ed25519.
	fn mixed(n: u64) -> (DevicePublicKey, DevicePublicKey, Vec<SignedReading>) {
		let sr = sr25519::Pair::from_string("//device", None).expect("a key");
		let ed = ed25519::Pair::from_string("//device", None).expect("a key");
		let signed = (0..n)
			.map(|s| {
				let reading = reading(s);
				let payload = reading.signing_payload(GENESIS);
				let signature = if s % 2 == 0 {
					DeviceSignature::Sr25519(sr.sign(&payload).0)
				} else {
					DeviceSignature::Ed25519(ed.sign(&payload).0)
				};
				SignedReading { reading, signature: Some(signature) }
			})
			.collect();
		(DevicePublicKey::Sr25519(sr.public().0), DevicePublicKey::Ed25519(ed.public().0), signed)
	}

	fn jobs<'a>(
		sr: &'a DevicePublicKey,
		ed: &'a DevicePublicKey,
		readings: &'a [SignedReading],
	) -> Vec<(&'a DevicePublicKey, &'a SignedReading)> {
		readings.iter().map(|r| (if r.reading.sequence % 2 == 0 { sr } else { ed }, r)).collect()
	}

	#[test]
	fn a_group_checked_in_batches_on_many_threads_keeps_each_readings_verdict_in_order() {
		let (sr, ed, mut readings) = mixed(300);
		// Forged: values and a sequence changed after signing, a signature left out, a signature
		// of another scheme, and bytes that are no signature at all.
		readings[7].reading.value = ReadingValue::Scalar(-1);
		readings[150].reading.sequence = 9_998;
		readings[201].reading.timestamp = 1;
		readings[299].signature = None;
		readings[40].signature = Some(DeviceSignature::Ed25519([1; 64]));
		readings[41].signature = Some(DeviceSignature::Ed25519([0xff; 64]));
		readings[42].signature = Some(DeviceSignature::Sr25519([0; 64]));
		let jobs = jobs(&sr, &ed, &readings);
		let verdicts = verify_all(GENESIS, &jobs);
		let refused: Vec<usize> = (0..verdicts.len()).filter(|&i| !verdicts[i]).collect();
		assert_eq!(refused, [7, 40, 41, 42, 150, 201, 299]);
		// The same verdicts one at a time, by the check the chain makes.
		for (i, (key, signed)) in jobs.iter().enumerate() {
			let payload = signed.reading.signing_payload(GENESIS);
			let alone = signed.signature.as_ref().is_some_and(|s| key.verify(&payload, s));
			assert_eq!(alone, verdicts[i], "reading {i}");
		}
		assert!(
			verify_all(H256::repeat_byte(8), &jobs).iter().all(|ok| !ok),
			"signatures are bound to their chain"
		);
	}

	#[test]
	fn small_groups_are_checked_on_the_callers_thread_with_the_same_verdicts() {
		let (sr, ed, mut readings) = mixed(PARALLEL_FROM as u64 - 1);
		readings[3].reading.value = ReadingValue::Scalar(-1);
		let verdicts = verify_all(GENESIS, &jobs(&sr, &ed, &readings));
		let refused: Vec<usize> = (0..verdicts.len()).filter(|&i| !verdicts[i]).collect();
		assert_eq!(refused, [3]);
		assert_eq!(verify_all(GENESIS, &[]), Vec::<bool>::new());
	}
}
