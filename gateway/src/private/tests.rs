//! Sealing, serving and opening together, on a real spool and without a chain: what the chain
//! would answer is given (audiences), and the on-chain check is the same Merkle verification
//! the runtime runs against the batch's root.

use std::collections::HashMap;

use codec::Encode;
use iot_data_crypto::ReaderSecret;
use iot_primitives::{
	device::{DevicePublicKey, DeviceSignature},
	merkle,
	telemetry::{Reading, ReadingValue},
};
use sp_core::{sr25519, Pair, H256};

use super::{
	epochs::{Audience, Grantee},
	open::{check_page, Checked, Trust},
	page::{self, Span},
	request::DataRequest,
	seal::BatchSealer,
	wire::DataAnswer,
	PrivateStreams, StreamKey,
};
use crate::spool::{BatchRecord, BatchState, Spool};

const GENESIS: H256 = H256::repeat_byte(0x42);
const PRIVATE: (u64, u16) = (1, 0);

struct Fixture {
	spool: Spool,
	path: std::path::PathBuf,
	device: sr25519::Pair,
	streams: PrivateStreams,
}

impl Fixture {
	fn new(name: &str) -> Self {
		let path =
			std::env::temp_dir().join(format!("iot-gw-private-{name}-{}", std::process::id()));
		let _ = std::fs::remove_file(&path);
		Self {
			spool: Spool::open(&path).unwrap(),
			path,
			device: sr25519::Pair::from_string("//device", None).unwrap(),
			streams: PrivateStreams::new([StreamKey { device: PRIVATE.0, stream: PRIVATE.1 }]),
		}
	}

	/// Spools signed readings `sequences` of `(device, stream)` (the private one keeps its
	/// signature, as the intake does).
	fn accept(&self, (device, stream): (u64, u16), sequences: std::ops::Range<u64>) {
		let readings = sequences
			.map(|sequence| {
				let reading = Reading {
					device,
					stream,
					sequence,
					timestamp: 1_000 + sequence,
					value: ReadingValue::Scalar(sequence as i64 * 10),
					salt: Some([sequence as u8; 16]),
				};
				let signature =
					DeviceSignature::Sr25519(self.device.sign(&reading.signing_payload(GENESIS)).0);
				let private = self.streams.contains(device, stream);
				(reading, private.then_some(signature), None)
			})
			.collect();
		assert!(self.spool.accept_signed(readings, 0).unwrap().iter().all(Result::is_ok));
	}

	fn cut(&self, audience: Audience) -> (u64, super::seal::SealReport) {
		let mut sealer = BatchSealer::new(&self.streams, HashMap::from([(PRIVATE, audience)]));
		let id = self.spool.cut_batch_with(100, 64, 0, &mut sealer).unwrap().expect("a batch");
		self.spool.set_state(id, BatchState::Anchored { anchor: id + 100 }).unwrap();
		(id, sealer.report)
	}

	fn page(&self, account: [u8; 32], from: u64, to: u64) -> DataAnswer {
		let request = DataRequest { device: PRIVATE.0, stream: PRIVATE.1, from, to: Some(to) };
		page::read(&self.spool, &request, Span::of(&request, None), account).unwrap()
	}

	/// Opens `answer` with `secret`, verifying each leaf against its batch's root.
	async fn open(&self, answer: &DataAnswer, secret: &ReaderSecret) -> Vec<Checked> {
		let trust = Trust {
			genesis: GENESIS,
			device_key: Some(DevicePublicKey::Sr25519(self.device.public().0)),
			allow_unsigned: false,
		};
		let spool = self.spool.clone();
		check_page(answer, secret, &trust, async |anchor, reading, proof| {
			let record: BatchRecord = spool.batch(anchor - 100)?.expect("the anchored batch");
			let count = record.readings.len() as u32;
			Ok(merkle::verify(
				&record.root,
				&proof.siblings,
				count,
				proof.leaf_index,
				reading.leaf_hash(),
			))
		})
		.await
		.unwrap()
	}
}

impl Drop for Fixture {
	fn drop(&mut self) {
		let _ = std::fs::remove_file(&self.path);
	}
}

