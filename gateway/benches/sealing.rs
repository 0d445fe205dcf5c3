//! Readings cut into batches per second on one core, as the gateway's single writer does it:
//! 1,000 readings committed to the spool as one batch, all of public streams against all of one
//! private stream (encrypted, data key wrapped, ciphertexts stored), in steady state and when
//! every batch starts a new epoch key sealed to 64 grantees (the chain's most per device).
//!
//! `cargo bench -p iot-gateway --bench sealing`. Accepting the readings into the spool is not
//! timed; the cut is, with its durable commit.

use std::{
	collections::HashMap,
	hint::black_box,
	time::{Duration, Instant},
};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use iot_data_crypto::{ReaderSecret, ENVELOPE_LEN, READING_OVERHEAD, WRAPPED_KEY_LEN};
use iot_gateway::{
	private::{
		epochs::{Audience, Grantee},
		seal::BatchSealer,
		PrivateStreams, StreamKey,
	},
	spool::Spool,
};
use iot_primitives::{
	device::DeviceSignature,
	telemetry::{Reading, ReadingValue},
};

const BATCH: u64 = 1_000;
const DEVICE: u64 = 7;

struct Setup {
	spool: Spool,
	path: std::path::PathBuf,
	next: u64,
}

impl Setup {
	fn new(name: &str) -> Self {
		let path = std::env::temp_dir().join(format!("iot-gw-bench-{name}-{}", std::process::id()));
		let _ = std::fs::remove_file(&path);
		Self { spool: Spool::open(&path).expect("spool"), path, next: 0 }
	}

	/// Spools the next batch's readings, signed as a device signs them.
	fn accept(&mut self) {
		let readings = (self.next..self.next + BATCH)
			.map(|sequence| {
				let reading = Reading {
					device: DEVICE,
					stream: 0,
					sequence,
					timestamp: 1_700_000_000_000 + sequence,
					value: ReadingValue::Scalar(20_000 + (sequence % 500) as i64),
					salt: Some((sequence as u128).to_le_bytes()),
				};
				(reading, Some(DeviceSignature::Sr25519([7; 64])), None)
			})
			.collect();
		self.next += BATCH;
		let verdicts = self.spool.accept_signed(readings, 0).expect("accepted");
		assert!(verdicts.iter().all(Result::is_ok));
	}
}

impl Drop for Setup {
	fn drop(&mut self) {
		let _ = std::fs::remove_file(&self.path);
	}
}

fn grantees(n: usize) -> Vec<Grantee> {
	(0..n)
		.map(|i| Grantee {
			account: [i as u8; 32],
			key: ReaderSecret::generate().expect("OS randomness").public(),
			from: 0,
			to: None,
		})
		.collect()
}

/// Times `iters` cuts of a batch each, with `streams` private and readers `audience(i)`.
fn cuts(
	setup: &mut Setup,
	streams: &PrivateStreams,
	iters: u64,
	audience: impl Fn(u64) -> Audience,
) -> Duration {
	let mut total = Duration::ZERO;
	for i in 0..iters {
		setup.accept();
		let audiences = HashMap::from([((DEVICE, 0), audience(i))]);
		let mut sealer = BatchSealer::new(streams, audiences);
		let started = Instant::now();
		let id = setup.spool.cut_batch_with(BATCH as usize, 64, 0, &mut sealer).expect("cut");
		total += started.elapsed();
		black_box(id);
	}
	total
}

fn sealing(c: &mut Criterion) {
	eprintln!(
		"per grantee and epoch: one envelope of {ENVELOPE_LEN} bytes; per batch and private \
		 stream: a wrapped key of {WRAPPED_KEY_LEN} bytes; per reading: {READING_OVERHEAD} bytes \
		 over its signed SCALE encoding"
	);
	let private = PrivateStreams::new([StreamKey { device: DEVICE, stream: 0 }]);
	let public = PrivateStreams::default();
	let two = grantees(2);
	let many = grantees(64);

	let mut group = c.benchmark_group("cut 1000 readings");
	group.throughput(Throughput::Elements(BATCH));
	group.sample_size(30);
	group.bench_function("public", |b| {
		let mut setup = Setup::new("public");
		b.iter_custom(|iters| cuts(&mut setup, &public, iters, |_| Audience::default()))
	});
	group.bench_function("private, 2 grantees, same epoch", |b| {
		let mut setup = Setup::new("private");
		let audience = Audience { chain_epoch: Some(1), grantees: two.clone() };
		b.iter_custom(|iters| cuts(&mut setup, &private, iters, |_| audience.clone()))
	});
	group.bench_function("private, 64 grantees, new epoch every batch", |b| {
		let mut setup = Setup::new("rekey");
		let mut epoch = 1u32;
		b.iter_custom(|iters| {
			let start = epoch;
			epoch += iters as u32;
			cuts(&mut setup, &private, iters, |i| Audience {
				chain_epoch: Some(start + i as u32),
				grantees: many.clone(),
			})
		})
	});
	group.finish();
}

criterion_group!(benches, sealing);
criterion_main!(benches);
