//! Holds `docs/encodings.md` to the code: every worked-example vector in the doc is recomputed
//! here, and the doc's Merkle rules are run as written against `iot_primitives::merkle`.
//!
//! A vector in the doc is a line `<!-- vector: NAME -->` followed by a ```` ```text ```` block.
//! Each line of the block starts with the hex of one field; the rest of the line is a note for
//! the reader. The test compares the hex line by line, so a field that changes size or place
//! fails too, not only the bytes as a whole.
//!
//! To regenerate the blocks after an encoding changes:
//! `ENCODINGS_DOC_PRINT=1 cargo test -p iot-primitives --test encodings_doc -- --nocapture`.

use std::collections::BTreeMap;

use codec::Encode;
use iot_primitives::{
	data::{SealedReading, SEALED_READING_LEAF},
	device::DevicePublicKey,
	merkle::{self, DEVICE_KEY_LEAF},
	payload::{
		signing_payload, PossessionBody, KEY_ROTATION, PAYMENT_VOUCHER, PROOF_OF_POSSESSION,
		TELEMETRY_BATCH, TELEMETRY_READING,
	},
	payment::Voucher,
	rewards::{reward_leaf, REWARD_LEAF},
	telemetry::{
		Batch, Reading, ReadingValue, SignedReading, StreamRange, ValueSummary, READING_LEAF,
	},
};
use sp_core::H256;
use sp_crypto_hashing::blake2_256;
use sp_runtime::AccountId32;

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/encodings.md");
const GENESIS: H256 = H256::repeat_byte(0x01);

/// One line of a vector block: the bytes of a field and what they are.
#[derive(Clone)]
struct Part(Vec<u8>, String);

fn part(bytes: impl AsRef<[u8]>, note: impl Into<String>) -> Part {
	Part(bytes.as_ref().to_vec(), note.into())
}

/// A named value of the worked example: what the code computes, and the same bytes cut into
/// the doc's annotated lines.
struct Vector {
	name: &'static str,
	value: Vec<u8>,
	parts: Vec<Part>,
}

