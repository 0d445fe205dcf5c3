//! The TypeScript client (`clients/ts`) against `iot-primitives`: this test computes vectors with
//! the Rust types (readings, leaves, trees and proofs, ranges, summaries, headers, keys,
//! signatures, signed payloads, vouchers, reward and sealed leaves), writes them to a file, and
//! runs the client's tests on it. The vectors are made afresh on every run, never pasted, so a
//! change on either side fails here.

use std::{path::Path, process::Command};

use codec::Encode;
use iot_primitives::{
	data::SealedReading,
	device::{DevicePublicKey, DeviceSignature},
	merkle,
	payload::{signing_payload, PossessionBody, KEY_ROTATION, PROOF_OF_POSSESSION},
	payment::Voucher,
	rewards::{reward_leaf, RewardTree},
	telemetry::{
		Batch, BatchHeader, Reading, ReadingValue, SignedReading, StreamRange, ValueSummary,
	},
};
use serde_json::{json, Value};
use sp_core::{bytes::to_hex, H256};

/// A fixed, well-mixed sequence (splitmix64), so vectors reach every byte without a rand crate.
struct Mix(u64);

impl Mix {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
		z ^ (z >> 31)
	}

	fn bytes<const N: usize>(&mut self) -> [u8; N] {
		core::array::from_fn(|_| self.next() as u8)
	}
}

fn hex(bytes: impl AsRef<[u8]>) -> Value {
	json!(to_hex(bytes.as_ref(), false))
}

fn reading_json(r: &Reading) -> Value {
	let value = match r.value {
		ReadingValue::Scalar(v) => json!({ "scalar": v.to_string() }),
		ReadingValue::PayloadHash(h) => json!({ "payloadHash": hex(h) }),
	};
	json!({
		"device": r.device.to_string(), "stream": r.stream, "sequence": r.sequence.to_string(),
		"timestamp": r.timestamp.to_string(), "value": value, "salt": r.salt.map(hex),
	})
}

fn range_json(g: &StreamRange) -> Value {
	json!({
		"device": g.device.to_string(), "stream": g.stream,
		"firstSequence": g.first_sequence.to_string(), "lastSequence": g.last_sequence.to_string(),
		"firstTimestamp": g.first_timestamp.to_string(), "lastTimestamp": g.last_timestamp.to_string(),
		"count": g.count, "scale": hex(g.encode()),
	})
}

fn summary_json(s: &ValueSummary) -> Value {
	json!({ "min": s.min.to_string(), "max": s.max.to_string(), "sum": s.sum.to_string(), "scale": hex(s.encode()) })
}

fn readings(mix: &mut Mix, genesis: H256) -> Vec<Value> {
	let extremes = [0, 1, u64::MAX, 1 << 32, 255];
	(0..24)
		.map(|i| {
			let value = if i % 4 == 3 {
				ReadingValue::PayloadHash(H256(mix.bytes()))
			} else if i < 5 {
				ReadingValue::Scalar([i64::MIN, i64::MAX, -1, 0, 8_000][i])
			} else {
				ReadingValue::Scalar(mix.next() as i64)
			};
			let r = Reading {
				device: if i < 5 { extremes[i] } else { mix.next() },
				stream: mix.next() as u16,
				sequence: mix.next(),
				timestamp: mix.next() >> 20,
				value,
				salt: (i % 3 != 0).then(|| mix.bytes()),
			};
			let signature = (i % 2 == 0).then(|| DeviceSignature::Ed25519(mix.bytes()));
			let signed = SignedReading { reading: r.clone(), signature: signature.clone() };
			json!({
				"reading": reading_json(&r), "scale": hex(r.encode()), "leaf": hex(r.leaf_hash()),
				"payload": hex(r.signing_payload(genesis)),
				"signature": signature.as_ref().map(signature_json), "signed": hex(signed.encode()),
			})
		})
		.collect()
}

fn key_json(key: &DevicePublicKey) -> Value {
	let (kind, bytes): (&str, &[u8]) = match key {
		DevicePublicKey::Sr25519(k) | DevicePublicKey::Ed25519(k) => {
			(if matches!(key, DevicePublicKey::Sr25519(_)) { "Sr25519" } else { "Ed25519" }, k)
		}
		DevicePublicKey::Secp256k1(k) => ("Secp256k1", k),
		DevicePublicKey::P256(k) => ("P256", k),
	};
	json!({
		"kind": kind, "bytes": hex(bytes), "scale": hex(key.encode()),
		"leaf": hex(merkle::leaf_hash(merkle::DEVICE_KEY_LEAF, &key.encode())),
	})
}