fn grantee(account: u8, secret: &ReaderSecret) -> Grantee {
	Grantee { account: [account; 32], key: secret.public(), from: 0, to: None }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_private_stream_is_sealed_at_the_cut_and_only_its_readers_open_it() {
	let f = Fixture::new("sealed");
	let (bob, carol) = (ReaderSecret::generate().unwrap(), ReaderSecret::generate().unwrap());
	f.accept(PRIVATE, 0..5);
	f.accept((2, 0), 0..3);
	let (id, report) = f.cut(Audience { chain_epoch: Some(9), grantees: vec![grantee(1, &bob)] });
	assert_eq!((report.readings, report.epochs, report.envelopes), (5, 1, 1));

	// The batch keeps no plaintext of the private stream; the public one is untouched.
	let record = f.spool.batch(id).unwrap().unwrap();
	assert_eq!(record.sealed.len(), 1);
	for r in &record.readings {
		let private = (r.device, r.stream) == PRIVATE;
		assert_eq!(matches!(r.value, ReadingValue::PayloadHash(_)), private);
		assert_eq!(r.salt.is_none(), private);
	}
	assert_eq!(record.root, merkle::ChunkedTree::new(record.leaves()).root());
	assert!(matches!(
		crate::proofs::prove(&f.spool, 1, 0, 2).unwrap(),
		crate::proofs::Answer::Private
	));

	// Bob decrypts and verifies every reading.
	let answer = f.page([1; 32], 0, 9);
	assert_eq!(answer.readings.len(), 5);
	let checked = f.open(&answer, &bob).await;
	assert!(checked.iter().all(Checked::ok), "{checked:?}");
	assert_eq!(
		checked[3].reading.as_ref().map(|r| format!("{:?}", r.value)),
		Some("Scalar(30)".into())
	);

	// Carol has no envelope and cannot use Bob's; integrity still checks for her.
	assert_eq!(f.page([3; 32], 0, 9).epochs[0].envelope, None);
	for c in f.open(&answer, &carol).await {
		assert_eq!(c.on_chain, Some(true));
		assert!(
			c.reading.is_none() && c.errors[0].contains("does not open with this key"),
			"{c:?}"
		);
	}

	// A flipped bit in a ciphertext is caught twice: on chain and by decryption.
	let mut tampered = answer.clone();
	let text = &mut tampered.readings[1].ciphertext;
	let last = if text.ends_with('0') { "1" } else { "0" };
	text.replace_range(text.len() - 1.., last);
	let checked = f.open(&tampered, &bob).await;
	assert_eq!(checked[1].on_chain, Some(false));
	assert!(checked[1].errors.iter().any(|e| e.contains("cannot decrypt")), "{:?}", checked[1]);
	assert!(checked.iter().enumerate().all(|(i, c)| i == 1 || c.ok()));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_revoked_reader_gets_no_key_for_later_batches_and_keeps_earlier_ones() {
	let f = Fixture::new("revoked");
	let (alice, bob) = (ReaderSecret::generate().unwrap(), ReaderSecret::generate().unwrap());
	let both = vec![grantee(0, &alice), grantee(1, &bob)];
	f.accept(PRIVATE, 0..4);
	f.cut(Audience { chain_epoch: Some(9), grantees: both.clone() });
	f.accept(PRIVATE, 4..8);
	let (_, same) = f.cut(Audience { chain_epoch: Some(9), grantees: both });
	assert_eq!((same.epochs, same.envelopes), (0, 0), "nobody lost access: same epoch key");

	// Bob revoked: the chain's epoch moved and he is no longer listed.
	f.accept(PRIVATE, 8..12);
	let (_, renewed) =
		f.cut(Audience { chain_epoch: Some(15), grantees: vec![grantee(0, &alice)] });
	assert_eq!((renewed.epochs, renewed.envelopes), (1, 1));

	let answer = f.page([1; 32], 0, 11);
	assert_eq!(
		answer.epochs.iter().map(|e| (e.epoch, e.envelope.is_some())).collect::<Vec<_>>(),
		[(0, true), (1, false)]
	);
	let checked = f.open(&answer, &bob).await;
	assert!(checked[..8].iter().all(Checked::ok), "{checked:?}");
	for c in &checked[8..] {
		assert!(
			c.errors.iter().any(|e| e.contains("no envelope for this reader in epoch 1")),
			"{c:?}"
		);
	}
	assert!(f.open(&f.page([0; 32], 0, 11), &alice).await.iter().all(Checked::ok));
}

#[test]
fn batch_records_written_before_private_streams_still_decode() {
	let reading = Reading {
		device: 1,
		stream: 0,
		sequence: 1,
		timestamp: 1,
		value: ReadingValue::Scalar(1),
		salt: None,
	};
	let old = (vec![reading.clone()], H256::repeat_byte(1), 5u64, BatchState::Cut).encode();
	let record: BatchRecord = codec::Decode::decode(&mut &old[..]).unwrap();
	assert_eq!((record.readings, record.sealed.len(), record.cut_ms), (vec![reading], 0, 5));
}