fn vector(name: &'static str, value: impl AsRef<[u8]>, parts: Vec<Part>) -> Vector {
	Vector { name, value: value.as_ref().to_vec(), parts }
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn tag_part(tag: [u8; 16]) -> Part {
	part(tag, format!("domain tag \"{}\"", String::from_utf8_lossy(&tag)))
}

fn example_reading() -> Reading {
	Reading {
		device: 7,
		stream: 1,
		sequence: 42,
		timestamp: 1_700_000_000_000,
		value: ReadingValue::Scalar(-215),
		salt: Some([0x11; 16]),
	}
}

fn batch_readings() -> Vec<Reading> {
	vec![
		example_reading(),
		Reading {
			sequence: 43,
			timestamp: 1_700_000_001_000,
			value: ReadingValue::Scalar(-210),
			salt: Some([0x22; 16]),
			..example_reading()
		},
		Reading {
			device: 9,
			stream: 0,
			sequence: 5,
			timestamp: 1_700_000_000_500,
			value: ReadingValue::PayloadHash(H256::repeat_byte(0x33)),
			salt: None,
		},
	]
}

/// The fields of `r`, each note starting with `at` (where in an outer value they are).
fn reading_parts(r: &Reading, at: &str) -> Vec<Part> {
	let mut parts = vec![
		part(r.device.encode(), format!("{at}device: u64 = {}", r.device)),
		part(r.stream.encode(), format!("{at}stream: u16 = {}", r.stream)),
		part(r.sequence.encode(), format!("{at}sequence: u64 = {}", r.sequence)),
		part(r.timestamp.encode(), format!("{at}timestamp: u64 = {} ms", r.timestamp)),
	];
	match r.value {
		ReadingValue::Scalar(v) => {
			parts.push(part([0], format!("{at}value: variant 0 (Scalar)")));
			parts.push(part(v.encode(), format!("{at}value.Scalar: i64 = {v}")));
		}
		ReadingValue::PayloadHash(h) => {
			parts.push(part([1], format!("{at}value: variant 1 (PayloadHash)")));
			parts.push(part(h, format!("{at}value.PayloadHash: [u8; 32]")));
		}
	}
	match r.salt {
		Some(salt) => {
			parts.push(part([1], format!("{at}salt: Some")));
			parts.push(part(salt, format!("{at}salt.Some: [u8; 16]")));
		}
		None => parts.push(part([0], format!("{at}salt: None"))),
	}
	parts
}

fn range_parts(r: &StreamRange, at: &str) -> Vec<Part> {
	vec![
		part(r.device.encode(), format!("{at}device: u64 = {}", r.device)),
		part(r.stream.encode(), format!("{at}stream: u16 = {}", r.stream)),
		part(r.first_sequence.encode(), format!("{at}first_sequence: u64 = {}", r.first_sequence)),
		part(r.last_sequence.encode(), format!("{at}last_sequence: u64 = {}", r.last_sequence)),
		part(
			r.first_timestamp.encode(),
			format!("{at}first_timestamp: u64 = {} ms", r.first_timestamp),
		),
		part(
			r.last_timestamp.encode(),
			format!("{at}last_timestamp: u64 = {} ms", r.last_timestamp),
		),
		part(r.count.encode(), format!("{at}count: u32 = {}", r.count)),
	]
}

fn summary_parts(s: &ValueSummary, at: &str) -> Vec<Part> {
	vec![
		part(s.min.encode(), format!("{at}min: i64 = {}", s.min)),
		part(s.max.encode(), format!("{at}max: i64 = {}", s.max)),
		part(s.sum.encode(), format!("{at}sum: i128 = {}", s.sum)),
	]
}

/// A P-256 key's fields, noted as those of the field `name`.
fn key_parts(key: &[u8; 33], name: &str) -> Vec<Part> {
	vec![
		part([3], format!("{name}: variant 3 (P256)")),
		part([key[0]], format!("{name}.P256[0]: SEC1 prefix, compressed with even y")),
		part(&key[1..], format!("{name}.P256[1..33]: x coordinate")),
	]
}

fn voucher_parts(v: &Voucher<u128>, at: &str) -> Vec<Part> {
	vec![
		part(v.channel.encode(), format!("{at}channel: u64 = {}", v.channel)),
		part(v.cumulative.encode(), format!("{at}cumulative: u128 = {}", v.cumulative)),
		part(v.nonce.encode(), format!("{at}nonce: u64 = {}", v.nonce)),
	]
}

/// `head` followed by each of `tails`.
fn cat(head: Vec<Part>, tails: impl IntoIterator<Item = Vec<Part>>) -> Vec<Part> {
	let mut all = head;
	tails.into_iter().for_each(|t| all.extend(t));
	all
}

/// Every vector the doc must hold, computed by the code under test.
fn vectors() -> Vec<Vector> {
	let reading = example_reading();
	let readings = batch_readings();
	let batch = Batch::new(readings.clone());
	let leaves: Vec<H256> = readings.iter().map(Reading::leaf_hash).collect();
	let node01 = merkle::root(leaves[..2].iter().copied());
	let header = batch.header(7, 1).expect("device 7 stream 1 has scalar readings");
	let range = header.range;
	let summary = header.summary;

	let voucher = Voucher::<u128> { channel: 3, cumulative: 1_000_000_000_000, nonce: 9 };
	let owner = AccountId32::new([0x02; 32]);
	let possession = PossessionBody { owner: owner.clone(), nonce: 1 };
	let mut p256 = [0x55; 33];
	p256[0] = 0x02;
	let key = DevicePublicKey::P256(p256);
	let rotation = (7u64, key.clone(), 0u32);
	let reward = (7u64, owner.clone(), 5_000_000_000_000u128);
	let sealed = SealedReading {
		device: 7,
		stream: 1,
		sequence: 42,
		timestamp: 1_700_000_000_000,
		ciphertext: H256::repeat_byte(0x66),
	};

	let proof0 = batch.proof(0).expect("leaf 0 exists");
	let proof2 = batch.proof(2).expect("leaf 2 exists");
	let genesis = part(GENESIS, "genesis hash");

	vec![
		vector("reading.scale", reading.encode(), reading_parts(&reading, "")),
		vector("reading.leaf", reading.leaf_hash(), vec![part(reading.leaf_hash(), "leaf 0")]),
		vector(
			"reading.payload",
			reading.signing_payload(GENESIS),
			cat(
				vec![tag_part(TELEMETRY_READING), genesis.clone()],
				[reading_parts(&reading, "body.")],
			),
		),
		vector(
			"signed_reading.scale",
			SignedReading { reading: reading.clone(), signature: None }.encode(),
			cat(reading_parts(&reading, "reading."), [vec![part([0], "signature: None")]]),
		),
		vector("batch.reading1.scale", readings[1].encode(), reading_parts(&readings[1], "")),
		vector("batch.reading2.scale", readings[2].encode(), reading_parts(&readings[2], "")),
		vector("batch.leaf1", leaves[1], vec![part(leaves[1], "leaf 1")]),
		vector("batch.leaf2", leaves[2], vec![part(leaves[2], "leaf 2")]),
		vector("batch.node01", node01, vec![part(node01, "blake2_256(leaf 0 ‖ leaf 1)")]),
		vector("batch.root", batch.root(), vec![part(batch.root(), "blake2_256(node01 ‖ leaf 2)")]),
		vector(
			"batch.proof0.scale",
			proof0.encode(),
			vec![
				part(proof0.leaf_index.encode(), "leaf_index: u32 = 0"),
				part([0x08], "siblings: compact length 2"),
				part(proof0.siblings[0], "leaf 1"),
				part(proof0.siblings[1], "leaf 2 (moved up from row 0)"),
			],
		),
		vector(
			"batch.proof2.scale",
			proof2.encode(),
			vec![
				part(proof2.leaf_index.encode(), "leaf_index: u32 = 2"),
				part([0x04], "siblings: compact length 1"),
				part(proof2.siblings[0], "node01"),
			],
		),
		vector("range.scale", range.encode(), range_parts(&range, "")),
		vector("summary.scale", summary.encode(), summary_parts(&summary, "")),
		vector(
			"header.payload",
			header.signing_payload(GENESIS),
			cat(
				vec![
					tag_part(TELEMETRY_BATCH),
					genesis.clone(),
					part(header.root, "body.root"),
					part(
						header.leaf_count.encode(),
						format!("body.leaf_count: u32 = {}", header.leaf_count),
					),
				],
				[range_parts(&range, "body.range."), summary_parts(&summary, "body.summary.")],
			),
		),
		vector("voucher.scale", voucher.encode(), voucher_parts(&voucher, "")),
		vector(
			"voucher.payload",
			voucher.signing_payload(GENESIS),
			cat(
				vec![tag_part(PAYMENT_VOUCHER), genesis.clone()],
				[voucher_parts(&voucher, "body.")],
			),
		),
		vector(
			"possession.payload",
			signing_payload(PROOF_OF_POSSESSION, GENESIS, &possession),
			vec![
				tag_part(PROOF_OF_POSSESSION),
				genesis.clone(),
				part(&owner, "body.owner: AccountId32"),
				part(possession.nonce.encode(), "body.nonce: u64 = 1"),
			],
		),
		vector("key.scale", key.encode(), key_parts(&p256, "key")),
		vector(
			"rotation.payload",
			signing_payload(KEY_ROTATION, GENESIS, &rotation),
			cat(
				vec![
					tag_part(KEY_ROTATION),
					genesis.clone(),
					part(rotation.0.encode(), "body.device: u64 = 7"),
				],
				[
					key_parts(&p256, "body.new_key"),
					vec![part(rotation.2.encode(), "body.rotations: u32 = 0")],
				],
			),
		),
		vector(
			"devkey.leaf",
			merkle::leaf_hash(DEVICE_KEY_LEAF, &key.encode()),
			vec![part(merkle::leaf_hash(DEVICE_KEY_LEAF, &key.encode()), "device-key leaf")],
		),
		vector(
			"reward.scale",
			reward.encode(),
			vec![
				part(reward.0.encode(), "node: u64 = 7"),
				part(&reward.1, "owner: AccountId32"),
				part(reward.2.encode(), format!("cumulative: u128 = {}", reward.2)),
			],
		),
		vector(
			"reward.leaf",
			reward_leaf(reward.0, &reward.1, reward.2),
			vec![part(reward_leaf(reward.0, &reward.1, reward.2), "reward leaf")],
		),
		vector(
			"sealed.scale",
			sealed.encode(),
			vec![
				part(sealed.device.encode(), "device: u64 = 7"),
				part(sealed.stream.encode(), "stream: u16 = 1"),
				part(sealed.sequence.encode(), "sequence: u64 = 42"),
				part(sealed.timestamp.encode(), "timestamp: u64 = 1700000000000 ms"),
				part(sealed.ciphertext, "ciphertext: blake2_256(nonce ‖ sealed bytes)"),
			],
		),
		vector(
			"sealed.leaf",
			sealed.leaf_hash(),
			vec![part(sealed.leaf_hash(), "sealed-reading leaf")],
		),
	]
}

/// The marked blocks of the doc: name to the hex that starts each line.
fn doc_vectors(doc: &str) -> BTreeMap<String, Vec<String>> {
	let mut found = BTreeMap::new();
	let mut lines = doc.lines().enumerate();
	while let Some((n, line)) = lines.next() {
		let Some(rest) = line.trim().strip_prefix("<!-- vector:") else { continue };
		let name = rest.strip_suffix("-->").map(str::trim);
		let name = name.unwrap_or_else(|| panic!("line {}: malformed vector marker", n + 1));
		let fence = lines.next().map(|(_, l)| l.trim());
		assert_eq!(fence, Some("```text"), "line {}: `{name}` is not followed by ```text", n + 1);
		let mut hexes = Vec::new();
		for (m, line) in lines.by_ref() {
			if line.trim() == "```" {
				break;
			}
			let Some(token) = line.split_whitespace().next() else { continue };
			assert!(
				token.len() % 2 == 0 && token.bytes().all(|b| b.is_ascii_hexdigit()),
				"line {}: `{token}` in `{name}` is not hex",
				m + 1
			);
			hexes.push(token.to_ascii_lowercase());
		}
		assert!(found.insert(name.to_owned(), hexes).is_none(), "`{name}` appears twice");
	}
	found
}

fn print_block(v: &Vector) {
	println!("<!-- vector: {} -->\n```text", v.name);
	for Part(bytes, note) in &v.parts {
		println!("{:<64}  {note}", hex(bytes));
	}
	println!("```\n");
}

#[test]
fn doc_vectors_match_the_code() {
	let vectors = vectors();
	for v in &vectors {
		let joined: Vec<u8> = v.parts.iter().flat_map(|Part(b, _)| b.clone()).collect();
		assert_eq!(hex(&joined), hex(&v.value), "the parts of `{}` are not its bytes", v.name);
	}
	if std::env::var_os("ENCODINGS_DOC_PRINT").is_some() {
		vectors.iter().for_each(print_block);
		return;
	}

	let doc = std::fs::read_to_string(DOC).unwrap_or_else(|e| panic!("reading {DOC}: {e}"));
	let mut in_doc = doc_vectors(&doc);
	for v in &vectors {
		let lines =
			in_doc.remove(v.name).unwrap_or_else(|| panic!("`{}` missing from the doc", v.name));
		let expected: Vec<String> = v.parts.iter().map(|Part(b, _)| hex(b)).collect();
		assert_eq!(lines, expected, "`{}` in the doc differs from the code", v.name);
	}
	let unknown: Vec<_> = in_doc.keys().collect();
	assert!(unknown.is_empty(), "vectors in the doc that the test does not know: {unknown:?}");
}

#[test]
fn leaves_are_blake2_of_tag_and_scale() {
	let leaf = |tag: [u8; 16], data: Vec<u8>| H256(blake2_256(&[&tag[..], &data].concat()));
	let reading = example_reading();
	assert_eq!(reading.leaf_hash(), leaf(READING_LEAF, reading.encode()));
	let key = DevicePublicKey::Ed25519([9; 32]);
	assert_eq!(
		merkle::leaf_hash(DEVICE_KEY_LEAF, &key.encode()),
		leaf(*b"iot/leaf/devkey1", key.encode())
	);
	let owner = AccountId32::new([2; 32]);
	assert_eq!(reward_leaf(1, &owner, 5u128), leaf(REWARD_LEAF, (1u64, owner, 5u128).encode()));
	let sealed = SealedReading {
		device: 1,
		stream: 2,
		sequence: 3,
		timestamp: 4,
		ciphertext: H256::repeat_byte(5),
	};
	assert_eq!(sealed.leaf_hash(), leaf(SEALED_READING_LEAF, sealed.encode()));
}

// The doc's tree rules, written as the doc states them, with blake2 straight from the hashing
// crate: a TypeScript port of the doc should give what these give.

fn node(left: &H256, right: &H256) -> H256 {
	H256(blake2_256(&[left.0, right.0].concat()))
}

fn doc_root(leaves: &[H256]) -> H256 {
	let mut row = leaves.to_vec();
	if row.is_empty() {
		return H256::zero();
	}
	while row.len() > 1 {
		row = row
			.chunks(2)
			.map(|pair| match pair {
				[left, right] => node(left, right),
				[last] => *last,
				_ => unreachable!("chunks of two"),
			})
			.collect();
	}
	row[0]
}

fn doc_proof(leaves: &[H256], index: usize) -> Vec<H256> {
	let (mut row, mut position, mut siblings) = (leaves.to_vec(), index, Vec::new());
	while row.len() > 1 {
		if position % 2 == 1 {
			siblings.push(row[position - 1]);
		} else if position + 1 < row.len() {
			siblings.push(row[position + 1]);
		}
		row = row
			.chunks(2)
			.map(|pair| if let [l, r] = pair { node(l, r) } else { pair[0] })
			.collect();
		position /= 2;
	}
	siblings
}

fn doc_verify(root: &H256, siblings: &[H256], count: u32, index: u32, leaf: H256) -> bool {
	if index >= count {
		return false;
	}
	let (mut position, mut width, mut hash) = (index, count, leaf);
	for sibling in siblings {
		hash = if position % 2 == 1 || position + 1 == width {
			node(sibling, &hash)
		} else {
			node(&hash, sibling)
		};
		position /= 2;
		width = width.div_ceil(2);
	}
	hash == *root
}

#[test]
fn the_docs_tree_rules_are_the_chains() {
	for n in 0..=40u32 {
		let leaves: Vec<H256> =
			(0..n).map(|i| merkle::leaf_hash(READING_LEAF, &i.encode())).collect();
		let root = merkle::root(leaves.iter().copied());
		assert_eq!(doc_root(&leaves), root, "root of {n}");
		for i in 0..n {
			let proof = merkle::proof(&leaves, i).expect("in range");
			assert_eq!(doc_proof(&leaves, i as usize), proof, "proof {i} of {n}");
			let leaf = leaves[i as usize];
			assert!(doc_verify(&root, &proof, n, i, leaf));
			let mut tampered = proof.clone();
			if let Some(first) = tampered.first_mut() {
				first.0[0] ^= 1;
			}
			let wrong_index = (i + 1) % n;
			for (proof, index) in [(&proof, wrong_index), (&tampered, i)] {
				let (doc, chain) = (
					doc_verify(&root, proof, n, index, leaf),
					merkle::verify(&root, proof, n, index, leaf),
				);
				assert_eq!(doc, chain, "n={n} i={i} index={index}");
			}
		}
	}
	assert_eq!(doc_root(&[H256::repeat_byte(4)]), H256::repeat_byte(4), "one leaf is the root");
}

#[test]
fn the_drawn_trees_are_the_chains() {
	let l: Vec<H256> = (0..5u8).map(|i| merkle::leaf_hash(READING_LEAF, &[i])).collect();
	let (n01, n23) = (node(&l[0], &l[1]), node(&l[2], &l[3]));
	let n0123 = node(&n01, &n23);
	assert_eq!(merkle::root(l[..3].iter().copied()), node(&n01, &l[2]));
	assert_eq!(merkle::proof(&l[..3], 0), Some(vec![l[1], l[2]]));
	assert_eq!(merkle::proof(&l[..3], 2), Some(vec![n01]));
	assert_eq!(merkle::root(l.iter().copied()), node(&n0123, &l[4]));
	assert_eq!(merkle::proof(&l, 2), Some(vec![l[3], n01, l[4]]));
	assert_eq!(merkle::proof(&l, 4), Some(vec![n0123]));
}