fn signature_json(sig: &DeviceSignature) -> Value {
	let (kind, bytes): (&str, &[u8]) = match sig {
		DeviceSignature::Sr25519(s) => ("Sr25519", s),
		DeviceSignature::Ed25519(s) => ("Ed25519", s),
		DeviceSignature::Secp256k1(s) => ("Secp256k1", s),
		DeviceSignature::P256(s) => ("P256", s),
	};
	json!({ "kind": kind, "bytes": hex(bytes), "scale": hex(sig.encode()) })
}

/// Trees of every size up to 40 with every proof, and a 3,000-leaf one with some.
fn trees(mix: &mut Mix) -> Vec<Value> {
	let sizes = (0..=40u32).chain([1024, 1025, 3000]);
	sizes
		.map(|n| {
			let leaves: Vec<H256> = (0..n).map(|_| H256(mix.bytes())).collect();
			let indices: Vec<u32> = if n <= 40 {
				(0..n).collect()
			} else {
				[0, 1, 511, 1023, 1024, n - 1].into_iter().filter(|&i| i < n).collect()
			};
			let proofs: Vec<Value> = indices
				.iter()
				.map(|&i| {
					let siblings = merkle::proof(&leaves, i).expect("in range");
					json!({ "index": i, "siblings": siblings.iter().map(hex).collect::<Vec<_>>() })
				})
				.collect();
			json!({
				"leaves": leaves.iter().map(hex).collect::<Vec<_>>(),
				"root": hex(merkle::root(leaves.iter().copied())), "proofs": proofs,
			})
		})
		.collect()
}

fn batch(mix: &mut Mix, genesis: H256) -> Value {
	let readings: Vec<Reading> = (0..37u64)
		.map(|i| Reading {
			device: if i == 5 { 99 } else { [3, 1, 2, u64::MAX][(i % 4) as usize] },
			stream: (i % 3) as u16,
			sequence: 1_000 - i * 7 % 50,
			timestamp: 1_700_000_000_000 + (mix.next() % 100_000),
			value: if i == 5 {
				ReadingValue::PayloadHash(H256(mix.bytes()))
			} else {
				ReadingValue::Scalar(mix.next() as i64 >> 3)
			},
			salt: (i % 2 == 0).then(|| mix.bytes()),
		})
		.collect();
	let batch = Batch::new(readings.clone());
	let ranges = batch.ranges();
	let headers: Vec<Value> = ranges
		.iter()
		.filter_map(|g| {
			let header: BatchHeader = batch.header(g.device, g.stream)?;
			Some(json!({
				"device": g.device.to_string(), "stream": g.stream,
				"summary": summary_json(&header.summary), "scale": hex(header.encode()),
				"payload": hex(header.signing_payload(genesis)),
			}))
		})
		.collect();
	json!({
		"readings": readings.iter().map(reading_json).collect::<Vec<_>>(),
		"root": hex(batch.root()),
		"proofs": (0..37u32).map(|i| {
			let p = batch.proof(i).expect("in range");
			json!({ "index": i, "siblings": p.siblings.iter().map(hex).collect::<Vec<_>>() })
		}).collect::<Vec<_>>(),
		"ranges": ranges.iter().map(range_json).collect::<Vec<_>>(),
		"headers": headers,
	})
}

fn vectors() -> Value {
	let mut mix = Mix(0x10_7c4a);
	let genesis = H256(mix.bytes());
	let keys = [
		DevicePublicKey::Sr25519(mix.bytes()),
		DevicePublicKey::Ed25519(mix.bytes()),
		DevicePublicKey::Secp256k1(mix.bytes()),
		DevicePublicKey::P256(mix.bytes()),
	];
	let signatures = [
		DeviceSignature::Sr25519(mix.bytes()),
		DeviceSignature::Ed25519(mix.bytes()),
		DeviceSignature::Secp256k1(mix.bytes()),
		DeviceSignature::P256(mix.bytes()),
	];
	let owner: [u8; 32] = mix.bytes();
	let possession = [0u64, 1, u64::MAX].map(|nonce| {
		let payload =
			signing_payload(PROOF_OF_POSSESSION, genesis, &PossessionBody { owner, nonce });
		json!({ "owner": hex(owner), "nonce": nonce.to_string(), "payload": hex(payload) })
	});
	let rotations: Vec<Value> = keys
		.iter()
		.zip([0u64, 9, u64::MAX, 1 << 40])
		.zip([0u32, 1, u32::MAX, 77])
		.map(|((key, device), rotations)| {
			let payload = signing_payload(KEY_ROTATION, genesis, &(device, key.clone(), rotations));
			json!({ "device": device.to_string(), "key": key_json(key), "rotations": rotations, "payload": hex(payload) })
		})
		.collect();
	let vouchers: Vec<Value> = [
		(0u64, 0u128, 0u64),
		(7, 1_500_000_000, 3),
		(u64::MAX, u128::MAX, u64::MAX),
	]
	.iter()
	.map(|&(channel, cumulative, nonce)| {
		let v = Voucher { channel, cumulative, nonce };
		json!({
			"channel": channel.to_string(), "cumulative": cumulative.to_string(), "nonce": nonce.to_string(),
			"scale": hex(v.encode()), "payload": hex(v.signing_payload(genesis)),
		})
	})
	.collect();
	let entries: Vec<(u64, [u8; 32], u128)> = (0..21)
		.map(|i| {
			(
				if i == 0 { u64::MAX } else { mix.next() },
				mix.bytes(),
				u128::from(mix.next()) << (i * 3),
			)
		})
		.collect();
	let tree = RewardTree::new(&entries);
	let rewards = json!({
		"entries": entries.iter().map(|(node, owner, cumulative)| json!({
			"node": node.to_string(), "owner": hex(owner), "cumulative": cumulative.to_string(),
			"leaf": hex(reward_leaf(*node, owner, *cumulative)),
		})).collect::<Vec<_>>(),
		"root": hex(tree.root()),
		"proofs": (0..21u32).map(|i| tree.proof(i).expect("in range").iter().map(hex).collect::<Vec<_>>()).collect::<Vec<_>>(),
	});
	let sealed: Vec<Value> = (0..4)
		.map(|_| {
			let s = SealedReading {
				device: mix.next(),
				stream: mix.next() as u16,
				sequence: mix.next(),
				timestamp: mix.next(),
				ciphertext: H256(mix.bytes()),
			};
			json!({
				"device": s.device.to_string(), "stream": s.stream, "sequence": s.sequence.to_string(),
				"timestamp": s.timestamp.to_string(), "ciphertext": hex(s.ciphertext),
				"scale": hex(s.encode()), "leaf": hex(s.leaf_hash()),
			})
		})
		.collect();
	json!({
		"genesis": hex(genesis),
		"readings": readings(&mut mix, genesis),
		"trees": trees(&mut mix),
		"batch": batch(&mut mix, genesis),
		"keys": keys.iter().map(key_json).collect::<Vec<_>>(),
		"signatures": signatures.iter().map(signature_json).collect::<Vec<_>>(),
		"possession": possession, "rotations": rotations, "vouchers": vouchers,
		"rewards": rewards, "sealed": sealed,
	})
}

#[test]
fn the_typescript_client_encodes_as_iot_primitives() {
	let client = Path::new(env!("CARGO_MANIFEST_DIR")).join("../clients/ts");
	let tests = client.join("dist/test");
	assert!(
		tests.exists(),
		"clients/ts is not built: run `npm ci && npm run build --workspace clients/ts` (./scripts/test.sh does)"
	);
	let file = std::env::temp_dir().join(format!("iot-ts-vectors-{}.json", std::process::id()));
	std::fs::write(&file, serde_json::to_vec(&vectors()).expect("json")).expect("vectors written");
	let status = Command::new("node")
		.args(["--test", "--test-reporter=spec"])
		.arg(&tests)
		.env("IOT_VECTORS", &file)
		.current_dir(&client)
		.status()
		.expect("node runs");
	let _ = std::fs::remove_file(&file);
	assert!(status.success(), "the TypeScript client's tests failed against the vectors: {status}");
}
